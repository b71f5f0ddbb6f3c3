using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

// The domain exposes its lists read-only; EF maps the private List<T> fields behind them as JSON columns
// (complex collections), which keep the entries' order and their value semantics.

/// <summary>A bottom line; its history (who wrote, approved or retired it, when, and why) is a JSON column in order.</summary>
internal sealed class BottomLineConfiguration : IEntityTypeConfiguration<BottomLine>
{
    public void Configure(EntityTypeBuilder<BottomLine> builder)
    {
        builder.ToTable("BottomLines");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(b => b.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.FamilyId, b.Status });
        builder.Property(b => b.Text).HasMaxLength(2000);
        builder.Property(b => b.RetirementReason).HasMaxLength(2000);
        builder.Ignore(b => b.History);
        builder.ComplexCollection<List<BottomLineChange>, BottomLineChange>("_history", c => c.ToJson("History"));
    }
}

/// <summary>
/// A family plan: one row per plan, its versions (with their actions and progress), reviews and refusals as JSON
/// columns. <see cref="FamilyPlan.Revision"/> is the concurrency token: a save made from a stale copy of the plan
/// updates no row and is refused.
/// </summary>
internal sealed class FamilyPlanConfiguration : IEntityTypeConfiguration<FamilyPlan>
{
    public void Configure(EntityTypeBuilder<FamilyPlan> builder)
    {
        builder.ToTable("FamilyPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(p => p.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.FamilyId);
        builder.HasIndex(p => p.FamilyGroupConferenceId);
        builder.Property(p => p.Revision).IsConcurrencyToken();

        // Views computed from the versions, not stored.
        builder.Ignore(p => p.AgreedVersions);
        builder.Ignore(p => p.Draft);
        builder.Ignore(p => p.CurrentVersion);
        builder.Ignore(p => p.Versions);
        builder.Ignore(p => p.Reviews);
        builder.Ignore(p => p.NotAgreed);

        builder.ComplexCollection<List<PlanVersion>, PlanVersion>("_versions", versions =>
        {
            versions.ToJson("Versions");
            versions.Ignore(v => v.Actions);
            versions.Ignore(v => v.IsAgreed);
            versions.Ignore(v => v.PlanLeadId);
            versions.PrimitiveCollection(v => v.AgreedFamilyMemberIds).HasField("_agreedFamilyMemberIds");
            versions.PrimitiveCollection(v => v.UncoveredBottomLineIds).HasField("_uncoveredBottomLineIds");
            versions.ComplexCollection<List<PlanAction>, PlanAction>("_actions", actions =>
            {
                actions.Ignore(a => a.Details);
                actions.Ignore(a => a.Updates);
                actions.ComplexProperty(a => a.Owner);
                actions.ComplexProperty(a => a.WhoChecks);
                actions.ComplexCollection<List<ActionUpdate>, ActionUpdate>("_updates", _ => { });
            });
        });

        builder.ComplexCollection<List<PlanReview>, PlanReview>("_reviews", reviews =>
        {
            reviews.ToJson("Reviews");
            reviews.Ignore(r => r.Progress);
            reviews.ComplexCollection<List<ActionProgress>, ActionProgress>("_progress", _ => { });
        });

        builder.ComplexCollection<List<PlanNotAgreed>, PlanNotAgreed>("_notAgreed", notAgreed =>
        {
            notAgreed.ToJson("NotAgreed");
            notAgreed.PrimitiveCollection(n => n.BottomLineIds);
        });
    }
}
