using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class OutboxAttemptConfiguration : IEntityTypeConfiguration<OutboxAttempt>
{
    public void Configure(EntityTypeBuilder<OutboxAttempt> builder)
    {
        builder.ToTable("OutboxAttempts");
        builder.Property(a => a.Node).HasMaxLength(200);
        builder.Property(a => a.Error).HasMaxLength(2000);
        builder.Property(a => a.ProviderReference).HasMaxLength(200);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(a => a.OutboxMessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.OutboxMessageId, a.AttemptedAtUtc });
    }
}
