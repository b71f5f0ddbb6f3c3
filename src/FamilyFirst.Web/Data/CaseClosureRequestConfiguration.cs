using FamilyFirst.Domain.Families;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>Requests to close a case, one row each, kept after they are decided (the case shows every round).</summary>
internal sealed class CaseClosureRequestConfiguration : IEntityTypeConfiguration<CaseClosureRequest>
{
    public void Configure(EntityTypeBuilder<CaseClosureRequest> builder)
    {
        builder.ToTable("CaseClosureRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(r => r.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FamilyId, r.Status });
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
        builder.HasIndex(r => r.RequestedBy);
        builder.Property(r => r.Reason).HasMaxLength(CaseClosureRequest.TextMaxLength);
        builder.Property(r => r.Comments).HasMaxLength(CaseClosureRequest.TextMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
    }
}
