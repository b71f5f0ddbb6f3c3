using System.Globalization;

namespace FamilyFirst.Domain.Outcomes;

/// <summary>How dates, counts and rates read in the working shown to analysts and practitioners.</summary>
internal static class WorkingText
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A share as a percentage to one decimal place, half away from zero; null when there is nothing to divide by.
    /// Adding 0.0 fixes the scale at one place, so 90 is written "90.0" as in the report's JSON.
    /// </summary>
    public static decimal? Percent(long part, long whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero) + 0.0m;

    public static string PercentText(long part, long whole) =>
        Percent(part, whole) is { } percent ? percent.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "no sessions";

    public static string Count(long count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);
}
