using FamilyFirst.Web.Infrastructure.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.ToTable("PendingImports");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.FileName).HasMaxLength(260);
        builder.Property(p => p.UploadedByUserId).HasMaxLength(450);
        builder.HasIndex(p => p.UploadedAtUtc);
    }
}
