using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>
/// A Family Group Conference with everything recorded along the way: consent, the invitation list and
/// needs, how each child takes part, private family time, plan presentations, reviews and its history
/// (all owned: they live and die with the conference).
/// </summary>
internal sealed class FamilyGroupConferenceConfiguration : IEntityTypeConfiguration<FamilyGroupConference>
{
    public void Configure(EntityTypeBuilder<FamilyGroupConference> builder)
    {
        builder.ToTable("FamilyGroupConferences");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(c => c.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.FamilyId);
        builder.HasIndex(c => c.CoordinatorUserId);
        builder.Property(c => c.ReferrerUserId).HasMaxLength(64);
        builder.Property(c => c.CoordinatorUserId).HasMaxLength(64);
        builder.Property(c => c.Venue).HasMaxLength(400);
        builder.Property(c => c.WithdrawalReason).HasMaxLength(2000);
        builder.Property(c => c.ClosingReason).HasMaxLength(2000);
        builder.Ignore(c => c.NextReview);
        builder.Ignore(c => c.DaysFromReferralToConference);
        builder.Ignore(c => c.IsOpen);

        builder.OwnsOne(c => c.Consent, consent =>
        {
            consent.Property(x => x.GivenBy).HasColumnName("ConsentGivenBy").HasMaxLength(200);
            consent.Property(x => x.PersonId).HasColumnName("ConsentPersonId");
            consent.Property(x => x.HasParentalResponsibility).HasColumnName("ConsentHasParentalResponsibility");
            consent.Property(x => x.GivenOn).HasColumnName("ConsentGivenOn");
            consent.Property(x => x.ToConference).HasColumnName("ConsentToConference");
            consent.Property(x => x.ToInformationSharing).HasColumnName("ConsentToInformationSharing");
        });
        builder.Navigation(c => c.Consent).IsRequired();

        builder.PrimitiveCollection(c => c.Worries).HasField("_worries").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(c => c.Questions).HasField("_questions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(c => c.BottomLineIds).HasField("_bottomLineIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(c => c.RemovedBottomLineIds).HasField("_removedBottomLineIds").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Invitations, i =>
        {
            i.ToTable("ConferenceInvitations");
            i.WithOwner().HasForeignKey("ConferenceId");
            i.HasKey(x => x.Id);
            i.Property(x => x.Id).ValueGeneratedNever();
            i.Property(x => x.Name).HasMaxLength(200);
            i.Property(x => x.Relationship).HasMaxLength(200);
            i.Property(x => x.NotInvitedReason).HasMaxLength(2000);
            i.Property(x => x.DeclinedReason).HasMaxLength(2000);
            i.Ignore(x => x.IsFamilyNetwork);
            i.OwnsOne(x => x.Needs, n =>
            {
                n.Property(x => x.InterpreterLanguage).HasColumnName("InterpreterLanguage").HasMaxLength(100);
                n.Property(x => x.Access).HasColumnName("AccessNeeds").HasMaxLength(1000);
                n.Property(x => x.Childcare).HasColumnName("NeedsChildcare");
                n.Property(x => x.Transport).HasColumnName("NeedsTransport");
                n.Ignore(x => x.NeedsInterpreter);
                n.Ignore(x => x.HasAny);
            });
            i.Navigation(x => x.Needs).IsRequired();
        });
        builder.Navigation(c => c.Invitations).HasField("_invitations").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.ChildParticipation, p =>
        {
            p.ToTable("ConferenceChildParticipation");
            p.WithOwner().HasForeignKey("ConferenceId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.ChildName).HasMaxLength(200);
            p.Property(x => x.AdvocateName).HasMaxLength(200);
        });
        builder.Navigation(c => c.ChildParticipation).HasField("_childParticipation").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.PrivateFamilyTime, s =>
        {
            s.ToTable("PrivateFamilyTimeSessions");
            s.WithOwner().HasForeignKey("ConferenceId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.PrimitiveCollection(x => x.PresentInvitationIds).HasField("_presentInvitationIds").UsePropertyAccessMode(PropertyAccessMode.Field);
            s.Ignore(x => x.HasEnded);
        });
        builder.Navigation(c => c.PrivateFamilyTime).HasField("_privateFamilyTime").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.PlanPresentations, p =>
        {
            p.ToTable("PlanPresentations");
            p.WithOwner().HasForeignKey("ConferenceId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.NotAgreedReason).HasMaxLength(2000);
            p.Property(x => x.SafetyConcern).HasMaxLength(2000);
            p.PrimitiveCollection(x => x.FailedBottomLineIds).HasField("_failedBottomLineIds").UsePropertyAccessMode(PropertyAccessMode.Field);
            p.OwnsMany(x => x.BottomLinesMet, m =>
            {
                m.ToTable("PlanPresentationBottomLinesMet");
                m.WithOwner().HasForeignKey("PlanPresentationId");
                m.HasKey(x => x.Id);
                m.Property(x => x.Id).ValueGeneratedNever();
                m.Property(x => x.How).HasMaxLength(BottomLinesAtDecision.HowMetMaxLength);
            });
            p.Navigation(x => x.BottomLinesMet).HasField("_bottomLinesMet").UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        builder.Navigation(c => c.PlanPresentations).HasField("_planPresentations").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.Reviews, r =>
        {
            r.ToTable("ConferenceReviews");
            r.WithOwner().HasForeignKey("ConferenceId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.Navigation(c => c.Reviews).HasField("_reviews").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(c => c.History, h =>
        {
            h.ToTable("ConferenceHistory");
            h.WithOwner().HasForeignKey("ConferenceId");
            h.HasKey(x => x.Id);
            h.Property(x => x.Id).ValueGeneratedNever();
            h.Property(x => x.ByUserId).HasMaxLength(64);
            h.Property(x => x.Description).HasMaxLength(500);
        });
        builder.Navigation(c => c.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PreProceedingsOfferConfiguration : IEntityTypeConfiguration<PreProceedingsOffer>
{
    public void Configure(EntityTypeBuilder<PreProceedingsOffer> builder)
    {
        builder.ToTable("PreProceedingsOffers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(o => o.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.FamilyId);
        builder.Property(o => o.DeclinedReason).HasMaxLength(2000);
    }
}

internal sealed class CareApplicationConfiguration : IEntityTypeConfiguration<CareApplication>
{
    public void Configure(EntityTypeBuilder<CareApplication> builder)
    {
        builder.ToTable("CareApplications");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(a => a.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.FamilyId);
    }
}

internal sealed class PresentedPlanConfiguration : IEntityTypeConfiguration<PresentedPlan>
{
    public void Configure(EntityTypeBuilder<PresentedPlan> builder)
    {
        builder.ToTable("PresentedPlans");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Text).HasMaxLength(PresentedPlan.TextMaxLength);
        builder.HasIndex(p => p.ConferenceId);
        builder.HasOne<FamilyGroupConference>().WithMany().HasForeignKey(p => p.ConferenceId).OnDelete(DeleteBehavior.Restrict);
    }
}
