namespace FamilyFirst.Web.Infrastructure.Jobs;

/// <summary>
/// Claims and releases a <see cref="ScheduledJobRun"/>. A claim is one UPDATE that matches only a row whose
/// lease has expired (and, for a daily run, whose last run is before the day): whichever node's UPDATE
/// reaches the row first owns the run, and the other's condition no longer matches.
/// </summary>
public sealed class ScheduledJobLease(AppDbContext db, TimeProvider time)
{
    /// <summary>
    /// Takes the job for <paramref name="node"/> for <paramref name="leaseFor"/>. With
    /// <paramref name="notYetRunOn"/>, only when the job has not already completed for that day.
    /// </summary>
    public async Task<bool> TryClaimAsync(string jobName, string node, TimeSpan leaseFor, DateOnly? notYetRunOn, CancellationToken cancellationToken)
    {
        await EnsureRowAsync(jobName, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var leaseUntil = now + leaseFor;
        var claimable = db.ScheduledJobRuns.Where(j => j.JobName == jobName && (j.LeaseExpiresAtUtc == null || j.LeaseExpiresAtUtc < now));
        if (notYetRunOn is { } day)
        {
            claimable = claimable.Where(j => j.LastRunDate == null || j.LastRunDate < day);
        }

        var claimed = await claimable.ExecuteUpdateAsync(
            s => s.SetProperty(j => j.LeaseOwner, node)
                .SetProperty(j => j.LeaseExpiresAtUtc, leaseUntil)
                .SetProperty(j => j.LastStartedAtUtc, now),
            cancellationToken);
        return claimed == 1;
    }

    /// <summary>
    /// Releases the job. With <paramref name="completedFor"/>, records that day as run (never moving the
    /// last run date backwards); without it the run failed and the day stays due.
    /// </summary>
    public async Task ReleaseAsync(string jobName, string node, DateOnly? completedFor, string outcome, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var summary = outcome.Length > 2000 ? outcome[..2000] : outcome;
        var mine = db.ScheduledJobRuns.Where(j => j.JobName == jobName && j.LeaseOwner == node);
        if (completedFor is { } day)
        {
            await mine.ExecuteUpdateAsync(
                s => s.SetProperty(j => j.LeaseOwner, (string?)null)
                    .SetProperty(j => j.LeaseExpiresAtUtc, (DateTime?)null)
                    .SetProperty(j => j.LastCompletedAtUtc, now)
                    .SetProperty(j => j.LastOutcome, summary)
                    .SetProperty(j => j.LastRunDate, j => j.LastRunDate == null || j.LastRunDate < day ? day : j.LastRunDate),
                cancellationToken);
        }
        else
        {
            await mine.ExecuteUpdateAsync(
                s => s.SetProperty(j => j.LeaseOwner, (string?)null)
                    .SetProperty(j => j.LeaseExpiresAtUtc, (DateTime?)null)
                    .SetProperty(j => j.LastOutcome, summary),
                cancellationToken);
        }
    }

    private async Task EnsureRowAsync(string jobName, CancellationToken cancellationToken)
    {
        if (await db.ScheduledJobRuns.AsNoTracking().AnyAsync(j => j.JobName == jobName, cancellationToken))
        {
            return;
        }

        var row = new ScheduledJobRun { JobName = jobName };
        db.ScheduledJobRuns.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node added it first: the row is there either way.
        }
        finally
        {
            db.Entry(row).State = EntityState.Detached;
        }
    }
}
