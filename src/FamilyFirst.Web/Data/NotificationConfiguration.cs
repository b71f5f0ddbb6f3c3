using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Recipient).HasMaxLength(320);
        builder.Property(m => m.Template).HasMaxLength(100);
        builder.Property(m => m.RegardingType).HasMaxLength(100);
        builder.Property(m => m.RegardingId).HasMaxLength(100);
        builder.Property(m => m.DeduplicationKey).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.LeaseOwner).HasMaxLength(200);
        builder.HasIndex(m => m.DeduplicationKey).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.HasIndex(m => m.CreatedAtUtc);
        builder.HasIndex(m => new { m.RegardingType, m.RegardingId });
    }
}
