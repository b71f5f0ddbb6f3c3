namespace FamilyFirst.Domain.Meetings;

/// <summary>The kinds of meeting held with a family, from an informal restorative conversation to a formal conference.</summary>
public enum MeetingType
{
    RestorativeConversation,
    ProactiveCircle,
    ResponsiveCircle,
    RestorativeConference,
    FamilyGroupConference,
    FamilyGroupConferenceReview,
    ProfessionalsMeeting,
}

/// <summary>Who a participant is to the family: a family member, someone from the family's network, or a professional.</summary>
public enum ParticipantKind
{
    Family,
    Network,
    Professional,
}

/// <summary>Whether a participant came to the meeting.</summary>
public enum Attendance
{
    NotYetRecorded,
    Attended,
    SentApologies,
    DidNotAttend,
}

/// <summary>The parts of a circle, in the order a keeper usually runs them.</summary>
public enum CircleRoundKind
{
    Opening,
    CheckIn,
    Agreements,
    Discussion,
    CheckOut,
    Closing,
}
