namespace FamilyFirst.Web.Data;

public enum NotificationChannel
{
    Email,
    TextMessage,
}

public enum OutboxStatus
{
    Queued,
    Sending,
    Sent,
    Failed,
}

/// <summary>
/// One email or text message waiting to be sent, or already sent. Written in the same transaction as the
/// change that caused it, then sent by <see cref="OutboxDispatcher"/>.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public required string Recipient { get; set; }

    public NotificationChannel Channel { get; set; }

    /// <summary>The name of a template in <see cref="NotificationTemplates"/>.</summary>
    public required string Template { get; set; }

    /// <summary>The template's personalisation: a JSON object of strings.</summary>
    public required string Personalisation { get; set; }

    /// <summary>The kind of record the message concerns (for example "Enquiry"), if any.</summary>
    public string? RegardingType { get; set; }

    public string? RegardingId { get; set; }

    /// <summary>When set, no second message with the same key is ever queued.</summary>
    public string? DeduplicationKey { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Queued;

    public int Attempts { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public string? LastError { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAtUtc { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }
}
