using FamilyFirst.Domain.Families;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

internal sealed class ResultClaimConfiguration : IEntityTypeConfiguration<ResultClaim>
{
    public void Configure(EntityTypeBuilder<ResultClaim> builder)
    {
        builder.ToTable("ResultClaims");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.FamilyReference).HasMaxLength(100);
        builder.Property(c => c.ClaimedByUserId).HasMaxLength(450);
        builder.Property(c => c.ClaimedByName).HasMaxLength(200);

        // Each result once per family, enforced by the database so that two simultaneous claims cannot both succeed.
        builder.HasIndex(c => new { c.FamilyCaseId, c.Result }).IsUnique();
        builder.HasIndex(c => c.ClaimedAtUtc);
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(c => c.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);

        // And under one framework only: the claim names its family's claimed framework, of which there is one a family.
        builder.HasOne<FamilyClaimFramework>().WithMany()
            .HasForeignKey(c => new { c.FamilyCaseId, c.Framework })
            .HasPrincipalKey(f => new { f.FamilyCaseId, f.Framework })
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FamilyClaimFrameworkConfiguration : IEntityTypeConfiguration<FamilyClaimFramework>
{
    public void Configure(EntityTypeBuilder<FamilyClaimFramework> builder)
    {
        builder.ToTable("FamilyClaimFrameworks");
        builder.HasKey(f => f.FamilyCaseId);
        builder.HasAlternateKey(f => new { f.FamilyCaseId, f.Framework });
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(f => f.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
