using System.Text;
using FamilyFirst.Domain.Meetings;

namespace FamilyFirst.Domain.Tests.Meetings;

public class CalendarInviteTests
{
    private static readonly Guid MeetingId = Guid.Parse("6f0d2a0e-1c1b-4c8e-9a43-3c2b8e0f7d11");

    private static CalendarInvite Invite(string title = "Family meeting", string? location = "Riverside Family Centre", string? description = null) =>
        new(MeetingId, 0, title, new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero), location, description, "Family First");

    [Fact]
    public void ToICalendar_WritesOneEventWithUtcTimesAndCrlfLineEnds()
    {
        var ics = Invite().ToICalendar(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

        Assert.StartsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", ics);
        Assert.EndsWith("END:VEVENT\r\nEND:VCALENDAR\r\n", ics);
        Assert.Contains("\r\nUID:6f0d2a0e-1c1b-4c8e-9a43-3c2b8e0f7d11@familyfirst\r\n", ics);
        Assert.Contains("\r\nDTSTART:20261203T100000Z\r\n", ics);
        Assert.Contains("\r\nDTEND:20261203T120000Z\r\n", ics);
        Assert.Contains("\r\nDTSTAMP:20261125T090000Z\r\n", ics);
        Assert.Contains("\r\nLOCATION:Riverside Family Centre\r\n", ics);
        Assert.DoesNotContain("\n", ics.Replace("\r\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void ToICalendar_ConvertsUkSummerTimeToUtc()
    {
        var invite = Invite() with { StartsAt = new DateTimeOffset(2026, 6, 1, 10, 0, 0, TimeSpan.FromHours(1)) };

        Assert.Contains("DTSTART:20260601T090000Z", invite.ToICalendar(DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public void ToICalendar_EscapesTextValues()
    {
        var ics = Invite(title: "Circle; check-in, then plan", location: "Room 2\\3", description: "Line one\nLine two").ToICalendar(DateTimeOffset.UnixEpoch);

        Assert.Contains("SUMMARY:Circle\\; check-in\\, then plan\r\n", ics);
        Assert.Contains("LOCATION:Room 2\\\\3\r\n", ics);
        Assert.Contains("DESCRIPTION:Line one\\nLine two\r\n", ics);
    }

    [Fact]
    public void ToICalendar_FoldsLongLinesAt75Octets_WithoutSplittingACharacter()
    {
        var ics = Invite(description: string.Concat(Enumerable.Repeat("Cyfarfod teulu â ŵ ŷ ", 20))).ToICalendar(DateTimeOffset.UnixEpoch);

        var physical = ics.Split("\r\n");
        Assert.All(physical, line => Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}"));
        var unfolded = ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:" + string.Concat(Enumerable.Repeat("Cyfarfod teulu â ŵ ŷ ", 20)).TrimEnd() , unfolded);
    }

    [Fact]
    public void ToICalendar_LeavesOutAnEmptyLocation()
    {
        Assert.DoesNotContain("LOCATION", Invite(location: " ").ToICalendar(DateTimeOffset.UnixEpoch));
    }
}
