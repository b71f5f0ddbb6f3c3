using FamilyFirst.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class ScheduledJobRunConfiguration : IEntityTypeConfiguration<ScheduledJobRun>
{
    public void Configure(EntityTypeBuilder<ScheduledJobRun> builder)
    {
        builder.ToTable("ScheduledJobRuns");
        builder.HasKey(j => j.JobName);
        builder.Property(j => j.JobName).HasMaxLength(100);
        builder.Property(j => j.LeaseOwner).HasMaxLength(200);
        builder.Property(j => j.LastOutcome).HasMaxLength(2000);
    }
}
