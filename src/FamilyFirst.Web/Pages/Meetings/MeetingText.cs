using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Meetings;

namespace FamilyFirst.Web.Pages.Meetings;

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
