using FamilyFirst.Domain.Families;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>Requests to allow contact despite a restriction, one row each, kept after they are decided (the person's page shows them).</summary>
internal sealed class ContactOverrideRequestConfiguration : IEntityTypeConfiguration<ContactOverrideRequest>
{
    public void Configure(EntityTypeBuilder<ContactOverrideRequest> builder)
    {
        builder.ToTable("ContactOverrideRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(r => r.FamilyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.FamilyId, r.Status });
        builder.HasIndex(r => new { r.Status, r.RequestedAt });
        builder.HasIndex(r => r.RequestedBy);
        builder.HasIndex(r => r.PersonId);
        builder.HasIndex(r => r.NetworkMemberId);
        builder.Property(r => r.PersonName).HasMaxLength(300);
        builder.Property(r => r.Restriction).HasMaxLength(ContactOverrideRequest.RestrictionMaxLength);
        builder.Property(r => r.Reason).HasMaxLength(ContactOverrideRequest.TextMaxLength);
        builder.Property(r => r.Comments).HasMaxLength(ContactOverrideRequest.TextMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
    }
}
