using System.Globalization;
using System.Text.Json;

namespace FamilyFirst.Web.Outcomes;

/// <summary>
/// One line of the evidence behind a claim, as an auditor reads it: for Supporting Families each need (its headline,
/// the evidence it was identified from and when, the outcome's evidence, when it was achieved and whether it lapsed);
/// for the original framework each component with its windows and whether it was met.
/// </summary>
public sealed record ClaimEvidenceLine(string Part, string Evidence, string? From, string? To, string? LapsedOn, bool Met);

/// <summary>Reads the evidence a claim kept (the working as JSON at the time of the claim) into lines for the page and the downloads.</summary>
public static class ClaimEvidence
{
    public static IReadOnlyList<ClaimEvidenceLine> Lines(ResultClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        try
        {
            using var document = JsonDocument.Parse(claim.Evidence);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? []
                : claim.Result == ClaimableResult.SupportingFamilies ? Needs(root) : Components(root, claim.Result);
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static List<ClaimEvidenceLine> Needs(JsonElement root)
    {
        if (!root.TryGetProperty("needs", out var needs) || needs.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return needs.EnumerateArray().Select(n => new ClaimEvidenceLine(
                $"{Text(n, "headline")}: {Text(n, "name") ?? Text(n, "need")}",
                $"Identified by {Text(n, "identified_by")} from {Text(n, "evidence_source")}; outcome evidence from {Text(n, "outcome_evidence_source")}: {Text(n, "outcome_evidence")}",
                Text(n, "identified_on"),
                Text(n, "achieved_on"),
                Text(n, "lapsed_on"),
                n.TryGetProperty("sustained", out var s) && s.ValueKind == JsonValueKind.True))
            .ToList();
    }

    private static List<ClaimEvidenceLine> Components(JsonElement root, ClaimableResult result)
    {
        var working = root.TryGetProperty("working", out var w) ? w : default;
        var lines = new List<ClaimEvidenceLine>();
        if (result == ClaimableResult.CrimeAsbEducation)
        {
            var crime = Object(working, "crimeAndAsb");
            lines.Add(new ClaimEvidenceLine(
                "Crime and anti-social behaviour" + (Flag(root, "crime_asb_applies") ? string.Empty : " (does not apply)"),
                Text(crime, "reason") ?? string.Empty,
                Window(crime, "baselineWindow"),
                Window(crime, "outcomeWindow"),
                null,
                Flag(root, "crime_asb_met")));
            var education = Object(working, "education");
            lines.Add(new ClaimEvidenceLine(
                "Education" + (Flag(root, "education_applies") ? string.Empty : " (does not apply)"),
                Text(education, "reason") ?? string.Empty,
                null,
                null,
                null,
                Flag(root, "education_met")));
        }
        else
        {
            var work = Object(working, "work");
            lines.Add(new ClaimEvidenceLine("Continuous employment", Text(work, "reason") ?? string.Empty, null, null, null, Flag(root, "continuous_employment_met")));
        }

        return lines;
    }

    private static JsonElement Object(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    private static string? Text(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool Flag(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>A window as "first day to last day" (the window's end is the day after its last).</summary>
    private static string? Window(JsonElement parent, string name)
    {
        var window = Object(parent, name);
        var start = Text(window, "start");
        var end = Text(window, "end");
        if (start is null || end is null)
        {
            return null;
        }

        var last = DateOnly.ParseExact(end, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(-1);
        return $"{start} to {last:yyyy-MM-dd}";
    }
}

/// <summary>A calendar quarter claims are listed by (for example 2026-Q3, July to September 2026), in the council's time.</summary>
public readonly record struct ClaimQuarter(int Year, int Number)
{
    public DateOnly FirstDay => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly DayAfter => FirstDay.AddMonths(3);

    public string Code => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Number}");

    public string Name => $"{FirstDay.ToString("MMMM", CultureInfo.InvariantCulture)} to {FirstDay.AddMonths(2).ToString("MMMM yyyy", CultureInfo.InvariantCulture)}";

    public static ClaimQuarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public static ClaimQuarter? Parse(string? code)
    {
        if (code is not { Length: 7 } || code[4] != '-' || char.ToUpperInvariant(code[5]) != 'Q'
            || !int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || code[6] is < '1' or > '4' || year < 2000 || year > 2099)
        {
            return null;
        }

        return new ClaimQuarter(year, code[6] - '0');
    }

    public ClaimQuarter Previous => Number == 1 ? new(Year - 1, 4) : new(Year, Number - 1);

    public ClaimQuarter Next => Number == 4 ? new(Year + 1, 1) : new(Year, Number + 1);
}
