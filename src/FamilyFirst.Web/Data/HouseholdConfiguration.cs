using FamilyFirst.Domain.Families;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FamilyFirst.Web.Data;

/// <summary>A household and its address (owned, in the same row); the postcode is indexed for search.</summary>
internal sealed class HouseholdConfiguration : IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.ToTable("Households");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.HasIndex(h => h.FamilyCaseId);
        builder.HasOne<FamilyCase>().WithMany().HasForeignKey(h => h.FamilyCaseId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(h => h.Address, a =>
        {
            AddressColumns.Configure(a);
            a.HasIndex(x => x.Postcode);
        });
        builder.Navigation(h => h.Address).IsRequired();
    }
}

/// <summary>The columns of an address, wherever one is owned.</summary>
internal static class AddressColumns
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, Address> address)
        where TOwner : class
    {
        address.Property(x => x.Line1).HasColumnName("AddressLine1").HasMaxLength(200);
        address.Property(x => x.Line2).HasColumnName("AddressLine2").HasMaxLength(200);
        address.Property(x => x.Town).HasColumnName("Town").HasMaxLength(100);
        address.Property(x => x.County).HasColumnName("County").HasMaxLength(100);
        address.Property(x => x.Postcode).HasColumnName("Postcode").HasMaxLength(8);
    }
}
