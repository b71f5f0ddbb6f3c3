using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Reports;

/// <summary>Every snapshot of the impact report, newest first: which is published, which wait for approval.</summary>
public sealed class SnapshotsModel(AppDbContext db, TimeProvider time) : PageModel
{
    /// <summary>How long a failed request stays listed, with its reason.</summary>
    public static readonly TimeSpan FailedListedFor = TimeSpan.FromDays(7);

    public const int PageSize = 25;

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public int TotalPages { get; private set; }

    public int Total { get; private set; }

    public Guid? PublishedId { get; private set; }

    public IReadOnlyList<ImpactSnapshot> Snapshots { get; private set; } = [];

    /// <summary>Snapshots being taken in the background (queued or running), and those that failed in the last week.</summary>
    public IReadOnlyList<ImpactSnapshotJob> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var failedSince = (time.GetUtcNow() - FailedListedFor).UtcDateTime;
        Requests = await db.ImpactSnapshotJobs.AsNoTracking()
            .Where(j => j.Status == ImpactSnapshotJobStatus.Queued || j.Status == ImpactSnapshotJobStatus.Running
                || (j.Status == ImpactSnapshotJobStatus.Failed && j.FinishedAtUtc >= failedSince))
            .OrderByDescending(j => j.RequestedAtUtc)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        Total = await db.ImpactSnapshots.CountAsync(cancellationToken);
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Snapshots = await db.ImpactSnapshots.AsNoTracking().OrderByDescending(s => s.CreatedAtUtc)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        PublishedId = await db.ImpactSnapshots.AsNoTracking().Where(s => s.ApprovedAtUtc != null)
            .OrderByDescending(s => s.ApprovedAtUtc).Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
    }
}
