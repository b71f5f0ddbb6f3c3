using System.Security.Cryptography;

namespace FamilyFirst.Web.Data.Training;

/// <summary>
/// The unguessable link a participant is sent to evaluate a session. It knows the booking only so that each
/// participant is asked once and can answer once; the answers themselves (<see cref="Domain.Training.EvaluationResponse"/>)
/// are stored with no link back to it, so they stay anonymous.
/// </summary>
public sealed class EvaluationInvitation
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public Guid BookingId { get; set; }

    /// <summary>128 random bits, URL-safe.</summary>
    public string Token { get; set; } = string.Empty;

    public bool Answered { get; set; }

    public static EvaluationInvitation For(Guid sessionId, Guid bookingId) => new()
    {
        Id = Guid.NewGuid(),
        SessionId = sessionId,
        BookingId = bookingId,
        Token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
    };
}
