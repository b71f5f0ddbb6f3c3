using System.Text.RegularExpressions;

namespace FamilyFirst.Domain.Enquiries;

/// <summary>
/// Routing family enquiries by area. An administrator maps postcode districts (the first half of a postcode, such as
/// "NM1" or "NM12") to teams; a family enquiry whose postcode is in a mapped district goes straight to that team's
/// queue when it arrives, and one with no postcode, or in a district nobody has mapped, stays at the front door for a
/// manager to route by hand.
/// </summary>
public static partial class EnquiryAreas
{
    /// <summary>The longest a postcode district can be ("NM12", "SW1A").</summary>
    public const int DistrictMaximumLength = 4;

    /// <summary>" nm1 " becomes "NM1"; empty or not shaped like a postcode district is refused with the message to show.</summary>
    public static Result<string> NormaliseDistrict(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<string>.Fail("Enter a postcode district");
        }

        var district = text.Trim().ToUpperInvariant();
        return DistrictShape().IsMatch(district)
            ? Result<string>.Ok(district)
            : Result<string>.Fail("Enter a postcode district in the right format, like NM1 or NM12 (the first half of a postcode)");
    }

    /// <summary>The district of a full postcode ("NM1 1AA" is in "NM1"), or null when there is no postcode.</summary>
    public static string? DistrictOf(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var compact = postcode.Replace(" ", string.Empty, StringComparison.Ordinal).Trim().ToUpperInvariant();
        return compact.Length > 3 ? compact[..^3] : null;
    }

    /// <summary>The team (of the administrator's list, district → team) that an enquiry from this postcode goes to, if any.</summary>
    public static Guid? TeamFor(string? postcode, IReadOnlyDictionary<string, Guid> teamsByDistrict)
    {
        ArgumentNullException.ThrowIfNull(teamsByDistrict);
        return DistrictOf(postcode) is { } district && teamsByDistrict.TryGetValue(district, out var team) ? team : null;
    }

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]?$")]
    private static partial Regex DistrictShape();
}
