using FamilyFirst.Domain.Families;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FamilyFirst.Web.Data;

/// <summary>
/// A person, with their residences and child status periods. Identifiers are stored in their compact form
/// (the value objects' <c>Value</c>) and indexed, as are the phonetic name keys and date of birth, for search
/// and the duplicate check.
/// </summary>
internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Reference).HasMaxLength(PersonReference.MaximumLength);
        builder.HasIndex(p => p.Reference).IsUnique();
        builder.Property(p => p.GivenName).HasMaxLength(Person.MaximumNameLength);
        builder.Property(p => p.FamilyName).HasMaxLength(Person.MaximumNameLength);
        builder.Property(p => p.PreferredName).HasMaxLength(Person.MaximumNameLength);
        builder.Property(p => p.Ethnicity).HasMaxLength(200);
        builder.Property(p => p.EthnicityPurpose).HasMaxLength(1000);
        builder.Property(p => p.Language).HasMaxLength(100);
        builder.Property(p => p.GivenNameKey).HasMaxLength(8);
        builder.Property(p => p.FamilyNameKey).HasMaxLength(8);
        builder.Property(p => p.ReasonNotADuplicate).HasMaxLength(2000);
        builder.Property(p => p.NhsNumber).HasConversion(IdentifierConverters.NhsNumber).HasMaxLength(10);
        builder.Property(p => p.UniquePupilNumber).HasConversion(IdentifierConverters.UniquePupilNumber).HasMaxLength(13);
        builder.Property(p => p.NationalInsuranceNumber).HasConversion(IdentifierConverters.NationalInsuranceNumber).HasMaxLength(9);
        builder.PrimitiveCollection(p => p.LikelyMatchIdsShown).HasField("_likelyMatchIdsShown").UsePropertyAccessMode(PropertyAccessMode.Field);

        // Search reads candidates in name order straight from these (and stops at its limit); the duplicate check
        // looks people up by either key, which these serve as well.
        builder.HasIndex(p => new { p.FamilyNameKey, p.FamilyName, p.GivenName, p.Id });
        builder.HasIndex(p => new { p.GivenNameKey, p.FamilyName, p.GivenName, p.Id });
        builder.HasIndex(p => p.DateOfBirth);
        builder.HasIndex(p => p.NhsNumber);
        builder.HasIndex(p => p.UniquePupilNumber);
        builder.HasIndex(p => p.NationalInsuranceNumber);
        // Only merged records, which are few: "MergedIntoPersonId IS NULL" (every live person) must not look like a
        // selective index to the planner (SQLite chose it over the name keys for search).
        builder.HasIndex(p => p.MergedIntoPersonId).HasFilter("\"MergedIntoPersonId\" IS NOT NULL");

        builder.OwnsMany(p => p.Residences, r =>
        {
            r.ToTable("Residences");
            r.WithOwner().HasForeignKey("PersonId");
            r.HasKey(x => x.Id);
            r.Property(x => x.Id).ValueGeneratedNever();
            r.HasIndex(x => x.HouseholdId);
            r.HasOne<Household>().WithMany().HasForeignKey(x => x.HouseholdId).OnDelete(DeleteBehavior.Restrict);
        });
        builder.Navigation(p => p.Residences).HasField("_residences").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(p => p.ChildStatuses, s =>
        {
            s.ToTable("ChildStatusPeriods");
            s.WithOwner().HasForeignKey("PersonId");
            s.HasKey(x => x.Id);
            s.Property(x => x.Id).ValueGeneratedNever();
        });
        builder.Navigation(p => p.ChildStatuses).HasField("_childStatuses").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>Identifiers are stored as their compact values and read back through the same validation they were created with (EF never passes null to a converter).</summary>
internal static class IdentifierConverters
{
    public static readonly ValueConverter<NhsNumber?, string> NhsNumber =
        new(v => v!.Value, s => Domain.Families.NhsNumber.TryParse(s).Value!);

    public static readonly ValueConverter<UniquePupilNumber?, string> UniquePupilNumber =
        new(v => v!.Value, s => Domain.Families.UniquePupilNumber.TryParse(s).Value!);

    public static readonly ValueConverter<NationalInsuranceNumber?, string> NationalInsuranceNumber =
        new(v => v!.Value, s => Domain.Families.NationalInsuranceNumber.TryParse(s).Value!);
}
