using System.Text.RegularExpressions;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>
/// The web project reads the time only through the council clock (the app's <see cref="TimeProvider"/>, see
/// CouncilClock), so "today" is the council's today everywhere and tests can fix the time.
/// </summary>
public partial class OneClockTests
{
    // The clock itself may name the system clock; migrations are generated.
    private static readonly string[] Allowed = ["Infrastructure/CouncilClock.cs", "Infrastructure/CouncilTime.cs"];

    [Fact]
    public void TheWebProject_NeverReadsTheSystemClockDirectly()
    {
        var offenders = LinesMatching(SystemClock());

        Assert.True(offenders.Count == 0, "Read the council clock (an injected TimeProvider: time.Now, time.Today) instead of:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void TheWebProject_NeverShowsTheUtcDateOrTimeOfAnInstant()
    {
        var offenders = LinesMatching(UtcDateShown());

        Assert.True(offenders.Count == 0, "Show an instant in the council's time (Clock.DateOf, Clock.LongDate, Clock.DateAndTime) instead of:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void TheDisplayGuard_FindsEachWayOfShowingTheUtcDate()
    {
        Assert.All(
            ["DateOnly.FromDateTime(plan.AgreedAt!.Value.UtcDateTime)", "run.StartedAtUtc.ToString(\"d MMM yyyy HH:mm\")", "token.LastUsedAtUtc?.ToString(\"d MMMM yyyy\")", "time.ToUniversalTime().ToString(\"d MMMM\")"],
            text => Assert.Matches(UtcDateShown(), text));
        Assert.DoesNotMatch(UtcDateShown(), "claim.ClaimedAtUtc.ToString(\"yyyy-MM-ddTHH:mm:ssZ\", CultureInfo.InvariantCulture)");
        Assert.DoesNotMatch(UtcDateShown(), "Clock.DateAndTime(run.StartedAtUtc)");
    }

    [Fact]
    public void TheGuard_FindsEachWayOfReadingTheSystemClock()
    {
        Assert.All(["DateTime.UtcNow", "DateTime.Now", "DateTime.Today", "DateTimeOffset.UtcNow", "DateTimeOffset.Now", "TimeProvider.System.GetUtcNow()"], text => Assert.Matches(SystemClock(), text));
        Assert.DoesNotMatch(SystemClock(), "time.GetUtcNow()");
        Assert.DoesNotMatch(SystemClock(), "DateTime.UtcNowish");
    }

    /// <summary>"path:line: text" for each line of the web project's code and views (not the clock, not migrations) that matches.</summary>
    private static List<string> LinesMatching(Regex pattern)
    {
        var web = RepositoryFiles.PathOf("src", "FamilyFirst.Web");
        return Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(web, f).Replace('\\', '/'), File: f))
            .Where(f => !f.Path.StartsWith("bin/", StringComparison.Ordinal) && !f.Path.StartsWith("obj/", StringComparison.Ordinal))
            .Where(f => !f.Path.StartsWith("Data/Migrations/", StringComparison.Ordinal) && !Allowed.Contains(f.Path))
            .SelectMany(f => File.ReadLines(f.File).Select((line, i) => (f.Path, Line: i + 1, Text: line)))
            .Where(l => pattern.IsMatch(l.Text))
            .Select(l => $"{l.Path}:{l.Line}: {l.Text.Trim()}")
            .ToList();
    }

    [GeneratedRegex(@"\b(DateTime(Offset)?\.(UtcNow|Now|Today)|TimeProvider\.System)\b")]
    private static partial Regex SystemClock();

    // The UTC date of an instant (DateOnly.FromDateTime(x.UtcDateTime)), or a stored UTC time formatted for reading
    // ("d MMMM ..."); machine formats (ISO 8601 with Z) are allowed.
    [GeneratedRegex(@"FromDateTime\([^)]*\.UtcDateTime\)|(AtUtc|UtcDateTime|ToUniversalTime\(\))[?!]?(\.Value)?\.ToString\(""d")]
    private static partial Regex UtcDateShown();
}
