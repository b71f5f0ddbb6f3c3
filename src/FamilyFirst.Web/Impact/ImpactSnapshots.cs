using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Impact;

/// <summary>
/// Snapshots of the impact report: a manager or analyst asks for one (<see cref="RequestAsync"/>: a queued
/// <see cref="ImpactSnapshotJob"/>, never computed in the request), the <see cref="ImpactSnapshotWorker"/> computes the report
/// in the background and stores its figures (<see cref="StoreAsync"/>), a manager who did not ask for it reviews and approves
/// it for publication. The public page only ever reads the latest approved one. Every step is audited in the same save.
/// The figures are computed from the reporting database; the job and the snapshot are stored in, and read back from, the
/// main one (so they are there at once). ADR 0034.
/// </summary>
public sealed class ImpactSnapshots(
    AppDbContext db, ImpactReportService report, Pages.TrainingReach.TrainingReachData training, AuditTrail audit, TimeProvider clock)
{
    public const string RecordType = nameof(ImpactSnapshot);

    public const string JobRecordType = nameof(ImpactSnapshotJob);

    /// <summary>
    /// Queues a snapshot of <paramref name="cohort"/> for <paramref name="actor"/>, audited in the same save. Refused (with the
    /// job already under way) while a snapshot of the same cohort is queued or running.
    /// </summary>
    public async Task<SnapshotRequest> RequestAsync(ImpactCohort cohort, Actor actor, CancellationToken cancellationToken)
    {
        if (await ActiveForAsync(cohort, cancellationToken) is { } existing)
        {
            return SnapshotRequest.AlreadyUnderWay(existing);
        }

        var job = ImpactSnapshotJob.Request(cohort, actor.UserId ?? Actor.CommandLine.Name, actor.Name, clock.GetUtcNow().UtcDateTime);
        db.ImpactSnapshotJobs.Add(job);
        var entry = audit.Record(AuditAction.Create, JobRecordType, job.Id.ToString(), detail: "Impact report snapshot requested: " + cohort.Describe());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone asked for the same cohort a moment ago: the unique index on the active cohort refused this one.
            if (await ActiveForAsync(cohort, cancellationToken) is not { } raced)
            {
                throw;
            }

            db.Entry(job).State = EntityState.Detached;
            db.Entry(entry).State = EntityState.Detached;
            return SnapshotRequest.AlreadyUnderWay(raced);
        }

        return SnapshotRequest.Queued(job);
    }

    /// <summary>The queued or running job for the cohort, if there is one.</summary>
    public Task<ImpactSnapshotJob?> ActiveForAsync(ImpactCohort cohort, CancellationToken cancellationToken)
    {
        var key = ImpactSnapshotJob.KeyOf(cohort);
        return db.ImpactSnapshotJobs.AsNoTracking().FirstOrDefaultAsync(j => j.ActiveCohortKey == key, cancellationToken);
    }

    /// <summary>
    /// Computes the report for the running <paramref name="job"/> (tracked by this service's context) from the same stream as
    /// the live report, telling <paramref name="progress"/> as it goes, then stores the snapshot, completes the job and audits
    /// both in one save. The save only lands while the job's claim is still this worker's (its lease owner is a concurrency
    /// token): a worker whose lease was taken over gets a <see cref="DbUpdateConcurrencyException"/> and stores nothing.
    /// </summary>
    public async Task<ImpactSnapshot> StoreAsync(ImpactSnapshotJob job, IImpactProgress progress, CancellationToken cancellationToken)
    {
        var cohort = job.Cohort;
        var counted = new Counted(progress);
        var figures = await report.ComputeAsync(cohort, counted, cancellationToken);
        var reach = await training.BuildAsync(cohort.AsAt, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var snapshot = ImpactSnapshot.Take(cohort, ImpactServices.Serialise(figures), job.RequestedByUserId, job.RequestedByName, now, TrainingHeadline.From(reach));
        var completed = job.Complete(snapshot.Id, counted.Total, now);
        if (!completed.Succeeded)
        {
            throw new InvalidOperationException(completed.Error);
        }

        db.ImpactSnapshots.Add(snapshot);
        audit.Record(AuditAction.Create, RecordType, snapshot.Id.ToString(), detail: $"Impact report snapshot taken for {job.RequestedByName}: {cohort.Describe()}");
        audit.Record(AuditAction.Change, JobRecordType, job.Id.ToString(), detail: $"Impact report snapshot request completed after {job.Attempts} {(job.Attempts == 1 ? "attempt" : "attempts")}");
        await db.SaveChangesAsync(cancellationToken);
        return snapshot;
    }

    public async Task<Result> ApproveAsync(Guid id, Actor actor, CancellationToken cancellationToken)
    {
        var snapshot = await db.ImpactSnapshots.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (snapshot is null)
        {
            return Result.Fail("There is no such snapshot");
        }

        var approved = snapshot.Approve(actor.UserId ?? Actor.CommandLine.Name, actor.Name, clock.GetUtcNow().UtcDateTime);
        if (!approved.Succeeded)
        {
            return approved;
        }

        audit.Record(AuditAction.Change, RecordType, snapshot.Id.ToString(), detail: "Impact report snapshot approved for publication");
        await db.SaveChangesAsync(cancellationToken);
        return approved;
    }

    /// <summary>The snapshot most recently approved for publication, or null when none has been.</summary>
    public Task<ImpactSnapshot?> LatestApprovedAsync(CancellationToken cancellationToken) =>
        db.ImpactSnapshots.AsNoTracking().Where(s => s.ApprovedAtUtc != null).OrderByDescending(s => s.ApprovedAtUtc).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Passes progress on, keeping the cohort's size for the completed job.</summary>
    private sealed class Counted(IImpactProgress inner) : IImpactProgress
    {
        public int Total { get; private set; }

        public ValueTask ReportAsync(int done, int total, CancellationToken cancellationToken)
        {
            Total = total;
            return inner.ReportAsync(done, total, cancellationToken);
        }
    }
}

/// <summary>The answer to a request for a snapshot: the job queued, or the one already under way for the same cohort.</summary>
public sealed record SnapshotRequest(ImpactSnapshotJob Job, bool Refused)
{
    public const string AlreadyUnderWayMessage = "A snapshot of this report is already being taken: wait for it to finish";

    public static SnapshotRequest Queued(ImpactSnapshotJob job) => new(job, Refused: false);

    public static SnapshotRequest AlreadyUnderWay(ImpactSnapshotJob existing) => new(existing, Refused: true);
}
