using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Impact;

/// <summary>
/// Takes the queued snapshots of the impact report in the background (ADR 0034), on any number of nodes. Each pass claims
/// one due job at a time with a lease, as the outbox does (ADR 0005): one UPDATE that matches the job only while it is
/// claimable (<see cref="ImpactSnapshotJob.ClaimableAt"/>), so whichever node's UPDATE lands first owns it. The owner starts
/// an attempt, computes the report from the same stream as the live report, writes its progress every
/// <see cref="ImpactSnapshotOptions.ProgressSeconds"/> (renewing the lease in the same UPDATE), and stores the snapshot and
/// completes the job in one save. A job whose node stopped is claimed again once its lease lapses; a failed attempt is
/// retried after <see cref="ImpactSnapshotOptions.RetrySeconds"/> until <see cref="ImpactSnapshotOptions.MaxAttempts"/>.
/// </summary>
public sealed partial class ImpactSnapshotWorker : BackgroundService
{
    private readonly IServiceScopeFactory _scopes;
    private readonly IOptions<ImpactSnapshotOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<ImpactSnapshotWorker> _logger;

    public ImpactSnapshotWorker(IServiceScopeFactory scopes, IOptions<ImpactSnapshotOptions> options, TimeProvider time, ILogger<ImpactSnapshotWorker> logger, string? nodeId = null)
    {
        _scopes = scopes;
        _options = options;
        _time = time;
        _logger = logger;
        NodeId = nodeId ?? $"{Environment.MachineName}-{Guid.NewGuid():N}";
    }

    /// <summary>This node's name, the start of every claim it makes (<see cref="ImpactSnapshotJob.LeaseOwner"/>).</summary>
    public string NodeId { get; }

    /// <summary>
    /// One pass: claims and runs every due job, each at most once in the pass. Returns how many snapshots it stored.
    /// </summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken)
    {
        var tried = new List<Guid>();
        var stored = 0;
        while (await RunNextAsync(tried, cancellationToken) is { } outcome)
        {
            tried.Add(outcome.JobId);
            if (outcome.Stored)
            {
                stored++;
            }
        }

        return stored;
    }

    /// <summary>Claims one due job not in <paramref name="skip"/> and runs it; null when there is none to claim.</summary>
    private async Task<(Guid JobId, bool Stored)?> RunNextAsync(List<Guid> skip, CancellationToken cancellationToken)
    {
        var options = _options.Value;
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var claim = $"{NodeId}/{Guid.NewGuid():N}";
        var job = await ClaimAsync(db, claim, skip, cancellationToken);
        if (job is null)
        {
            return null;
        }

        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var now = _time.GetUtcNow().UtcDateTime;
        var started = job.Start(claim, now, now.AddSeconds(options.LeaseSeconds), options.MaxAttempts);
        if (!started.Succeeded)
        {
            // Its attempts were used up by nodes that stopped part way: the job is failed now, with the reason.
            if (!job.IsActive)
            {
                audit.Record(AuditAction.Change, ImpactSnapshots.JobRecordType, job.Id.ToString(), detail: "Impact report snapshot request failed: " + job.LastError);
            }

            await SaveClaimedAsync(db, CancellationToken.None);
            return (job.Id, false);
        }

        if (!await SaveClaimedAsync(db, cancellationToken))
        {
            return (job.Id, false);
        }

        var progress = new LeasedProgress(db, job, claim, _time, options);
        try
        {
            await scope.ServiceProvider.GetRequiredService<ImpactSnapshots>().StoreAsync(job, progress, cancellationToken);
            Stored(_logger, job.Id, job.FamiliesTotal ?? 0, job.Attempts);
            return (job.Id, true);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the job waits for the next worker, and this attempt does not count.
            if (await ReloadAsync(db, job.Id, claim) is { } interrupted && interrupted.Interrupted(_time.GetUtcNow().UtcDateTime).Succeeded)
            {
                await SaveClaimedAsync(db, CancellationToken.None);
            }

            throw;
        }
        catch (Exception ex) when (ex is LeaseLostException or DbUpdateConcurrencyException)
        {
            // Another worker took the job over after this one's lease lapsed: it is theirs now; nothing of this attempt is kept.
            LeaseLost(_logger, job.Id);
            return (job.Id, false);
        }
        catch (Exception ex)
        {
            var reason = Describe(ex);
            AttemptFailed(_logger, job.Id, job.Attempts, ex.GetType().Name);
            if (await ReloadAsync(db, job.Id, claim) is not { } failed)
            {
                return (job.Id, false);
            }

            failed.AttemptFailed(reason, _time.GetUtcNow().UtcDateTime, options.MaxAttempts, TimeSpan.FromSeconds(options.RetrySeconds));
            audit.Record(
                AuditAction.Change,
                ImpactSnapshots.JobRecordType,
                failed.Id.ToString(),
                detail: failed.IsActive ? $"Impact report snapshot attempt {failed.Attempts} failed; it will be tried again" : "Impact report snapshot request failed: " + failed.LastError);
            await SaveClaimedAsync(db, CancellationToken.None);
            return (job.Id, false);
        }
    }

