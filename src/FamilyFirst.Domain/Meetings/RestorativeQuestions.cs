namespace FamilyFirst.Domain.Meetings;

/// <summary>The IIRP restorative questions, offered as prompts in circles and restorative meetings.</summary>
public static class RestorativeQuestions
{
    /// <summary>Asked of the person who caused harm.</summary>
    public static IReadOnlyList<string> ToPersonWhoCausedHarm { get; } =
    [
        "What happened?",
        "What were you thinking at the time?",
        "What have you thought about since?",
        "Who has been affected by what you have done? In what way?",
        "What do you think you need to do to make it right?",
    ];

    /// <summary>Asked of those who were harmed.</summary>
    public static IReadOnlyList<string> ToThoseHarmed { get; } =
    [
        "What did you think when you realised what had happened?",
        "What impact has this had on you and others?",
        "What has been the hardest thing for you?",
        "What do you think needs to happen to make things right?",
    ];

    /// <summary>
    /// The prompts worth offering for a round. Discussion rounds of a responsive circle or a restorative
    /// meeting use the restorative questions; other rounds (check-in, check-out) are the keeper's own words.
    /// </summary>
    public static IReadOnlyList<string> PromptsFor(MeetingType type, CircleRoundKind round)
    {
        var restorative = type is MeetingType.ResponsiveCircle
            or MeetingType.RestorativeConference
            or MeetingType.RestorativeConversation;

        return restorative && round == CircleRoundKind.Discussion
            ? [.. ToPersonWhoCausedHarm, .. ToThoseHarmed]
            : [];
    }
}
