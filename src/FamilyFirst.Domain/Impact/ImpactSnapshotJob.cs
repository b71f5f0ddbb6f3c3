using System.Globalization;
using System.Linq.Expressions;

namespace FamilyFirst.Domain.Impact;

/// <summary>Where a request for a snapshot of the impact report has got to.</summary>
public enum ImpactSnapshotJobStatus
{
    /// <summary>Waiting for a worker to take it (first, or again after a failed attempt).</summary>
    Queued = 0,

    /// <summary>A worker holds it under a lease and is computing the report.</summary>
    Running = 1,

    /// <summary>The snapshot is stored and waiting for review.</summary>
    Completed = 2,

    /// <summary>Every attempt failed; the reason is kept.</summary>
    Failed = 3,
}

/// <summary>
/// A request for a snapshot of the impact report, worked through in the background (ADR 0034): queued by the person who
/// asked, taken by a worker under a lease (<see cref="Start"/>), and finished with the snapshot stored
/// (<see cref="Complete"/>) or, after <c>maxAttempts</c> failed attempts, as failed with the reason
/// (<see cref="AttemptFailed"/>). While it is queued or running it holds <see cref="ActiveCohortKey"/>, which is unique,
/// so the same cohort is never being worked out twice at once.
/// </summary>
public sealed class ImpactSnapshotJob
{
    public const int NameMaxLength = ImpactSnapshot.NameMaxLength;

    public const int ErrorMaxLength = 2000;

    public const int LeaseOwnerMaxLength = 200;

    public const int CohortKeyMaxLength = 120;

    private ImpactSnapshotJob()
    {
        RequestedByUserId = string.Empty;
        RequestedByName = string.Empty;
    }

    public Guid Id { get; private set; }

    public DateOnly AsAt { get; private set; }

    public DateOnly? AttachedFrom { get; private set; }

    public DateOnly? AttachedTo { get; private set; }

    public Guid? TeamId { get; private set; }

    public string? TeamName { get; private set; }

    public DateTime RequestedAtUtc { get; private set; }

    public string RequestedByUserId { get; private set; }

    public string RequestedByName { get; private set; }

    public ImpactSnapshotJobStatus Status { get; private set; }

    /// <summary>Attempts started so far, counting one that is running.</summary>
    public int Attempts { get; private set; }

    /// <summary>A queued job is not taken before this (straight away when requested; later after a failed attempt).</summary>
    public DateTime NextAttemptAtUtc { get; private set; }

    /// <summary>The worker's claim on a running job (a node's name and a claim of its own); null when no one holds it.</summary>
    public string? LeaseOwner { get; private set; }

    /// <summary>When the claim lapses unless the worker renews it; a running job past it is taken again by another worker.</summary>
    public DateTime? LeaseExpiresAtUtc { get; private set; }

    public DateTime? StartedAtUtc { get; private set; }

    /// <summary>Families worked out so far in the current attempt.</summary>
    public int FamiliesDone { get; private set; }

    /// <summary>The families of the cohort, once the current attempt has read them.</summary>
    public int? FamiliesTotal { get; private set; }

    public DateTime? FinishedAtUtc { get; private set; }

    /// <summary>The snapshot stored when the job completed.</summary>
    public Guid? SnapshotId { get; private set; }

    /// <summary>Why the last attempt failed (kept when the job is failed for good).</summary>
    public string? LastError { get; private set; }

    /// <summary>The cohort (<see cref="KeyOf"/>) while the job is queued or running, else null; unique in the database.</summary>
    public string? ActiveCohortKey { get; private set; }

    public bool IsActive => Status is ImpactSnapshotJobStatus.Queued or ImpactSnapshotJobStatus.Running;

    public ImpactCohort Cohort => new(AsAt, AttachedFrom, AttachedTo, TeamId, TeamName);

    /// <summary>The same cohort always has the same key: as-at date, attachment period and team.</summary>
    public static string KeyOf(ImpactCohort cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return string.Join(
            '|',
            cohort.AsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            cohort.AttachedFrom?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
            cohort.AttachedTo?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
            cohort.TeamId?.ToString("D") ?? "-");
    }

    /// <summary>Queues a request for a snapshot of <paramref name="cohort"/>, to be taken straight away.</summary>
    public static ImpactSnapshotJob Request(ImpactCohort cohort, string userId, string userName, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new ImpactSnapshotJob
        {
            Id = Guid.NewGuid(),
            AsAt = cohort.AsAt,
            AttachedFrom = cohort.AttachedFrom,
            AttachedTo = cohort.AttachedTo,
            TeamId = cohort.TeamId,
            TeamName = cohort.TeamName,
            RequestedAtUtc = nowUtc,
            RequestedByUserId = userId,
            RequestedByName = Trim(userName, NameMaxLength),
            Status = ImpactSnapshotJobStatus.Queued,
            NextAttemptAtUtc = nowUtc,
            ActiveCohortKey = KeyOf(cohort),
        };
    }

    /// <summary>
    /// The jobs a worker may take at <paramref name="nowUtc"/>: queued and due with no live claim, or running on a lapsed lease
    /// (its server stopped). An expression, so the worker's claim (one conditional UPDATE) asks the database the same question.
    /// </summary>
    public static Expression<Func<ImpactSnapshotJob, bool>> ClaimableAt(DateTime nowUtc) =>
        j => (j.Status == ImpactSnapshotJobStatus.Queued && j.NextAttemptAtUtc <= nowUtc && (j.LeaseExpiresAtUtc == null || j.LeaseExpiresAtUtc < nowUtc))
            || (j.Status == ImpactSnapshotJobStatus.Running && j.LeaseExpiresAtUtc < nowUtc);

