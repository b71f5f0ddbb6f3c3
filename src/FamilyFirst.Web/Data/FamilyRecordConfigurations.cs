using FamilyFirst.Domain.Families;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.ToTable("Relationships");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.RelatedPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PersonId);
        builder.HasIndex(r => r.RelatedPersonId);
        builder.Property(r => r.EndNote).HasMaxLength(Relationship.EndNoteMaximumLength);
        builder.Ignore(r => r.IsCurrent);
    }
}

internal sealed class NetworkMemberConfiguration : IEntityTypeConfiguration<NetworkMember>
{
    public void Configure(EntityTypeBuilder<NetworkMember> builder)
    {
        builder.ToTable("NetworkMembers");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(m => m.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.FamilyCaseId);
        builder.HasIndex(m => m.PersonId);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.RelationshipToFamily).HasMaxLength(200);
        builder.Property(m => m.Phone).HasMaxLength(40);
        builder.Property(m => m.Email).HasMaxLength(320);
        builder.Property(m => m.NotToBeContactedReason).HasMaxLength(ContactRestriction.MaximumReasonLength);
        builder.Property(m => m.ContactOrder).HasMaxLength(ContactRestriction.MaximumOrderLength);
        builder.Property(m => m.ContactOverrideReason).HasMaxLength(ContactRestriction.MaximumReasonLength);
        builder.Ignore(m => m.Restriction);
        builder.OwnsOne(m => m.Address, AddressColumns.Configure);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("Consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(c => c.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.FamilyCaseId);
        builder.HasIndex(c => c.PersonId);
        builder.Property(c => c.AgencyName).HasMaxLength(200);
        builder.Property(c => c.WithdrawnReason).HasMaxLength(2000);
    }
}

/// <summary>A case note and its versions (owned: a version is never changed or removed on its own).</summary>
internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("CaseNotes");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(n => n.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.FamilyCaseId, n.OccurredOn });
        builder.PrimitiveCollection(n => n.AboutPersonIds).HasField("_aboutPersonIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(n => n.Versions, v =>
        {
            v.ToTable("CaseNoteVersions");
            v.WithOwner().HasForeignKey("CaseNoteId");
            v.HasKey(x => x.Id);
            v.Property(x => x.Id).ValueGeneratedNever();
            v.Property(x => x.Text).HasMaxLength(CaseNote.MaximumLength);
            v.HasIndex("CaseNoteId", nameof(CaseNoteVersion.Number)).IsUnique();
        });
        builder.Navigation(n => n.Versions).HasField("_versions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ChronologyEntryConfiguration : IEntityTypeConfiguration<ChronologyEntry>
{
    public void Configure(EntityTypeBuilder<ChronologyEntry> builder)
    {
        builder.ToTable("ChronologyEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(e => e.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);
        // The family page's "latest 5" reads the newest entries straight off the end of this index: the recorded
        // time in it orders entries of the same date without sorting them.
        builder.HasIndex(e => new { e.FamilyCaseId, e.OccurredOn, e.RecordedAt });
        builder.Property(e => e.Summary).HasMaxLength(ChronologyEntry.MaximumSummaryLength);
        builder.Property(e => e.RecordType).HasMaxLength(64);
    }
}

internal sealed class PersonMergeRecordConfiguration : IEntityTypeConfiguration<PersonMergeRecord>
{
    public void Configure(EntityTypeBuilder<PersonMergeRecord> builder)
    {
        builder.ToTable("PersonMerges");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.HasIndex(m => m.KeptPersonId);
        builder.HasIndex(m => m.DuplicatePersonId).IsUnique();
        builder.Property(m => m.Reason).HasMaxLength(2000);
        builder.Property(m => m.WhatMoved).HasMaxLength(4000);
    }
}
