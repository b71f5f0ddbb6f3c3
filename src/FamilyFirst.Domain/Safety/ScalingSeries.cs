using System.Globalization;

namespace FamilyFirst.Domain.Safety;

/// <summary>
/// A family's scaling ratings arranged to show progress over time: one line per person who gave ratings,
/// the latest rating from each role, and a one-line summary in plain English.
/// </summary>
public sealed class ScalingSeries
{
    // The order roles are described in: the practitioner holds the case, then the family's own view, then the manager's.
    private static readonly ScalingRole[] SummaryOrder = [ScalingRole.Practitioner, ScalingRole.FamilyMember, ScalingRole.Manager];

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
            .Select(g => new ScalingLine(g.First().GivenByRole, g.First().GivenById, g.Last().GivenByName, g.ToList()))
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

    /// <summary>For example "The latest practitioner rating is 6 (up from 3 on 2 March 2026)"; null if the role has given none.</summary>
    public string? SummaryFor(ScalingRole role)
    {
        var roleRatings = Ratings.Where(r => r.GivenByRole == role).ToList();
        if (roleRatings.Count == 0)
        {
            return null;
        }

        var latest = roleRatings[^1];
        var name = RoleName(role);
        if (roleRatings.Count == 1)
        {
            return $"The only {name} rating is {latest.Score} (given on {LongDate(latest.RatedOn)})";
        }

        var first = roleRatings[0];
        var change = latest.Score > first.Score
            ? $"up from {first.Score} on {LongDate(first.RatedOn)}"
            : latest.Score < first.Score
                ? $"down from {first.Score} on {LongDate(first.RatedOn)}"
                : $"the same as on {LongDate(first.RatedOn)}";
        return $"The latest {name} rating is {latest.Score} ({change})";
    }

    /// <summary>One line for the chart's caption: a sentence for each role that has given ratings.</summary>
    public string Summary
    {
        get
        {
            var sentences = SummaryOrder.Select(SummaryFor).OfType<string>().ToList();
            return sentences.Count == 0
                ? "No scaling ratings have been recorded yet"
                : string.Join(". ", sentences);
        }
    }

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

    private static string RoleName(ScalingRole role) => role switch
    {
        ScalingRole.FamilyMember => "family member",
        ScalingRole.Practitioner => "practitioner",
        ScalingRole.Manager => "manager",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    private static (ScalingRole, string) GiverKey(ScalingRating rating) =>
        (rating.GivenByRole, rating.GivenById?.ToString() ?? rating.GivenByName?.Trim().ToUpperInvariant() ?? string.Empty);
}

/// <summary>The ratings one person gave over time.</summary>
public sealed record ScalingLine(ScalingRole Role, Guid? GivenById, string? GivenByName, IReadOnlyList<ScalingRating> Ratings)
{
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
