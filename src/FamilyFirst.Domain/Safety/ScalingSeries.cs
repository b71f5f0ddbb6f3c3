using System.Globalization;

namespace FamilyFirst.Domain.Safety;

/// <summary>
/// A family's scaling ratings arranged to show progress over time: one line per person who gave ratings (the person
/// chosen, so one person is one line whatever their name was written as), and a summary in plain English that compares
/// each person's latest rating with their own first, never one person's with another's.
/// </summary>
public sealed class ScalingSeries
{
    // The order roles are described in: the practitioner holds the case, then the family's own view, then the manager's.
    private static readonly ScalingRole[] SummaryOrder = [ScalingRole.Practitioner, ScalingRole.FamilyMember, ScalingRole.Manager, ScalingRole.SomeoneElse];

    private ScalingSeries(IReadOnlyList<ScalingRating> ratings, IReadOnlyList<ScalingLine> lines)
    {
        Ratings = ratings;
        Lines = lines;
    }

    /// <summary>Every rating, oldest first (ratings on the same date keep the order they were given in).</summary>
    public IReadOnlyList<ScalingRating> Ratings { get; }

    /// <summary>One line per person who gave ratings, in role order then by their first rating.</summary>
    public IReadOnlyList<ScalingLine> Lines { get; }

    public static ScalingSeries From(IEnumerable<ScalingRating> ratings)
    {
        // OrderBy is stable, so same-day ratings keep the order they were recorded in.
        var ordered = ratings.OrderBy(r => r.RatedOn).ToList();

        var lines = ordered
            .GroupBy(GiverKey)
            .Select(g => new ScalingLine(g.First().GivenByRole, g.First().GivenById, g.Last().GivenByName, g.ToList()) { Kind = g.First().RaterKind, OtherRole = g.Last().GivenByOtherRole })
            .OrderBy(l => Array.IndexOf(SummaryOrder, l.Role))
            .ThenBy(l => l.Ratings[0].RatedOn)
            .ToList();

        return new ScalingSeries(ordered, lines);
    }

    /// <summary>The most recent rating given by anyone in that role, or null if they have given none.</summary>
    public ScalingRating? LatestFor(ScalingRole role) => Ratings.LastOrDefault(r => r.GivenByRole == role);

    /// <summary>The first rating given by anyone in that role, or null if they have given none.</summary>
    public ScalingRating? FirstFor(ScalingRole role) => Ratings.FirstOrDefault(r => r.GivenByRole == role);

    /// <summary>Latest minus first rating for the role (positive means safer); null if the role has given none.</summary>
    public int? ChangeSinceFirst(ScalingRole role) =>
        LatestFor(role) is { } latest && FirstFor(role) is { } first ? latest.Score - first.Score : null;

    /// <summary>
    /// One person's progress, for example "The latest rating from Priya Shah (practitioner) is 6 (up from 3 on 2 March
    /// 2026)": their latest rating against their own first.
    /// </summary>
    public static string SummaryFor(ScalingLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var who = line.Describe();
        var latest = line.Latest;
        if (line.Ratings.Count == 1)
        {
            return $"The only rating from {who} is {latest.Score} (given on {LongDate(latest.RatedOn)})";
        }

        var first = line.First;
        var change = latest.Score > first.Score
            ? $"up from {first.Score} on {LongDate(first.RatedOn)}"
            : latest.Score < first.Score
                ? $"down from {first.Score} on {LongDate(first.RatedOn)}"
                : $"the same as on {LongDate(first.RatedOn)}";
        return $"The latest rating from {who} is {latest.Score} ({change})";
    }

    /// <summary>The chart's caption: a sentence for each person who has given ratings, in the order of the lines.</summary>
    public string Summary => Lines.Count == 0
        ? "No scaling ratings have been recorded yet"
        : string.Join(". ", Lines.Select(SummaryFor));

    /// <summary>
    /// Chart geometry for an SVG of the given size: x runs from the first rating's date (0) to the last (width);
    /// y runs from 10 (0, the top) to 0 (height, the bottom). When every rating is on one date, points sit in the middle.
    /// </summary>
    public ScalingChart Chart(double width, double height)
    {
        if (width <= 0 || height <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(width), "The chart needs a positive width and height.");
        }

