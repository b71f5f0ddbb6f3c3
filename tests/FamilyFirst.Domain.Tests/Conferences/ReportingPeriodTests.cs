using FamilyFirst.Domain.Conferences;

namespace FamilyFirst.Domain.Tests.Conferences;

public class ReportingPeriodTests
{
    [Fact]
    public void Create_EndingBeforeItStarts_IsRefused()
    {
        var result = ReportingPeriod.Create(new DateOnly(2026, 4, 2), new DateOnly(2026, 4, 1));

        Assert.Equal("The start of the period must be the same as or before the end", result.Error);
    }

    [Theory]
    [InlineData(2026, 3, 31, false)]
    [InlineData(2026, 4, 1, true)]
    [InlineData(2026, 6, 30, true)]
    [InlineData(2026, 7, 1, false)]
    public void Contains_IncludesBothEnds(int year, int month, int day, bool expected)
    {
        var period = ReportingPeriod.Create(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)).Value!;

        Assert.Equal(expected, period.Contains(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Contains_NoDate_IsFalse()
    {
        var period = ReportingPeriod.Create(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 1)).Value!;

        Assert.False(period.Contains((DateOnly?)null));
    }
}
