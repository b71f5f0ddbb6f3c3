using FamilyFirst.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Notifications.Reminders;

/// <summary>What one run of the reminders job did.</summary>
public sealed record ReminderRunResult(DateOnly Day, bool Ran, int Queued, int AlreadyQueued, IReadOnlyList<string> Failures)
{
    public bool Succeeded => Ran && Failures.Count == 0;

    public string Summary => Ran
        ? $"Reminders for {Day:yyyy-MM-dd}: {Queued} queued, {AlreadyQueued} already queued before" + (Failures.Count == 0 ? "." : $", {Failures.Count} failed: {string.Join(" ", Failures)}")
        : $"Reminders for {Day:yyyy-MM-dd} did not run: another node is running them, or they have already run.";
}

/// <summary>
/// The daily reminders job. Once a day (from <see cref="ReminderOptions.RunFromHour"/> in the council's time
/// zone) one node claims the day's run through <see cref="ScheduledJobLease"/>, asks every
/// <see cref="IReminderSource"/> what is due, and queues each reminder through <see cref="NotificationOutbox"/>.
/// A reminder whose deduplication key is already in the outbox is never queued again, whichever node, day
/// or run it comes from. <c>reminders run [--date yyyy-MM-dd]</c> runs the same job from a scheduler.
/// </summary>
public sealed partial class ReminderJob : BackgroundService
{
    public const string JobName = "reminders";

    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<NotificationOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ReminderJob> _logger;

    public ReminderJob(IServiceScopeFactory scopes, IOptions<NotificationOptions> options, TimeProvider time, ILogger<ReminderJob> logger, string? nodeId = null)
    {
        _scopes = scopes;
        _options = options;
        _time = time;
        _logger = logger;
        NodeId = nodeId ?? $"{Environment.MachineName}-{Guid.NewGuid():N}";
    }

    /// <summary>This node's name in <see cref="ScheduledJobRun.LeaseOwner"/>.</summary>
    public string NodeId { get; }

    /// <summary>Today in the council's time zone.</summary>
    public DateOnly Today() => _time.Today;

    /// <summary>
    /// The background path: runs today's reminders if it is past the hour they go out, they have not yet
    /// completed today, and no other node is running them. Returns null when nothing was due.
    /// </summary>
    public async Task<ReminderRunResult?> RunIfDueAsync(CancellationToken cancellationToken)
    {
        var options = _options.Value.Reminders;
        var now = LocalNow();
        if (now.Hour < options.RunFromHour)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(now);
        return await RunClaimedAsync(today, notYetRunOn: today, cancellationToken) is { Ran: true } result ? result : null;
    }

    /// <summary>
    /// The command-line path: runs the reminders for <paramref name="day"/> now, even if they have run that
    /// day already (nothing is queued twice), unless another node is running them at this moment.
    /// </summary>
    public Task<ReminderRunResult> RunAsync(DateOnly day, CancellationToken cancellationToken) =>
        RunClaimedAsync(day, notYetRunOn: null, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Value.Reminders.Enabled)
        {
            return;
        }