    /// <summary>Claims the first due job (oldest request first) for <paramref name="claim"/>, and loads it; null when none is due.</summary>
    private async Task<ImpactSnapshotJob?> ClaimAsync(AppDbContext db, string claim, List<Guid> skip, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        var leaseUntil = now.AddSeconds(_options.Value.LeaseSeconds);
        var claimable = ImpactSnapshotJob.ClaimableAt(now);

        // Candidates first, then one UPDATE per candidate that re-checks it is still claimable: whichever node's UPDATE
        // reaches the row first owns it; the other's condition no longer matches, and it tries the next.
        var candidates = await db.ImpactSnapshotJobs.AsNoTracking()
            .Where(claimable)
            .Where(j => !skip.Contains(j.Id))
            .OrderBy(j => j.RequestedAtUtc)
            .Select(j => j.Id)
            .Take(10)
            .ToListAsync(cancellationToken);
        foreach (var id in candidates)
        {
            var claimed = await db.ImpactSnapshotJobs
                .Where(j => j.Id == id)
                .Where(claimable)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.LeaseOwner, claim).SetProperty(j => j.LeaseExpiresAtUtc, leaseUntil), cancellationToken);
            if (claimed == 1)
            {
                return await db.ImpactSnapshotJobs.FirstOrDefaultAsync(j => j.Id == id && j.LeaseOwner == claim, cancellationToken);
            }
        }

        return null;
    }

    /// <summary>Saves a change to a claimed job; false when the claim is no longer this worker's (nothing is saved).</summary>
    private static async Task<bool> SaveClaimedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>The job, afresh, when the claim is still this worker's: what the failed attempt left in the context is dropped.</summary>
    private static async Task<ImpactSnapshotJob?> ReloadAsync(AppDbContext db, Guid id, string claim)
    {
        db.ChangeTracker.Clear();
        return await db.ImpactSnapshotJobs.FirstOrDefaultAsync(j => j.Id == id && j.LeaseOwner == claim, CancellationToken.None);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Value.WorkerEnabled)
        {
            return;
        }

        await PeriodicPasses.RunAsync(TimeSpan.FromSeconds(Math.Max(1, _options.Value.PollSeconds)), _time, RunDueAsync, ex => PassFailed(_logger, ex.GetType().Name), stoppingToken);
    }

    private static string Describe(Exception ex)
    {
        var text = $"{ex.GetType().Name}: {ex.Message}";
        return text.Length > 1500 ? text[..1500] : text;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Impact snapshot job {JobId} stored, {Families} families, attempt {Attempts}")]
    private static partial void Stored(ILogger logger, Guid jobId, int families, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Impact snapshot job {JobId} attempt {Attempts} failed: {Error}")]
    private static partial void AttemptFailed(ILogger logger, Guid jobId, int attempts, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Impact snapshot job {JobId} was taken over by another worker after this one's lease lapsed")]
    private static partial void LeaseLost(ILogger logger, Guid jobId);

    [LoggerMessage(Level = LogLevel.Error, Message = "The impact snapshot worker's pass failed: {Error}")]
    private static partial void PassFailed(ILogger logger, string error);

    /// <summary>
    /// Writes a running job's progress straight to its row every so often, renewing the lease in the same UPDATE, which only
    /// matches while the claim is still this worker's; when it no longer is, the attempt stops.
    /// </summary>
    private sealed class LeasedProgress(AppDbContext db, ImpactSnapshotJob job, string claim, TimeProvider time, ImpactSnapshotOptions options) : IImpactProgress
    {
        private long? _lastWritten;

        public async ValueTask ReportAsync(int done, int total, CancellationToken cancellationToken)
        {
            var at = time.GetTimestamp();
            if (_lastWritten is { } last && time.GetElapsedTime(last, at) < TimeSpan.FromSeconds(options.ProgressSeconds))
            {
                return;
            }

            _lastWritten = at;
            var recorded = job.Progress(done, total);
            if (!recorded.Succeeded)
            {
                throw new InvalidOperationException(recorded.Error);
            }

            var leaseUntil = time.GetUtcNow().UtcDateTime.AddSeconds(options.LeaseSeconds);
            var id = job.Id;
            var written = await db.ImpactSnapshotJobs
                .Where(j => j.Id == id && j.LeaseOwner == claim && j.Status == ImpactSnapshotJobStatus.Running)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(j => j.FamiliesDone, done).SetProperty(j => j.FamiliesTotal, total).SetProperty(j => j.LeaseExpiresAtUtc, leaseUntil),
                    cancellationToken);
            if (written == 0)
            {
                throw new LeaseLostException();
            }
        }
    }

    /// <summary>The job's claim is no longer this worker's.</summary>
    private sealed class LeaseLostException : Exception
    {
        public LeaseLostException()
            : base("The snapshot's lease was taken over by another worker.")
        {
        }
    }
}
