namespace FamilyFirst.Web.Data;

public enum OutboxAttemptOutcome
{
    /// <summary>The sender accepted the message.</summary>
    Sent,

    /// <summary>The attempt failed and the message will be tried again.</summary>
    WillRetry,

    /// <summary>The attempt failed and the message will not be tried again.</summary>
    Failed,
}

/// <summary>One try at sending an <see cref="OutboxMessage"/>: when, by which node, and what happened.</summary>
public sealed class OutboxAttempt
{
    public long Id { get; set; }

    public Guid OutboxMessageId { get; set; }

    public DateTime AttemptedAtUtc { get; set; }

    public required string Node { get; set; }

    public OutboxAttemptOutcome Outcome { get; set; }

    /// <summary>Why the attempt failed, readable by administrators.</summary>
    public string? Error { get; set; }

    /// <summary>The sender's own reference for a sent message (an email's Message-Id, GOV.UK Notify's id).</summary>
    public string? ProviderReference { get; set; }
}
