using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data.Imports;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.ToTable("ImportRuns");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.FileName).HasMaxLength(260);
        builder.Property(r => r.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(r => r.ImportedByUserId).HasMaxLength(450);
        builder.Property(r => r.ImportedByName).HasMaxLength(200);
        builder.Property(r => r.Problems).HasMaxLength(64_000);
        builder.Ignore(r => r.Applied);
        builder.HasIndex(r => r.StartedAtUtc);
        builder.HasIndex(r => r.Sha256);
    }
}
