using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>
/// What one member of staff had typed into a long plan or assessment form and not yet saved (or could not save):
/// kept on the server so it comes back when they return, with or without JavaScript. One per person, family and form.
/// </summary>
public sealed class PlanFormDraft
{
    public const int MaximumValuesLength = 200_000;

    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public Guid FamilyCaseId { get; set; }

    /// <summary>Which form, for example "plan-details" or "plan-action:{key}".</summary>
    public string Form { get; set; } = string.Empty;

    /// <summary>The fields as typed, as a JSON object of name to values.</summary>
    public string Values { get; set; } = "{}";

    /// <summary>The plan revision the person started from, so a restored draft is still checked for someone else's changes.</summary>
    public int? BasedOnRevision { get; set; }

    public DateTimeOffset SavedAt { get; set; }
}

internal sealed class PlanFormDraftConfiguration : IEntityTypeConfiguration<PlanFormDraft>
{
    public void Configure(EntityTypeBuilder<PlanFormDraft> builder)
    {
        builder.ToTable("PlanFormDrafts");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Form).HasMaxLength(100);
        builder.Property(d => d.Values).HasMaxLength(PlanFormDraft.MaximumValuesLength);
        builder.HasIndex(d => new { d.UserId, d.FamilyCaseId, d.Form }).IsUnique();
        builder.HasOne<FamilyFirst.Domain.Families.FamilyCase>().WithMany().HasForeignKey(d => d.FamilyCaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
