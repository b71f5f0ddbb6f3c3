namespace FamilyFirst.Web.Infrastructure.Notifications;

public enum NotificationSenderKind
{
    /// <summary>Nothing is sent: messages stay in the outbox, readable by administrators.</summary>
    OutboxOnly,

    /// <summary>Emails are sent through an SMTP server.</summary>
    Smtp,

    /// <summary>Emails and text messages are sent through GOV.UK Notify.</summary>
    Notify,
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

    public NotifyOptions Notify { get; set; } = new();

    public ReminderOptions Reminders { get; set; } = new();
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

/// <summary>GOV.UK Notify: the service's API key, where the API is, and the Notify template for each of ours.</summary>
public sealed class NotifyOptions
{
    public const string DefaultBaseUrl = "https://api.notifications.service.gov.uk/";

    /// <summary>A Notify API key: <c>name-{service id}-{secret}</c>, both parts 36 characters.</summary>
    public string ApiKey { get; set; } = string.Empty;

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Notify template ids by our template names, such as <c>enquiry-confirmation</c>.</summary>
    public Dictionary<string, string> Templates { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The Notify reply-to address id for emails, if not the service's default.</summary>
    public string? EmailReplyToId { get; set; }

    /// <summary>The Notify text message sender id, if not the service's default.</summary>
    public string? SmsSenderId { get; set; }

    /// <summary>How long one request to Notify may take before it counts as failed and is retried.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    public string? TemplateId(string template) =>
        Templates.FirstOrDefault(t => string.Equals(t.Key, template, StringComparison.OrdinalIgnoreCase)).Value is { Length: > 0 } id ? id : null;
}

/// <summary>The daily reminders job.</summary>
public sealed class ReminderOptions
{
    /// <summary>Run the reminders job in this app (turn off where a scheduler runs <c>reminders run</c> instead).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The hour of the council's day from which the day's reminders are queued.</summary>
    public int RunFromHour { get; set; } = 7;

    /// <summary>How often each node checks whether today's run is due.</summary>
    public int PollMinutes { get; set; } = 15;

    /// <summary>How long one node may hold the run before another may take it over.</summary>
    public int LeaseMinutes { get; set; } = 30;

    /// <summary>How many days before an action's date the family member who owns it is reminded (0: on the day).</summary>
    public int PlanActionDueSoonDays { get; set; } = 3;

    /// <summary>How many days before the plan's next review the family members are reminded (0: on the day).</summary>
    public int PlanReviewDueSoonDays { get; set; } = 7;

    /// <summary>The plan reminder windows as the domain takes them.</summary>
    public FamilyFirst.Domain.Plans.PlanReminderWindows PlanWindows() => new(PlanActionDueSoonDays, PlanReviewDueSoonDays);
}
