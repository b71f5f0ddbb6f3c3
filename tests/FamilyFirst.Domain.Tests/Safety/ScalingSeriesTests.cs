using FamilyFirst.Domain.Safety;

namespace FamilyFirst.Domain.Tests.Safety;

public class ScalingSeriesTests
{
    private static readonly Guid FamilyId = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b01");

    private static ScalingRating Rating(int score, ScalingRole role, string name, DateOnly on) =>
        ScalingRating.Record(FamilyId, score, role, null, name, on).Value!;

    [Fact]
    public void Summary_DescribesTheLatestPractitionerRatingAgainstTheFirst()
    {
        var series = ScalingSeries.From(
        [
            Rating(6, ScalingRole.Practitioner, "Priya", new DateOnly(2026, 5, 4)),
            Rating(3, ScalingRole.Practitioner, "Priya", new DateOnly(2026, 3, 2)),
        ]);

        Assert.Equal("The latest rating from Priya (practitioner) is 6 (up from 3 on 2 March 2026)", series.Summary);
        Assert.Equal(3, series.ChangeSinceFirst(ScalingRole.Practitioner));
    }

    [Fact]
    public void Summary_GivesASentenceForEachPersonInRoleOrder()
    {
        var series = ScalingSeries.From(
        [
            Rating(7, ScalingRole.FamilyMember, "Sam", new DateOnly(2026, 3, 2)),
            Rating(5, ScalingRole.FamilyMember, "Sam", new DateOnly(2026, 4, 2)),
            Rating(4, ScalingRole.Practitioner, "Priya", new DateOnly(2026, 3, 2)),
            Rating(4, ScalingRole.Practitioner, "Priya", new DateOnly(2026, 4, 2)),
            Rating(2, ScalingRole.Manager, "Jo", new DateOnly(2026, 4, 9)),
        ]);

        Assert.Equal(
            "The latest rating from Priya (practitioner) is 4 (the same as on 2 March 2026). "
            + "The latest rating from Sam (family member) is 5 (down from 7 on 2 March 2026). "
            + "The only rating from Jo (manager) is 2 (given on 9 April 2026)",
            series.Summary);
    }

    [Fact]
    public void Summary_WhenThereAreNoRatings_SaysSo()
    {
        Assert.Equal("No scaling ratings have been recorded yet", ScalingSeries.From([]).Summary);
    }

    [Fact]
    public void From_GroupsRatingsByWhoGaveThemAndFindsTheLatestPerRole()
    {
        var series = ScalingSeries.From(
        [
            Rating(2, ScalingRole.FamilyMember, "Mum", new DateOnly(2026, 3, 2)),
            Rating(5, ScalingRole.FamilyMember, "Dad", new DateOnly(2026, 3, 9)),
            Rating(4, ScalingRole.FamilyMember, "Mum", new DateOnly(2026, 4, 2)),
        ]);

        Assert.Equal(2, series.Lines.Count);
        var mum = series.Lines.Single(l => l.GivenByName == "Mum");
        Assert.Equal([2, 4], mum.Ratings.Select(r => r.Score));
        Assert.Equal(2, mum.ChangeSinceFirst);
        Assert.Equal(4, series.LatestFor(ScalingRole.FamilyMember)!.Score);
        Assert.Null(series.LatestFor(ScalingRole.Manager));
        Assert.Null(series.ChangeSinceFirst(ScalingRole.Manager));
    }

    [Fact]
    public void Chart_PlacesDatesAcrossTheWidthAndScoresUpTheHeight()
    {
        var series = ScalingSeries.From(
        [
            Rating(0, ScalingRole.Practitioner, "Priya", new DateOnly(2026, 3, 1)),
            Rating(5, ScalingRole.Practitioner, "Priya", new DateOnly(2026, 3, 11)),
            Rating(10, ScalingRole.Practitioner, "Priya", new DateOnly(2026, 3, 21)),
        ]);

        var chart = series.Chart(200, 100);

        var line = Assert.Single(chart.Lines);
        Assert.Equal([(0d, 100d), (100d, 50d), (200d, 0d)], line.Points.Select(p => (p.X, p.Y)));
        Assert.Equal("0,100 100,50 200,0", line.PolylinePoints);
        Assert.Equal(new DateOnly(2026, 3, 1), chart.FirstDate);
        Assert.Equal(new DateOnly(2026, 3, 21), chart.LastDate);
    }

    [Fact]
    public void Chart_WhenEveryRatingIsOnOneDate_CentresThePoints()
    {
        var series = ScalingSeries.From([Rating(7, ScalingRole.Manager, "Jo", new DateOnly(2026, 3, 1))]);

        var point = Assert.Single(Assert.Single(series.Chart(300, 150).Lines).Points);

        Assert.Equal(150, point.X);
        Assert.Equal(45, point.Y);
    }
}
