using System.Globalization;
using System.Text;

namespace FamilyFirst.Domain.Meetings;

/// <summary>
/// A meeting invitation as an iCalendar file (RFC 5545), so a family member or professional can add the
/// meeting to their own calendar. It names when and where, never what the meeting is about: an
/// invitation can be forwarded or seen on a shared device.
/// </summary>
public sealed record CalendarInvite(
    Guid MeetingId,
    int Revision,
    string Title,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    string? Location,
    string? Description,
    string ProductName)
{
    /// <summary>How long a meeting is assumed to last when no end time was recorded.</summary>
    public static readonly TimeSpan DefaultLength = TimeSpan.FromHours(1);

    public static CalendarInvite For(Meeting meeting, string title, string? description, string productName, int revision = 0) =>
        new(meeting.Id, revision, title, meeting.StartsAt, meeting.EndsAt ?? meeting.StartsAt + DefaultLength, meeting.Venue, description, productName);

    /// <summary>The .ics text: CRLF line endings, long lines folded at 75 octets, text values escaped.</summary>
    public string ToICalendar(DateTimeOffset stamp)
    {
        var lines = new List<string>
        {
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            $"PRODID:-//{Escape(ProductName)}//EN",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            $"UID:{MeetingId:D}@familyfirst",
            $"SEQUENCE:{Revision.ToString(CultureInfo.InvariantCulture)}",
            $"DTSTAMP:{Utc(stamp)}",
            $"DTSTART:{Utc(StartsAt)}",
            $"DTEND:{Utc(EndsAt)}",
            $"SUMMARY:{Escape(Title)}",
        };
        if (!string.IsNullOrWhiteSpace(Location))
        {
            lines.Add($"LOCATION:{Escape(Location)}");
        }

        if (!string.IsNullOrWhiteSpace(Description))
        {
            lines.Add($"DESCRIPTION:{Escape(Description)}");
        }

        lines.Add("END:VEVENT");
        lines.Add("END:VCALENDAR");

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            Fold(line, text);
        }

        return text.ToString();
    }

    private static string Utc(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 3.3.11).</summary>
    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    /// <summary>Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character.</summary>
    private static void Fold(string line, StringBuilder text)
    {
        var octets = 0;
        var limit = 75;
        var index = 0;
        while (index < line.Length)
        {
            var length = char.IsSurrogatePair(line, index) ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(index, length));
            if (octets + size > limit)
            {
                text.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space of a continuation line counts
            }

            text.Append(line, index, length);
            octets += size;
            index += length;
        }

        text.Append("\r\n");
    }
}
