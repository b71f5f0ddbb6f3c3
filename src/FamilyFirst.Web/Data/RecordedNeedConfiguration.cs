using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>Supporting Families needs and their outcomes, one row per family, headline and need.</summary>
internal sealed class RecordedNeedConfiguration : IEntityTypeConfiguration<RecordedNeed>
{
    public void Configure(EntityTypeBuilder<RecordedNeed> builder)
    {
        builder.ToTable("RecordedNeeds");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(n => n.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.Headline).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.NeedCode).HasMaxLength(100);
        builder.Property(n => n.IdentifiedBy).HasMaxLength(RecordedNeed.MaximumIdentifiedByLength);
        builder.Property(n => n.EvidenceSource).HasMaxLength(100);
        builder.Property(n => n.Evidence).HasMaxLength(RecordedNeed.MaximumEvidenceLength);
        builder.Property(n => n.OutcomeEvidenceSource).HasMaxLength(100);
        builder.Property(n => n.OutcomeEvidence).HasMaxLength(RecordedNeed.MaximumEvidenceLength);
        builder.Ignore(n => n.HasOutcome);

        // The natural key of the needs and outcomes files: one record per family, headline and need, held by the
        // database so that two people (or an import and a person) recording the same need at once cannot both add it.
        builder.HasIndex(n => new { n.FamilyCaseId, n.Headline, n.NeedCode }).IsUnique();
        builder.HasIndex(n => n.PersonId);
    }
}
