namespace FamilyFirst.Web.Infrastructure.Notifications;

public enum NotificationSenderKind
{
    /// <summary>Nothing is sent: messages stay in the outbox, readable by administrators.</summary>
    OutboxOnly,

    /// <summary>Emails are sent through an SMTP server.</summary>
    Smtp,
}

public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public NotificationSenderKind Sender { get; set; } = NotificationSenderKind.OutboxOnly;

    public bool DispatcherEnabled { get; set; } = true;

    public int PollSeconds { get; set; } = 10;

    public int MaxAttempts { get; set; } = 8;

    /// <summary>How many messages one pass of the dispatcher claims.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claimed message belongs to one node before another may take it over.</summary>
    public int LeaseSeconds { get; set; } = 300;

    /// <summary>The longest wait between attempts, in minutes.</summary>
    public int MaxBackoffMinutes { get; set; } = 60;

    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public string From { get; set; } = string.Empty;

    public bool UseTls { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }
}
