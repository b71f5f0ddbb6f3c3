using FamilyFirst.Domain.Impact;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class ImpactSnapshotConfiguration : IEntityTypeConfiguration<ImpactSnapshot>
{
    public void Configure(EntityTypeBuilder<ImpactSnapshot> builder)
    {
        builder.ToTable("ImpactSnapshots");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.TeamName).HasMaxLength(200);
        builder.Property(s => s.CreatedByUserId).HasMaxLength(450);
        builder.Property(s => s.CreatedByName).HasMaxLength(ImpactSnapshot.NameMaxLength);
        builder.Property(s => s.ApprovedByUserId).HasMaxLength(450);
        builder.Property(s => s.ApprovedByName).HasMaxLength(ImpactSnapshot.NameMaxLength);
        builder.Ignore(s => s.Cohort);
        builder.Ignore(s => s.IsApproved);
        builder.Ignore(s => s.Training);

        // The public page reads the latest approved snapshot; staff list the newest first.
        builder.HasIndex(s => s.ApprovedAtUtc);
        builder.HasIndex(s => s.CreatedAtUtc);
    }
}
