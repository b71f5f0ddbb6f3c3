using System.Globalization;
using System.Text.RegularExpressions;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Meetings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>
/// UK local time for meetings: people book "Tuesday at 10am" in UK time; the database holds UTC. Uses the
/// Europe/London rules, so a meeting stays at 10am on either side of the clock change.
/// </summary>
public static partial class UkTime
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    public static DateTimeOffset ToInstant(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        var offset = London.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public static DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, London);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(Local(time.GetUtcNow()).DateTime);

    /// <summary>Now, in UK time: the domain takes dates from the offset it is given.</summary>
    public static DateTimeOffset Now(TimeProvider time) => Local(time.GetUtcNow());

    /// <summary>"Tuesday 4 June 2026 at 10:30am".</summary>
    public static string Describe(DateTimeOffset instant)
    {
        var local = Local(instant);
        return $"{local.ToString("dddd d MMMM yyyy", English)} at {Clock(local)}";
    }

    /// <summary>"10:30am" or "2pm", the GOV.UK style for times.</summary>
    public static string Clock(DateTimeOffset instant)
    {
        var local = Local(instant);
        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var suffix = local.Hour < 12 ? "am" : "pm";
        if (local.Hour == 12 && local.Minute == 0)
        {
            return "midday";
        }

        return local.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{local.Minute:00}{suffix}";
    }

    public static string Date(DateTimeOffset instant) => Local(instant).ToString("d MMMM yyyy", English);

    /// <summary>The time as a person would type it back: "14:30".</summary>
    public static string Input(DateTimeOffset instant) => Local(instant).ToString("HH:mm", CultureInfo.InvariantCulture);

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

    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [GeneratedRegex(@"^(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?(?<s>am|pm)?$")]
    private static partial Regex TimePattern();
}

/// <summary>How meetings and conferences read on the page.</summary>
public static class MeetingText
{
    public static string Type(MeetingType type) => type switch
    {
        MeetingType.RestorativeConversation => "Restorative conversation",
        MeetingType.ProactiveCircle => "Proactive circle",
        MeetingType.ResponsiveCircle => "Responsive circle",
        MeetingType.RestorativeConference => "Restorative conference",
        MeetingType.FamilyGroupConference => "Family Group Conference",
        MeetingType.FamilyGroupConferenceReview => "Family Group Conference review",
        MeetingType.ProfessionalsMeeting => "Professionals' meeting",
        _ => type.ToString(),
    };

    public static string TypeHint(MeetingType type) => type switch
    {
        MeetingType.RestorativeConversation => "An informal conversation, recorded on one short page",
        MeetingType.ProactiveCircle => "Building relationships before there is a problem",
        MeetingType.ResponsiveCircle => "After harm, to repair it",
        MeetingType.RestorativeConference => "A formal meeting between those who caused harm and those harmed",
        MeetingType.FamilyGroupConference => "Use 'Refer for a Family Group Conference' to run the whole conference",
        MeetingType.FamilyGroupConferenceReview => "Reviewing a plan agreed at a Family Group Conference",
        MeetingType.ProfessionalsMeeting => "Professionals only",
        _ => string.Empty,
    };

    public static string Kind(ParticipantKind kind) => kind switch
    {
        ParticipantKind.Family => "Family",
        ParticipantKind.Network => "Family network",
        ParticipantKind.Professional => "Professional",
        _ => kind.ToString(),
    };

    public static string Attendance(Attendance attendance) => attendance switch
    {
        Domain.Meetings.Attendance.NotYetRecorded => "Not yet recorded",
        Domain.Meetings.Attendance.Attended => "Attended",
        Domain.Meetings.Attendance.SentApologies => "Sent apologies",
        Domain.Meetings.Attendance.DidNotAttend => "Did not attend",
        _ => attendance.ToString(),
    };

    public static string Round(CircleRoundKind kind) => kind switch
    {
        CircleRoundKind.Opening => "Opening",
        CircleRoundKind.CheckIn => "Check-in round",
        CircleRoundKind.Agreements => "Agreements (ground rules)",
        CircleRoundKind.Discussion => "Discussion round",
        CircleRoundKind.CheckOut => "Check-out round",
        CircleRoundKind.Closing => "Closing",
        _ => kind.ToString(),
    };

    public static string Invitation(InvitationStatus status) => status switch
    {
        InvitationStatus.ToInvite => "To invite",
        InvitationStatus.Invited => "Invited",
        InvitationStatus.Accepted => "Accepted",
        InvitationStatus.Declined => "Declined",
        InvitationStatus.NotInvited => "Not invited",
        _ => status.ToString(),
    };

    public static string InvitationColour(InvitationStatus status) => status switch
    {
        InvitationStatus.Accepted => "green",
        InvitationStatus.Declined => "red",
        InvitationStatus.NotInvited => "grey",
        InvitationStatus.Invited => "blue",
        _ => "yellow",
    };

    public static string ChildWay(ChildParticipationWay way) => way switch
    {
        ChildParticipationWay.Attends => "Attends the conference",
        ChildParticipationWay.AdvocateSpeaksForThem => "An advocate speaks for them",
        ChildParticipationWay.WrittenViews => "Written views",
        ChildParticipationWay.RecordedViews => "Recorded views (audio or video)",
        _ => way.ToString(),
    };

    public static string StageColour(ConferenceStage stage) => stage switch
    {
        ConferenceStage.PlanAgreed or ConferenceStage.Reviewed => "green",
        ConferenceStage.PlanNotAgreed => "red",
        ConferenceStage.Closed or ConferenceStage.Withdrawn => "grey",
        ConferenceStage.ReviewScheduled => "purple",
        _ => "blue",
    };

    public static string Offer(OfferMethod method) => method switch
    {
        OfferMethod.InPerson => "In person",
        OfferMethod.Letter => "By letter",
        OfferMethod.Phone => "By phone",
        OfferMethod.Email => "By email",
        OfferMethod.AtMeeting => "At a meeting",
        _ => method.ToString(),
    };

    public static string Response(OfferResponse response) => response switch
    {
        OfferResponse.AwaitingResponse => "Awaiting a response",
        OfferResponse.Accepted => "Accepted",
        OfferResponse.Declined => "Declined",
        OfferResponse.NoResponse => "No response",
        _ => response.ToString(),
    };

    /// <summary>One item per non-empty line, for lists typed into a textarea (worries, questions).</summary>
    public static IReadOnlyList<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
