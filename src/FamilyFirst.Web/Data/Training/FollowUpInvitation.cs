using System.Security.Cryptography;
using System.Text;

namespace FamilyFirst.Web.Data.Training;

/// <summary>
/// The one-time link to the three-month follow-up, sent once per completed booking by the daily job
/// (<see cref="Pages.Training.TrainingFollowUpSource"/>). Only the SHA-256 hash of the link's token is kept (the link
/// itself is sealed in the outbox until sent); the booking is known only so the link is sent once and answered once.
/// The answer (<see cref="Domain.Training.FollowUpResponse"/>) is stored with no link back to it.
/// </summary>
public sealed class FollowUpInvitation
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid BookingId { get; set; }

    /// <summary>Lower-case hex SHA-256 of the token in the link.</summary>
    public string TokenHash { get; set; } = string.Empty;

    /// <summary>The last day the link works, on the council's date.</summary>
    public DateOnly ExpiresOn { get; set; }

    /// <summary>Set when the answer is saved; checked in the same save, so a link answered twice at once keeps one answer.</summary>
    public bool Answered { get; set; }

    /// <summary>A new invitation and the token for its link (128 random bits, URL-safe).</summary>
    public static (FollowUpInvitation Invitation, string Token) For(Guid sessionId, Guid bookingId, DateOnly expiresOn)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new FollowUpInvitation { Id = Guid.NewGuid(), SessionId = sessionId, BookingId = bookingId, TokenHash = Hash(token), ExpiresOn = expiresOn }, token);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
