using System.Text.RegularExpressions;

namespace FamilyFirst.Domain.Families;

/// <summary>A UK postal address.</summary>
public sealed partial record Address
{
    private Address(string line1, string? line2, string town, string? county, string postcode)
    {
        Line1 = line1;
        Line2 = line2;
        Town = town;
        County = county;
        Postcode = postcode;
    }

    public string Line1 { get; }

    public string? Line2 { get; }

    public string Town { get; }

    public string? County { get; }

    /// <summary>In capitals with one space before the inward code, for example "SW1A 1AA".</summary>
    public string Postcode { get; }

    public static Result<Address> Create(string? line1, string? line2, string? town, string? county, string? postcode)
    {
        if (string.IsNullOrWhiteSpace(line1))
        {
            return Result<Address>.Fail("Enter address line 1, typically the building and street");
        }

        if (string.IsNullOrWhiteSpace(town))
        {
            return Result<Address>.Fail("Enter town or city");
        }

        var compact = IdentifierText.Compact(postcode);
        if (compact.Length == 0)
        {
            return Result<Address>.Fail("Enter postcode");
        }

        if (!PostcodePattern().IsMatch(compact))
        {
            return Result<Address>.Fail("Enter a real postcode");
        }

        var tidyPostcode = $"{compact[..^3]} {compact[^3..]}";
        return Result<Address>.Ok(new Address(line1.Trim(), Blank(line2), town.Trim(), Blank(county), tidyPostcode));
    }

    /// <summary>The address on one line, for lists and letters.</summary>
    public override string ToString() =>
        string.Join(", ", new[] { Line1, Line2, Town, County, Postcode }.Where(p => !string.IsNullOrEmpty(p)));

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    // Outward code (A9, A99, AA9, AA99, A9A, AA9A) then inward code (9AA), without the space.
    [GeneratedRegex("^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodePattern();
}

/// <summary>A home: the people who live there share its address.</summary>
public sealed class Household
{
    private Household()
    {
        Address = null!;
    }

    public Guid Id { get; private set; }

    /// <summary>The family the household was recorded for.</summary>
    public Guid FamilyCaseId { get; private set; }

    public Address Address { get; private set; }

    public static Household Create(Guid familyCaseId, Address address) =>
        new() { Id = Guid.NewGuid(), FamilyCaseId = familyCaseId, Address = address };

    /// <summary>Corrects a mistake in the address for everyone living there. A move is <see cref="Person.MoveInto"/>.</summary>
    public void CorrectAddress(Address address) => Address = address;
}

/// <summary>A spell of a person living in a household, both dates included.</summary>
public sealed class Residence
{
    private Residence()
    {
    }

    internal Residence(Guid householdId, DateOnly from)
    {
        Id = Guid.NewGuid();
        HouseholdId = householdId;
        From = from;
    }

    public Guid Id { get; private set; }

    public Guid HouseholdId { get; private set; }

    public DateOnly From { get; private set; }

    public DateOnly? To { get; private set; }

    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);

    internal void EndOn(DateOnly to) => To = to;
}
