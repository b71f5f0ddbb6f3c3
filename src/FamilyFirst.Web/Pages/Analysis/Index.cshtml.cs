using System.Security.Claims;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Analysis;

/// <summary>
/// Where an analyst starts the day: their own uploads waiting to be previewed and applied, recent imports that were
/// rejected or left rows out, partner rows that matched nobody, claims made recently (to check before the
/// payment-by-results return), and their snapshots of the impact report waiting for a manager's approval.
/// </summary>
public sealed class IndexModel(AppDbContext db, IUploadStore uploads, TimeProvider time) : PageModel
{
    /// <summary>How far back "recent" imports and claims go.</summary>
    public const int RecentDays = 28;

    /// <summary>How many recent imports with problems are listed (the import history has the rest).</summary>
    public const int ImportsShown = 10;

    public IReadOnlyList<UploadedFile> Uploads { get; private set; } = [];

    public IReadOnlyList<ImportRun> ImportsWithProblems { get; private set; } = [];

    public int UnmatchedWaiting { get; private set; }

    public DateTimeOffset? OldestUnmatched { get; private set; }

    public int RecentClaims { get; private set; }

    public int SnapshotsWaiting { get; private set; }

    public int Count => Uploads.Count + ImportsWithProblems.Count + UnmatchedWaiting + RecentClaims + SnapshotsWaiting;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userKey = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var since = time.GetUtcNow().UtcDateTime.AddDays(-RecentDays);
        Uploads = await uploads.WaitingForAsync(userKey, cancellationToken);
        ImportsWithProblems = await db.ImportRuns.AsNoTracking()
            .Where(r => r.StartedAtUtc >= since && (r.Status == ImportRunStatus.Rejected || r.Invalid > 0))
            .OrderByDescending(r => r.StartedAtUtc).Take(ImportsShown).ToListAsync(cancellationToken);
        var waiting = db.UnmatchedImportRows.AsNoTracking().Where(u => u.Status == UnmatchedRowStatus.Waiting);
        UnmatchedWaiting = await waiting.CountAsync(cancellationToken);
        OldestUnmatched = UnmatchedWaiting == 0 ? null
            : new DateTimeOffset(DateTime.SpecifyKind(await waiting.MinAsync(u => u.QueuedAtUtc, cancellationToken), DateTimeKind.Utc));
        RecentClaims = await db.ResultClaims.CountAsync(c => c.ClaimedAtUtc >= since, cancellationToken);
        SnapshotsWaiting = await db.ImpactSnapshots.CountAsync(s => s.ApprovedAtUtc == null && s.CreatedByUserId == userKey, cancellationToken);
    }
}
