using FamilyFirst.Domain.Impact;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class ImpactSnapshotJobConfiguration : IEntityTypeConfiguration<ImpactSnapshotJob>
{
    public void Configure(EntityTypeBuilder<ImpactSnapshotJob> builder)
    {
        builder.ToTable("ImpactSnapshotJobs");
        builder.Property(j => j.Id).ValueGeneratedNever();
        builder.Property(j => j.TeamName).HasMaxLength(200);
        builder.Property(j => j.RequestedByUserId).HasMaxLength(450);
        builder.Property(j => j.RequestedByName).HasMaxLength(ImpactSnapshotJob.NameMaxLength);
        builder.Property(j => j.LastError).HasMaxLength(ImpactSnapshotJob.ErrorMaxLength);
        builder.Property(j => j.ActiveCohortKey).HasMaxLength(ImpactSnapshotJob.CohortKeyMaxLength);

        // Every save of a claimed job (its start, completion or failure) is conditional on the claim still being the
        // worker's: a worker whose lease lapsed and was taken by another cannot store a second snapshot (ADR 0034).
        builder.Property(j => j.LeaseOwner).HasMaxLength(ImpactSnapshotJob.LeaseOwnerMaxLength).IsConcurrencyToken();
        builder.Ignore(j => j.Cohort);
        builder.Ignore(j => j.IsActive);

        // One queued or running job per cohort (null once it has finished, and nulls never clash).
        builder.HasIndex(j => j.ActiveCohortKey).IsUnique();
        builder.HasIndex(j => new { j.Status, j.NextAttemptAtUtc });
        builder.HasIndex(j => j.RequestedAtUtc);
    }
}
