using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        // A chain's head is the last entry of this index, and verify walks it in order (docs/adr/0030).
        builder.HasIndex(e => new { e.Chain, e.Sequence }).IsUnique();
        builder.Property(e => e.UserId).HasMaxLength(450);
        builder.Property(e => e.UserDisplayName).HasMaxLength(200);
        builder.Property(e => e.RecordType).HasMaxLength(100);
        builder.Property(e => e.RecordId).HasMaxLength(100);
        builder.Property(e => e.Detail).HasMaxLength(500);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => new { e.FamilyCaseId, e.OccurredAtUtc });
        builder.HasIndex(e => new { e.UserId, e.OccurredAtUtc });
    }
}
