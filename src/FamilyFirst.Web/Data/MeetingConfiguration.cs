using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>A meeting with its participants, circle rounds and agreements (owned: they live and die with the meeting).</summary>
internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(m => m.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.FamilyId);
        builder.Property(m => m.Venue).HasMaxLength(400);
        builder.Property(m => m.FacilitatorUserId).HasMaxLength(64);
        builder.Property(m => m.Summary).HasMaxLength(Meeting.SummaryMaxLength);
        builder.Ignore(m => m.IsCircle);
        builder.Ignore(m => m.HasBeenHeld);

        builder.OwnsMany(m => m.Participants, p =>
        {
            p.ToTable("MeetingParticipants");
            p.WithOwner().HasForeignKey("MeetingId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
            p.Property(x => x.Name).HasMaxLength(200);
            p.Property(x => x.Role).HasMaxLength(200);
        });
        builder.Navigation(m => m.Participants).HasField("_participants").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(m => m.Rounds, r =>
        {
            r.ToTable("CircleRounds");
            r.WithOwner().HasForeignKey("MeetingId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Prompt).HasMaxLength(500);
            r.Property(x => x.Notes).HasMaxLength(4000);
        });
        builder.Navigation(m => m.Rounds).HasField("_rounds").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(m => m.Agreements, a =>
        {
            a.ToTable("MeetingAgreements");
            a.WithOwner().HasForeignKey(x => x.MeetingId);
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.WhoWillDoIt).HasMaxLength(200);
            a.Property(x => x.WhatTheyWillDo).HasMaxLength(2000);
            a.Ignore(x => x.IsInPlan);
        });
        builder.Navigation(m => m.Agreements).HasField("_agreements").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>Anonymous feedback: no person, user or time, only the meeting it is about.</summary>
internal sealed class FeedbackResponseConfiguration : IEntityTypeConfiguration<FeedbackResponse>
{
    public void Configure(EntityTypeBuilder<FeedbackResponse> builder)
    {
        builder.ToTable("FeedbackResponses");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasIndex(f => f.MeetingId);
        builder.Property(f => f.Comments).HasMaxLength(FeedbackResponse.CommentsMaxLength);
    }
}

internal sealed class FeedbackLinkConfiguration : IEntityTypeConfiguration<FeedbackLink>
{
    public void Configure(EntityTypeBuilder<FeedbackLink> builder)
    {
        builder.ToTable("FeedbackLinks");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Token).HasMaxLength(64);
        builder.HasIndex(f => f.Token).IsUnique();
        builder.HasIndex(f => f.MeetingId).IsUnique();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(f => f.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
