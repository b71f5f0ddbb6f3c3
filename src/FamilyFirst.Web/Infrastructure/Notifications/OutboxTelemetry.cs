using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace FamilyFirst.Web.Infrastructure.Notifications;

/// <summary>
/// The outbox dispatcher's traces and metrics: a span for each pass that claims messages ("outbox dispatch") and for each
/// send ("outbox send", with the channel, the template's name and the outcome), and counts and durations of sends by
/// channel and outcome. Never the recipient, the message, its fields or the provider's answer.
/// </summary>
public static class OutboxTelemetry
{
    public const string Name = "FamilyFirst.Outbox";

    public static ActivitySource Source { get; } = new(Name);

    private static readonly Meter Meter = new(Name);

    private static readonly Counter<long> Sends = Meter.CreateCounter<long>(
        "familyfirst.outbox.sends", "{message}", "Attempts to send an outbox message, by channel and outcome (sent, retry, failed).");

    private static readonly Histogram<double> SendDuration = Meter.CreateHistogram<double>(
        "familyfirst.outbox.send.duration", "s", "How long one attempt to hand a message to the provider took.");

    /// <summary>Counts one attempt and tags its span: <paramref name="outcome"/> is sent, retry or failed.</summary>
    public static void Attempted(Activity? span, NotificationChannel channel, string outcome, TimeSpan took, Exception? error = null)
    {
        var tags = new TagList { { "channel", channel.ToString() }, { "outcome", outcome } };
        Sends.Add(1, tags);
        SendDuration.Record(took.TotalSeconds, tags);
        span?.SetTag("familyfirst.outbox.outcome", outcome);
        if (error is not null)
        {
            // The exception's type only: a provider's message can quote the recipient.
            span?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
        }
    }
}
