using FamilyFirst.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Notifications;

/// <summary>
/// Sends the outbox. Each pass claims due messages with a lease in the database (one UPDATE that only
/// matches unclaimed rows), then sends the rows this node owns, so two nodes never send the same message.
/// A failure is retried with exponential backoff until <see cref="NotificationOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class OutboxDispatcher : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<NotificationOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxDispatcher> _logger;

    public OutboxDispatcher(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider time, ILogger<OutboxDispatcher> logger, string? nodeId = null)
    {
        _scopes = scopes;
        _options = options;
        _time = time;
        _logger = logger;
        NodeId = nodeId ?? $"{Environment.MachineName}-{Guid.NewGuid():N}";
    }

    /// <summary>This node's name in <see cref="OutboxMessage.LeaseOwner"/>.</summary>
    public string NodeId { get; }

    /// <summary>The wait before attempt number <paramref name="attempts"/> + 1: 1 minute, 2, 4, ... up to the cap.</summary>
    public static TimeSpan Backoff(int attempts, int maxMinutes)
    {
        var minutes = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        return TimeSpan.FromMinutes(Math.Min(minutes, maxMinutes));
    }

    /// <summary>One pass: claims the due messages, sends them and records the outcome. Returns how many were sent.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var options = _options.Value;
        await using var scope = _scopes.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<INotificationSender>();
        if (!sender.Delivers)
        {
            return 0;
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var secrets = scope.ServiceProvider.GetRequiredService<OutboxSecrets>();
        var now = _time.GetUtcNow().UtcDateTime;
        var leaseUntil = now.AddSeconds(options.LeaseSeconds);

        // Candidates first, then one UPDATE that re-checks they are still unclaimed: whichever node's
        // UPDATE reaches a row first owns it; the other's condition no longer matches.
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Queued && m.NextAttemptAtUtc <= now && (m.LeaseExpiresAtUtc == null || m.LeaseExpiresAtUtc < now))
                || (m.Status == OutboxStatus.Sending && m.LeaseExpiresAtUtc < now))
            .OrderBy(m => m.NextAttemptAtUtc)
            .Select(m => m.Id)
            .Take(options.BatchSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return 0;
        }

        await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id))
            .Where(m => (m.Status == OutboxStatus.Queued && m.NextAttemptAtUtc <= now && (m.LeaseExpiresAtUtc == null || m.LeaseExpiresAtUtc < now))
                || (m.Status == OutboxStatus.Sending && m.LeaseExpiresAtUtc < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Status, OutboxStatus.Sending)
                    .SetProperty(m => m.LeaseOwner, NodeId)
                    .SetProperty(m => m.LeaseExpiresAtUtc, leaseUntil),
                cancellationToken);

        using var pass = OutboxTelemetry.Source.StartActivity("outbox dispatch");
        var claimed = await db.OutboxMessages
            .Where(m => candidates.Contains(m.Id) && m.Status == OutboxStatus.Sending && m.LeaseOwner == NodeId)
            .ToListAsync(cancellationToken);
        pass?.SetTag("familyfirst.outbox.claimed", claimed.Count);

        var sent = 0;
        foreach (var message in claimed)
        {
            using var span = OutboxTelemetry.Source.StartActivity("outbox send");
            span?.SetTag("familyfirst.outbox.channel", message.Channel.ToString()).SetTag("familyfirst.outbox.template", message.Template);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                var reference = await sender.SendAsync(secrets.RenderForSending(message), cancellationToken);
                OutboxTelemetry.Attempted(span, message.Channel, "sent", System.Diagnostics.Stopwatch.GetElapsedTime(started));
                message.Status = OutboxStatus.Sent;
                // Sent: the link or code is the recipient's alone now.
                OutboxSecrets.Redact(message);
                message.SentAtUtc = _time.GetUtcNow().UtcDateTime;
                message.Attempts++;
                message.LastError = null;
                db.OutboxAttempts.Add(new OutboxAttempt
                {
                    OutboxMessageId = message.Id,
                    AttemptedAtUtc = message.SentAtUtc.Value,
                    Node = NodeId,
                    Outcome = OutboxAttemptOutcome.Sent,
                    ProviderReference = reference is { Length: > 200 } ? reference[..200] : reference,
                });
                sent++;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                message.Status = OutboxStatus.Queued;
                message.LeaseOwner = null;
                message.LeaseExpiresAtUtc = null;
                await db.SaveChangesAsync(CancellationToken.None);
                throw;
            }
            catch (Exception ex)
            {
                message.Attempts++;
                message.LastError = Describe(ex);
                var permanent = ex is PermanentNotificationException or ArgumentException;
                var failedNow = _time.GetUtcNow().UtcDateTime;
                if (permanent || message.Attempts >= options.MaxAttempts)
                {
                    message.Status = OutboxStatus.Failed;
                }
                else
                {
                    message.Status = OutboxStatus.Queued;
                    message.NextAttemptAtUtc = failedNow + Backoff(message.Attempts, options.MaxBackoffMinutes);
                }

                OutboxTelemetry.Attempted(span, message.Channel, message.Status == OutboxStatus.Failed ? "failed" : "retry", System.Diagnostics.Stopwatch.GetElapsedTime(started), ex);

                db.OutboxAttempts.Add(new OutboxAttempt
                {
                    OutboxMessageId = message.Id,
                    AttemptedAtUtc = failedNow,
                    Node = NodeId,
                    Outcome = message.Status == OutboxStatus.Failed ? OutboxAttemptOutcome.Failed : OutboxAttemptOutcome.WillRetry,
                    Error = message.LastError,
                });

                AttemptFailed(_logger, message.Id, message.Attempts, ex.GetType().Name);
            }

            message.LeaseOwner = null;
            message.LeaseExpiresAtUtc = null;
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return sent;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Value.DispatcherEnabled)
        {
            return;
        }

        await PeriodicPasses.RunAsync(TimeSpan.FromSeconds(Math.Max(1, _options.Value.PollSeconds)), _time, DispatchDueAsync, ex => PassFailed(_logger, ex.GetType().Name), stoppingToken);
    }

    private static string Describe(Exception ex)
    {
        var text = $"{ex.GetType().Name}: {ex.Message}";
        return text.Length > 2000 ? text[..2000] : text;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} attempt {Attempts} failed: {Error}")]
    private static partial void AttemptFailed(ILogger logger, Guid messageId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outbox dispatcher's pass failed: {Error}")]
    private static partial void PassFailed(ILogger logger, string error);
}
