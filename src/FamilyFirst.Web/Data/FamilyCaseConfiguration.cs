using FamilyFirst.Domain.Families;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>A family case with its allocation and status history, programme attachments and members (owned: they live and die with the case).</summary>
internal sealed class FamilyCaseConfiguration : IEntityTypeConfiguration<FamilyCase>
{
    /// <summary>The stored count of the family's case notes (a column only the database layer keeps).</summary>
    public const string NoteCount = "NoteCount";

    /// <summary>The check that a closed case has a closure date.</summary>
    public const string ClosedHasClosureDate = "CK_FamilyCases_ClosedHasClosureDate";

    public void Configure(EntityTypeBuilder<FamilyCase> builder)
    {
        // A closed case always has its closure date (FamilyCase.Close sets it, Reopen clears it): the database holds
        // the rule too, so no other path (a data fix, an old row) can leave a closed case without one.
        builder.ToTable("FamilyCases", t => t.HasCheckConstraint(ClosedHasClosureDate, "\"Status\" <> 'Closed' OR \"ClosedOn\" IS NOT NULL"));
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Reference).HasMaxLength(40);
        builder.HasIndex(f => f.Reference).IsUnique();
        builder.Property(f => f.FamilyName).HasMaxLength(200);
        builder.Property(f => f.ReasonForInvolvement).HasMaxLength(4000);
        builder.HasIndex(f => f.TeamId);
        builder.HasIndex(f => f.LeadPractitionerId);

        // How many case notes the family has, kept by AppDbContext as notes are saved, so the family page shows
        // the count without counting the notes.
        builder.Property<int>(NoteCount);
        builder.HasIndex(f => f.SourceEnquiryId);
        builder.PrimitiveCollection(f => f.NamedUserIds).HasField("_namedUserIds").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(f => f.Allocations, a =>
        {
            a.ToTable("CaseAllocations");
            a.WithOwner().HasForeignKey("FamilyCaseId");
            a.HasKey(x => x.Id);
            a.Property(x => x.Id).ValueGeneratedNever();
            a.HasIndex(x => x.PractitionerId);
        });
        builder.Navigation(f => f.Allocations).HasField("_allocations").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(f => f.StatusHistory, s =>
        {
            s.ToTable("CaseStatusChanges");
            s.WithOwner().HasForeignKey("FamilyCaseId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Reason).HasMaxLength(2000);
        });
        builder.Navigation(f => f.StatusHistory).HasField("_statusHistory").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(f => f.Programmes, p =>
        {
            p.ToTable("ProgrammeAttachments");
            p.WithOwner().HasForeignKey("FamilyCaseId");
            p.HasKey(x => x.Id);
            p.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.Navigation(f => f.Programmes).HasField("_programmes").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(f => f.Members, m =>
        {
            m.ToTable("FamilyMembers");
            m.WithOwner().HasForeignKey("FamilyCaseId");
            m.HasKey(x => x.Id);
            m.Property(x => x.Id).ValueGeneratedNever();
            m.HasIndex(x => x.PersonId);
            m.Property(x => x.LeftReason).HasMaxLength(FamilyMember.LeftReasonMaximumLength);
            m.Property(x => x.ContactRestrictionReason).HasMaxLength(ContactRestriction.MaximumReasonLength);
            m.Property(x => x.ContactOrder).HasMaxLength(ContactRestriction.MaximumOrderLength);
            m.Property(x => x.ContactOverrideReason).HasMaxLength(ContactRestriction.MaximumReasonLength);
            m.Ignore(x => x.Restriction);
            m.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(f => f.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);

        ExternalReferenceConfiguration.Configure(builder);
    }
}
