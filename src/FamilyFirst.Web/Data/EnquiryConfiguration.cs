using FamilyFirst.Domain.Enquiries;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class EnquiryConfiguration : IEntityTypeConfiguration<Enquiry>
{
    public void Configure(EntityTypeBuilder<Enquiry> builder)
    {
        builder.ToTable("Enquiries");
        builder.Property(e => e.Reference).HasMaxLength(EnquiryReference.Length);
        builder.HasIndex(e => e.Reference).IsUnique();
        builder.HasIndex(e => e.SubmissionKey).IsUnique();
        builder.HasIndex(e => new { e.Status, e.ReceivedAtUtc });
        builder.HasIndex(e => e.ReceivedAtUtc);
        builder.HasIndex(e => e.FamilyCaseId);
        builder.Property(e => e.OrganisationName).HasMaxLength(EnquiryAnswers.NameMaximumLength);
        builder.Property(e => e.FamilyNames).HasMaxLength(EnquiryAnswers.ShortTextMaximumLength);
        builder.Property(e => e.ChildrenAges).HasMaxLength(EnquiryAnswers.ShortTextMaximumLength);
        builder.Property(e => e.Postcode).HasMaxLength(10);
        builder.Property(e => e.WhatIsHappening).HasMaxLength(EnquiryAnswers.LongTextMaximumLength);
        builder.Property(e => e.WhatWouldHelp).HasMaxLength(EnquiryAnswers.LongTextMaximumLength);
        builder.Property(e => e.ContactName).HasMaxLength(EnquiryAnswers.NameMaximumLength);
        builder.Property(e => e.Email).HasMaxLength(254);
        builder.Property(e => e.Phone).HasMaxLength(ContactRules.MaximumPhoneLength);
        builder.Property(e => e.TeamName).HasMaxLength(200);
        builder.HasIndex(e => e.TeamId);
        builder.Property(e => e.AssignedToId).HasMaxLength(450);
        builder.Property(e => e.AssignedToName).HasMaxLength(200);
        builder.Property(e => e.ClosureReason).HasMaxLength(EnquiryClosureReason.NameMaximumLength);
        builder.Property(e => e.Version).IsConcurrencyToken();
        builder.Ignore(e => e.Notes);
        builder.Ignore(e => e.IsAboutAFamily);
        builder.Ignore(e => e.IsOpen);
        builder.HasMany(e => e.History).WithOne().HasForeignKey("EnquiryId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EnquiryHistoryEntryConfiguration : IEntityTypeConfiguration<EnquiryHistoryEntry>
{
    public void Configure(EntityTypeBuilder<EnquiryHistoryEntry> builder)
    {
        builder.ToTable("EnquiryHistory");

        // The domain makes the id; a new entry found in an enquiry's history is then one to insert.
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.ActorId).HasMaxLength(450);
        builder.Property(h => h.ActorName).HasMaxLength(200);
        builder.Property(h => h.Description).HasMaxLength(500);
        builder.Property(h => h.Note).HasMaxLength(Enquiry.NoteMaximumLength);
        builder.HasIndex("EnquiryId", nameof(EnquiryHistoryEntry.AtUtc));
    }
}

internal sealed class EnquiryDraftConfiguration : IEntityTypeConfiguration<EnquiryDraft>
{
    public void Configure(EntityTypeBuilder<EnquiryDraft> builder)
    {
        builder.ToTable("EnquiryDrafts");
        builder.Ignore(d => d.IsSubmitted);
        builder.HasIndex(d => d.UpdatedAtUtc);
    }
}

internal sealed class EnquiryClosureReasonConfiguration : IEntityTypeConfiguration<EnquiryClosureReason>
{
    public void Configure(EntityTypeBuilder<EnquiryClosureReason> builder)
    {
        builder.ToTable("EnquiryClosureReasons");
        builder.Property(r => r.Name).HasMaxLength(EnquiryClosureReason.NameMaximumLength);
        builder.HasIndex(r => r.Name).IsUnique();
        builder.HasData(EnquiryClosureReason.Defaults.Select(r => new EnquiryClosureReason { Id = r.Id, Name = r.Name, IsActive = true, Position = r.Position }));
    }
}

internal sealed class EnquiryAreaConfiguration : IEntityTypeConfiguration<EnquiryArea>
{
    public void Configure(EntityTypeBuilder<EnquiryArea> builder)
    {
        builder.ToTable("EnquiryAreas");
        builder.Property(a => a.District).HasMaxLength(FamilyFirst.Domain.Enquiries.EnquiryAreas.DistrictMaximumLength);
        builder.HasIndex(a => a.District).IsUnique();
        builder.HasOne(a => a.Team).WithMany().HasForeignKey(a => a.TeamId).OnDelete(DeleteBehavior.Cascade);
    }
}
