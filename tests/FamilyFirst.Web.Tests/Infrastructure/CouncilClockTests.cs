using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>The one council clock: the instant is UTC, "today" and local times are the council's (Europe/London).</summary>
public class CouncilClockTests
{
    private static readonly TimeZoneInfo London = CouncilClock.Zone(new CouncilOptions());

    private static TimeProvider At(int year, int month, int day, int hour, int minute) =>
        new CouncilClock(new FakeTimeProvider(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.Zero)), London);

    [Fact]
    public void Zone_ByDefault_IsEuropeLondon() =>
        Assert.Equal(TimeZoneInfo.FindSystemTimeZoneById("Europe/London").Id, London.Id);

    [Fact]
    public void Today_HalfAnHourAfterMidnightInSummerTime_IsTheLondonDate_NotTheUtcDate()
    {
        var clock = At(2026, 6, 30, 23, 30);

        Assert.Equal(new DateOnly(2026, 7, 1), clock.Today);
        Assert.Equal(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero), clock.Now);
        Assert.Equal(TimeSpan.Zero, clock.Now.Offset);
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 30, 0, TimeSpan.FromHours(1)), clock.LocalNow);
    }

    [Fact]
    public void Today_InWinter_IsTheUtcDate()
    {
        Assert.Equal(new DateOnly(2026, 1, 15), At(2026, 1, 15, 0, 30).Today);
        Assert.Equal(new DateOnly(2026, 1, 15), At(2026, 1, 15, 23, 30).Today);
    }

    [Fact]
    public void Today_OnTheOctoberChangeOver_MovesAtLondonMidnight()
    {
        // Summer time ends at 01:00 UTC on Sunday 25 October 2026: 00:30 UTC is still 01:30 BST on the 25th, and the
        // evening before, 23:00 UTC on the 24th is already midnight in London.
        Assert.Equal(new DateOnly(2026, 10, 24), At(2026, 10, 24, 22, 59).Today);
        Assert.Equal(new DateOnly(2026, 10, 25), At(2026, 10, 24, 23, 0).Today);
        Assert.Equal(new DateOnly(2026, 10, 25), At(2026, 10, 25, 0, 30).Today);
        Assert.Equal(new DateOnly(2026, 10, 25), At(2026, 10, 25, 23, 59).Today);
        Assert.Equal(new DateOnly(2026, 10, 26), At(2026, 10, 26, 0, 0).Today);
    }

    [Fact]
    public void ToInstant_AndToCouncilTime_RoundTrip_EitherSideOfTheClockChange()
    {
        var clock = At(2026, 1, 1, 0, 0);

        var summer = clock.ToInstant(new DateOnly(2026, 10, 24), new TimeOnly(10, 0));
        var winter = clock.ToInstant(new DateOnly(2026, 10, 26), new TimeOnly(10, 0));

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 9, 0, 0, TimeSpan.Zero), summer);
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 10, 0, 0, TimeSpan.Zero), winter);
        Assert.Equal(TimeSpan.Zero, summer.Offset);
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 10, 0, 0, TimeSpan.FromHours(1)), clock.ToCouncilTime(summer));
        Assert.Equal("10:00", clock.TimeInput(summer));
        Assert.Equal("10:00", clock.TimeInput(winter));
    }

    [Fact]
    public void DateOf_AStoredUtcTime_IsTheCouncilsDate()
    {
        var clock = At(2026, 1, 1, 0, 0);

        Assert.Equal(new DateOnly(2026, 7, 1), clock.DateOf(new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc)));
        Assert.Equal(new DateOnly(2026, 1, 15), clock.DateOf(new DateTime(2026, 1, 15, 23, 30, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Describe_ReadsInLondonTime_InTheGovUkStyle()
    {
        var clock = At(2026, 1, 1, 0, 0);

        Assert.Equal("Thursday 4 June 2026 at 10:30am", clock.Describe(new DateTimeOffset(2026, 6, 4, 9, 30, 0, TimeSpan.Zero)));
        Assert.Equal("midday", clock.TimeOfDay(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2pm", clock.TimeOfDay(new DateTimeOffset(2026, 6, 1, 13, 0, 0, TimeSpan.Zero)));
        Assert.Equal("1 July 2026", clock.LongDate(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("14:30", 14, 30)]
    [InlineData("9:05", 9, 5)]
    [InlineData("2pm", 14, 0)]
    [InlineData("2:30pm", 14, 30)]
    [InlineData("10.30am", 10, 30)]
    [InlineData("12am", 0, 0)]
    [InlineData("12pm", 12, 0)]
    public void ParseTime_ReadsTheWaysPeopleTypeATime(string typed, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), CouncilTime.ParseTime(typed));

    [Theory]
    [InlineData("")]
    [InlineData("14")]
    [InlineData("25:00")]
    [InlineData("13pm")]
    [InlineData("10:60")]
    public void ParseTime_NotARealTime_IsNull(string typed) => Assert.Null(CouncilTime.ParseTime(typed));

    [Fact]
    public void ParseStartAndEnd_PutsEachMessageOnItsField()
    {
        var state = new ModelStateDictionary();

        var (start, end) = CouncilTime.ParseStartAndEnd("ten", "later", state);

        Assert.Null(start);
        Assert.Null(end);
        Assert.Equal("Start time must be a real time, like 10:00 or 2pm", Assert.Single(state["StartTime"]!.Errors).ErrorMessage);
        Assert.Equal("End time must be a real time, like 11:30 or 3pm", Assert.Single(state["EndTime"]!.Errors).ErrorMessage);
    }
}
