using System.Globalization;

namespace FamilyFirst.Web.Outcomes;

/// <summary>
/// The assessment dates ("as at") that the results and the impact report accept, on the pages and the command line:
/// wide enough for any programme's past and future, and narrow enough that the working's windows (years before and
/// after the date) are always real dates.
/// </summary>
public static class AssessmentDates
{
    public const string Earliest = "2000-01-01";

    public const string Latest = "2099-12-31";

    private static readonly DateOnly First = DateOnly.ParseExact(Earliest, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly DateOnly Last = DateOnly.ParseExact(Latest, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static bool Contains(DateOnly date) => date >= First && date <= Last;

    /// <summary>The range in words, as the error messages give it.</summary>
    public static string InWords => string.Create(CultureInfo.InvariantCulture, $"between {First:d MMMM yyyy} and {Last:d MMMM yyyy}");
}