        await PeriodicPasses.RunAsync(TimeSpan.FromMinutes(Math.Max(1, _options.Value.Reminders.PollMinutes)), _time, RunIfDueAsync, ex => JobFailed(_logger, ex.GetType().Name), stoppingToken);
    }

    private async Task<ReminderRunResult> RunClaimedAsync(DateOnly day, DateOnly? notYetRunOn, CancellationToken cancellationToken)
    {
        var leaseFor = TimeSpan.FromMinutes(Math.Max(1, _options.Value.Reminders.LeaseMinutes));
        await using (var scope = _scopes.CreateAsyncScope())
        {
            var lease = new ScheduledJobLease(scope.ServiceProvider.GetRequiredService<AppDbContext>(), _time);
            if (!await lease.TryClaimAsync(JobName, NodeId, leaseFor, notYetRunOn, cancellationToken))
            {
                return new ReminderRunResult(day, false, 0, 0, []);
            }
        }

        ReminderRunResult result;
        try
        {
            result = await QueueDueAsync(day, cancellationToken);
        }
        catch (Exception ex)
        {
            await ReleaseAsync(null, $"Failed: {ex.GetType().Name}");
            throw;
        }

        await ReleaseAsync(result.Succeeded ? day : null, result.Summary);
        Queued(_logger, day, result.Queued, result.AlreadyQueued, result.Failures.Count);

        return result;
    }

    private async Task ReleaseAsync(DateOnly? completedFor, string outcome)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var lease = new ScheduledJobLease(scope.ServiceProvider.GetRequiredService<AppDbContext>(), _time);
        await lease.ReleaseAsync(JobName, NodeId, completedFor, outcome, CancellationToken.None);
    }

    private async Task<ReminderRunResult> QueueDueAsync(DateOnly day, CancellationToken cancellationToken)
    {
        var queued = 0;
        var alreadyQueued = 0;
        var failures = new List<string>();

        await using var sourcesScope = _scopes.CreateAsyncScope();
        foreach (var source in sourcesScope.ServiceProvider.GetServices<IReminderSource>())
        {
            IReadOnlyList<Reminder> due;
            try
            {
                due = await source.GetDueAsync(day, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One broken source does not stop the others; the day stays due, so the next pass tries again.
                failures.Add($"The {source.Name} source failed ({ex.GetType().Name}).");
                SourceFailed(_logger, source.Name, ex.GetType().Name);
                continue;
            }

            foreach (var reminder in due)
            {
                switch (await QueueOneAsync(reminder, cancellationToken))
                {
                    case QueueOutcome.Queued:
                        queued++;
                        break;
                    case QueueOutcome.AlreadyQueued:
                        alreadyQueued++;
                        break;
                    case QueueOutcome.Invalid invalid:
                        failures.Add($"A {source.Name} reminder ({reminder.DeduplicationKey}) could not be queued: {invalid.Reason}");
                        break;
                }
            }
        }

        return new ReminderRunResult(day, true, queued, alreadyQueued, failures);
    }

    /// <summary>Each reminder in its own transaction, so one bad reminder or a race on a key loses nothing else.</summary>
    private async Task<QueueOutcome> QueueOneAsync(Reminder reminder, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reminder.DeduplicationKey))
        {
            return new QueueOutcome.Invalid("it has no deduplication key.");
        }

        await using var scope = _scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<NotificationOutbox>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        try
        {
            var message = await outbox.QueueAsync(
                reminder.Recipient, reminder.Channel, reminder.Template, reminder.Personalisation,
                reminder.RegardingType, reminder.RegardingId, reminder.DeduplicationKey, cancellationToken);
            if (message is null)
            {
                return new QueueOutcome.AlreadyQueued();
            }

            foreach (var record in reminder.SaveWith)
            {
                db.Add(record);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new QueueOutcome.Queued();
        }
        catch (ArgumentException ex)
        {
            return new QueueOutcome.Invalid(ex.Message);
        }
        catch (DbUpdateException)
        {
            // Another run stored the same key between our check and our save: the unique index kept it single.
            if (await KeyExistsAsync(reminder.DeduplicationKey, cancellationToken))
            {
                return new QueueOutcome.AlreadyQueued();
            }

            throw;
        }
    }

    private async Task<bool> KeyExistsAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AnyAsync(m => m.DeduplicationKey == key, cancellationToken);
    }

    private DateTime LocalNow() => _time.LocalNow.DateTime;

    private abstract record QueueOutcome
    {
        public sealed record Queued : QueueOutcome;

        public sealed record AlreadyQueued : QueueOutcome;

        public sealed record Invalid(string Reason) : QueueOutcome;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The reminders job failed: {Error}")]
    private static partial void JobFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders for {Day}: {Queued} queued, {AlreadyQueued} already queued, {Failed} failed")]
    private static partial void Queued(ILogger logger, DateOnly day, int queued, int alreadyQueued, int failed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminder source {Source} failed: {Error}")]
    private static partial void SourceFailed(ILogger logger, string source, string error);
}