    /// <summary>Whether a worker may take this job at <paramref name="nowUtc"/> (<see cref="ClaimableAt"/>).</summary>
    public bool IsClaimableAt(DateTime nowUtc) => ClaimableAt(nowUtc).Compile()(this);

    /// <summary>
    /// Starts an attempt for the worker holding <paramref name="leaseOwner"/>. A job whose attempts are used up (the last
    /// one's server stopped before it finished) fails instead, with the reason, and the attempt is refused.
    /// </summary>
    public Result Start(string leaseOwner, DateTime nowUtc, DateTime leaseUntilUtc, int maxAttempts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(leaseOwner);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        if (!IsActive)
        {
            return Result.Fail("This snapshot request has already finished");
        }

        if (Status == ImpactSnapshotJobStatus.Running && LeaseExpiresAtUtc >= nowUtc && !string.Equals(LeaseOwner, leaseOwner, StringComparison.Ordinal))
        {
            return Result.Fail("Another server is taking this snapshot");
        }

        if (Attempts >= maxAttempts)
        {
            Finish(ImpactSnapshotJobStatus.Failed, nowUtc);
            LastError = Trim(
                string.Create(CultureInfo.InvariantCulture, $"Stopped after {Attempts} {(Attempts == 1 ? "attempt" : "attempts")}: ")
                    + (LastError ?? "the server taking the snapshot stopped before it finished"),
                ErrorMaxLength);
            return Result.Fail(LastError);
        }

        Attempts++;
        Status = ImpactSnapshotJobStatus.Running;
        StartedAtUtc = nowUtc;
        FamiliesDone = 0;
        FamiliesTotal = null;
        LeaseOwner = Trim(leaseOwner, LeaseOwnerMaxLength);
        LeaseExpiresAtUtc = leaseUntilUtc;
        return Result.Ok();
    }

    /// <summary>Records the progress of the running attempt (the worker also writes it straight to the row, renewing its lease).</summary>
    public Result Progress(int done, int total)
    {
        if (Status != ImpactSnapshotJobStatus.Running)
        {
            return Result.Fail("Only a running snapshot has progress");
        }

        if (total < 0 || done < 0 || done > total)
        {
            return Result.Fail("Progress must be between none and every family");
        }

        FamiliesDone = done;
        FamiliesTotal = total;
        return Result.Ok();
    }

    /// <summary>The snapshot <paramref name="snapshotId"/> is stored: the job is done.</summary>
    public Result Complete(Guid snapshotId, int families, DateTime nowUtc)
    {
        if (Status != ImpactSnapshotJobStatus.Running)
        {
            return Result.Fail("Only a running snapshot can be completed");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(families);
        SnapshotId = snapshotId;
        FamiliesDone = families;
        FamiliesTotal = families;
        LastError = null;
        Finish(ImpactSnapshotJobStatus.Completed, nowUtc);
        return Result.Ok();
    }

    /// <summary>
    /// The running attempt failed with <paramref name="reason"/>: queued again after <paramref name="retryAfter"/>, or failed
    /// for good once <paramref name="maxAttempts"/> attempts have been made.
    /// </summary>
    public Result AttemptFailed(string reason, DateTime nowUtc, int maxAttempts, TimeSpan retryAfter)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (Status != ImpactSnapshotJobStatus.Running)
        {
            return Result.Fail("Only a running snapshot can fail");
        }

        LastError = Trim(reason, ErrorMaxLength);
        if (Attempts >= maxAttempts)
        {
            Finish(ImpactSnapshotJobStatus.Failed, nowUtc);
            LastError = Trim(string.Create(CultureInfo.InvariantCulture, $"Stopped after {Attempts} {(Attempts == 1 ? "attempt" : "attempts")}: ") + LastError, ErrorMaxLength);
            return Result.Ok();
        }

        Status = ImpactSnapshotJobStatus.Queued;
        NextAttemptAtUtc = nowUtc + retryAfter;
        LeaseOwner = null;
        LeaseExpiresAtUtc = null;
        return Result.Ok();
    }

    /// <summary>The worker is stopping (the app is shutting down): the attempt does not count and the job waits for the next worker.</summary>
    public Result Interrupted(DateTime nowUtc)
    {
        if (Status != ImpactSnapshotJobStatus.Running)
        {
            return Result.Fail("Only a running snapshot can be interrupted");
        }

        Attempts = Math.Max(0, Attempts - 1);
        Status = ImpactSnapshotJobStatus.Queued;
        NextAttemptAtUtc = nowUtc;
        LeaseOwner = null;
        LeaseExpiresAtUtc = null;
        return Result.Ok();
    }

    private void Finish(ImpactSnapshotJobStatus status, DateTime nowUtc)
    {
        Status = status;
        FinishedAtUtc = nowUtc;
        LeaseOwner = null;
        LeaseExpiresAtUtc = null;
        ActiveCohortKey = null;
    }

    private static string Trim(string text, int max) => text.Length > max ? text[..max] : text;
}
