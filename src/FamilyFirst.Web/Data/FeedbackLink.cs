using System.Security.Cryptography;

namespace FamilyFirst.Web.Data;

/// <summary>
/// The unguessable link to a meeting's anonymous feedback form (or a conference's). The token is all a
/// participant needs; it says nothing about the family or the meeting.
/// </summary>
public sealed class FeedbackLink
{
    public Guid Id { get; set; }

    /// <summary>The meeting or Family Group Conference the feedback is about.</summary>
    public Guid MeetingId { get; set; }

    public Guid FamilyCaseId { get; set; }

    /// <summary>128 random bits, URL-safe: the link cannot be guessed from another.</summary>
    public string Token { get; set; } = string.Empty;

    public static FeedbackLink For(Guid meetingId, Guid familyCaseId) => new()
    {
        Id = Guid.NewGuid(),
        MeetingId = meetingId,
        FamilyCaseId = familyCaseId,
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
    };
}

/// <summary>The plan the family presented at its conference, in the family's own words, until the family plan feature holds plans.</summary>
public sealed class PresentedPlan
{
    public const int TextMaxLength = 8000;

    public Guid Id { get; set; }

    public Guid ConferenceId { get; set; }

    public string Text { get; set; } = string.Empty;
}
