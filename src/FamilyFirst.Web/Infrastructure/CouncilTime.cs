using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyFirst.Web.Infrastructure;

/// <summary>
/// Reading the council clock (<see cref="CouncilClock"/>): the instant now, the council's date today, and instants in
/// the council's local time. People book "Tuesday at 10am" in local time and the database holds UTC; the zone's rules
/// keep a meeting at 10am on either side of the clock change.
/// </summary>
public static partial class CouncilTime
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>A stored UTC time (EF Core reads it back with an unspecified kind) as an instant.</summary>
    private static DateTimeOffset AsInstant(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    extension(TimeProvider clock)
    {
        /// <summary>The instant now, in UTC: what is stored.</summary>
        public DateTimeOffset Now => clock.GetUtcNow();

        /// <summary>The council's date now (in the first hour of a summer day in London, the UTC date is still yesterday).</summary>
        public DateOnly Today => clock.DateOf(clock.GetUtcNow());

        /// <summary>Now in the council's local time, for domain methods that take the date from the offset they are given.</summary>
        public DateTimeOffset LocalNow => clock.ToCouncilTime(clock.GetUtcNow());

        /// <summary>An instant in the council's local time.</summary>
        public DateTimeOffset ToCouncilTime(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, clock.LocalTimeZone);

        /// <summary>The council's date at an instant.</summary>
        public DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(clock.ToCouncilTime(instant).DateTime);

        /// <summary>The council's date at a stored UTC time.</summary>
        public DateOnly DateOf(DateTime utc) => clock.DateOf(AsInstant(utc));

        /// <summary>The instant (UTC) of a local date and time, by the council zone's rules on that date.</summary>
        public DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
        {
            var local = date.ToDateTime(time, DateTimeKind.Unspecified);
            return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local)).ToUniversalTime();
        }

        /// <summary>"Tuesday 4 June 2026 at 10:30am".</summary>
        public string Describe(DateTimeOffset instant) =>
            $"{clock.ToCouncilTime(instant).ToString("dddd d MMMM yyyy", English)} at {clock.TimeOfDay(instant)}";

        /// <summary>"10:30am", "2pm" or "midday", the GOV.UK style for times.</summary>
        public string TimeOfDay(DateTimeOffset instant)
        {
            var local = clock.ToCouncilTime(instant);
            if (local.Hour == 12 && local.Minute == 0)
            {
                return "midday";
            }

            var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
            var suffix = local.Hour < 12 ? "am" : "pm";
            return local.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{local.Minute:00}{suffix}";
        }

        /// <summary>"4 June 2026".</summary>
        public string LongDate(DateTimeOffset instant) => clock.ToCouncilTime(instant).ToString("d MMMM yyyy", English);

        /// <summary>"4 June 2026", the council's date at a stored UTC time.</summary>
        public string LongDate(DateTime utc) => clock.LongDate(AsInstant(utc));

        /// <summary>"4 June 2026 at 10:30am": a stored instant as a person in the council reads it.</summary>
        public string DateAndTime(DateTimeOffset instant) => $"{clock.LongDate(instant)} at {clock.TimeOfDay(instant)}";

        /// <summary>"4 June 2026 at 10:30am" for a stored UTC time.</summary>
        public string DateAndTime(DateTime utc) => clock.DateAndTime(AsInstant(utc));

        /// <summary>The time as a person would type it back: "14:30".</summary>
        public string TimeInput(DateTimeOffset instant) => clock.ToCouncilTime(instant).ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A meeting form's start and end times (the end is optional), each read by <see cref="ParseTime"/>; a time typed
    /// that is not a real time gets its message on its field.
    /// </summary>
    public static (TimeOnly? Start, TimeOnly? End) ParseStartAndEnd(string? startTime, string? endTime, ModelStateDictionary modelState, string startField = "StartTime", string endField = "EndTime")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        var start = ParseTime(startTime);
        var end = ParseTime(endTime);
        if (startTime is not null && start is null)
        {
            modelState.AddModelError(startField, "Start time must be a real time, like 10:00 or 2pm");
        }

        if (!string.IsNullOrWhiteSpace(endTime) && end is null)
        {
            modelState.AddModelError(endField, "End time must be a real time, like 11:30 or 3pm");
        }

        return (start, end);
    }

    /// <summary>Reads "14:30", "9:05", "2pm", "2:30pm", "10.30am". Null when it is not a real time.</summary>
    public static TimeOnly? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = TimePattern().Match(text.Trim().ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal));
        if (!match.Success)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var suffix = match.Groups["s"].Value;
        if (suffix.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = (hour % 12) + (suffix == "pm" ? 12 : 0);
        }
        else if (!match.Groups["m"].Success)
        {
            return null;
        }

        return hour is >= 0 and < 24 && minute is >= 0 and < 60 ? new TimeOnly(hour, minute) : null;
    }

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?<s>am|pm)?$")]
    private static partial Regex TimePattern();
}