        if (Ratings.Count == 0)
        {
            return new ScalingChart(width, height, null, null, []);
        }

        var firstDate = Ratings[0].RatedOn;
        var lastDate = Ratings[^1].RatedOn;
        var days = lastDate.DayNumber - firstDate.DayNumber;

        double X(DateOnly date) => days == 0 ? width / 2 : Math.Round((date.DayNumber - firstDate.DayNumber) * width / days, 2);

        var lines = Lines
            .Select(line => new ScalingChartLine(
                line,
                line.Ratings.Select(r => new ScalingChartPoint(X(r.RatedOn), ScalingChart.YFor(r.Score, height), r.Score, r.RatedOn)).ToList()))
            .ToList();

        return new ScalingChart(width, height, firstDate, lastDate, lines);
    }

    internal static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>The role in words, with a capital: "Family member", "Practitioner", "Manager", "Someone else".</summary>
    public static string RoleDescription(ScalingRole role) => role switch
    {
        ScalingRole.FamilyMember => "Family member",
        ScalingRole.Practitioner => "Practitioner",
        ScalingRole.Manager => "Manager",
        ScalingRole.SomeoneElse => "Someone else",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    // One person is one line: a chosen person by their record; someone else by the name and role written.
    private static (ScalingRaterKind, string) GiverKey(ScalingRating rating) => rating.RaterKind switch
    {
        ScalingRaterKind.NetworkMember => (rating.RaterKind, rating.GivenByNetworkMemberId?.ToString() ?? string.Empty),
        ScalingRaterKind.SomeoneElse => (rating.RaterKind, $"{Normalise(rating.GivenByName)}|{Normalise(rating.GivenByOtherRole)}"),
        _ => (rating.RaterKind, rating.GivenById?.ToString() ?? Normalise(rating.GivenByName)),
    };

    private static string Normalise(string? text) => string.Join(' ', (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

/// <summary>The ratings one person gave over time.</summary>
public sealed record ScalingLine(ScalingRole Role, Guid? GivenById, string? GivenByName, IReadOnlyList<ScalingRating> Ratings)
{
    public ScalingRaterKind Kind { get; init; }

    /// <summary>For someone else: their role, in words.</summary>
    public string? OtherRole { get; init; }

    /// <summary>The person with their role, for example "Priya Shah (practitioner)" or "Ms Patel (Kai's teacher)".</summary>
    public string Describe()
    {
        var role = OtherRole ?? ScalingSeries.RoleDescription(Role).ToLowerInvariant();
        return GivenByName is { } name ? $"{name} ({role})" : $"a {role}";
    }

    public ScalingRating First => Ratings[0];

    public ScalingRating Latest => Ratings[^1];

    /// <summary>Latest minus first score: positive means the person sees the children as safer.</summary>
    public int ChangeSinceFirst => Latest.Score - First.Score;
}

/// <summary>The numbers needed to draw the scaling chart as an SVG; the page adds axes, labels and the data table.</summary>
public sealed record ScalingChart(double Width, double Height, DateOnly? FirstDate, DateOnly? LastDate, IReadOnlyList<ScalingChartLine> Lines)
{
    /// <summary>The y position of a score: 10 at the top (0), 0 at the bottom (height). Use it for grid lines too.</summary>
    public static double YFor(int score, double height) =>
        Math.Round(height - (score * height / ScalingRating.HighestScore), 2);
}

/// <summary>One person's ratings as points on the chart.</summary>
public sealed record ScalingChartLine(ScalingLine Line, IReadOnlyList<ScalingChartPoint> Points)
{
    /// <summary>The value for an SVG polyline's points attribute, e.g. "0,42 120,18".</summary>
    public string PolylinePoints => string.Join(
        ' ',
        Points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.##},{p.Y:0.##}")));
}

/// <summary>One rating's position on the chart.</summary>
public readonly record struct ScalingChartPoint(double X, double Y, int Score, DateOnly RatedOn);
