using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Impact;

/// <summary>
/// Snapshots of the impact report: a manager takes one (the report is computed once and its figures stored),
/// reviews it, and approves it for publication. The public page only ever reads the latest approved one. Every
/// step is audited in the same save. The figures are computed from the reporting database; the snapshot is stored in,
/// and read back from, the main one (so it is there at once).
/// </summary>
public sealed class ImpactSnapshots(AppDbContext db, ImpactReportService report, Pages.TrainingReach.TrainingReachData training, AuditTrail audit, TimeProvider clock)
{
    public const string RecordType = nameof(ImpactSnapshot);

    public async Task<ImpactSnapshot> TakeAsync(ImpactCohort cohort, Actor actor, CancellationToken cancellationToken)
    {
        var figures = await report.ComputeAsync(cohort, cancellationToken);
        var reach = await training.BuildAsync(cohort.AsAt, cancellationToken);
        var snapshot = ImpactSnapshot.Take(cohort, ImpactServices.Serialise(figures), actor.UserId ?? Actor.CommandLine.Name, actor.Name, clock.GetUtcNow().UtcDateTime, TrainingHeadline.From(reach));
        db.ImpactSnapshots.Add(snapshot);
        audit.Record(AuditAction.Create, RecordType, snapshot.Id.ToString(), detail: "Impact report snapshot taken: " + cohort.Describe());
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
}
