using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data.Imports;

internal sealed class UnmatchedImportRowConfiguration : IEntityTypeConfiguration<UnmatchedImportRow>
{
    public void Configure(EntityTypeBuilder<UnmatchedImportRow> builder)
    {
        builder.ToTable("UnmatchedImportRows");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.PersonKey).HasMaxLength(300);
        builder.Property(r => r.NaturalKey).HasMaxLength(600);
        builder.Property(r => r.PersonDescription).HasMaxLength(300);
        builder.Property(r => r.RowCsv).HasMaxLength(8_000);
        builder.Property(r => r.ResolvedByName).HasMaxLength(200);
        builder.HasOne<ImportRun>().WithMany().HasForeignKey(r => r.ImportRunId).OnDelete(DeleteBehavior.Restrict);

        // A row still waiting is queued once, however many times its file is imported.
        builder.HasIndex(r => new { r.Kind, r.NaturalKey, r.Status });
        builder.HasIndex(r => new { r.Status, r.QueuedAtUtc });
    }
}
