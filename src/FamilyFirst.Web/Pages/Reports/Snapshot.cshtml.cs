using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Impact;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Reports;

/// <summary>
/// One snapshot of the impact report, from its stored figures (never recomputed), with how its headline
/// figures would appear on the public page; a manager approves it for publication here (audited).
/// </summary>
[ShowsTheRecord]
public sealed class SnapshotModel(AppDbContext db, ImpactSnapshots snapshots, AuditTrail audit, IOptions<ImpactOptions> options) : PageModel
{
    public ImpactSnapshot Snapshot { get; private set; } = default!;

    public ImpactReportFigures Figures { get; private set; } = default!;

    public bool IsPublished { get; private set; }

    public int Threshold => options.Value.DisclosureThreshold;

    public bool CanApprove => User.IsInRole(Roles.Manager) && !Snapshot.IsApproved && !TookIt;

    /// <summary>Whether the signed-in person took this snapshot (and so may not approve it: publishing needs two people).</summary>
    public bool TookIt => string.Equals(Snapshot.CreatedByUserId, Actor.From(User).UserId, StringComparison.Ordinal);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await audit.RecordAndSaveAsync(AuditAction.View, ImpactSnapshots.RecordType, id.ToString(), null, "Impact report snapshot reviewed", cancellationToken);
        return Page();
    }

    [ForAction(StaffAction.ApproveImpactSnapshot)]
    public async Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Manager))
        {
            return Forbid();
        }

        var approved = await snapshots.ApproveAsync(id, Actor.From(User), cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!approved.Succeeded)
        {
            ModelState.AddModelError(string.Empty, approved.Error!);
            return Page();
        }

        TempData.Success("Snapshot approved. Its headline figures are now on the evidence of impact page.");
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var snapshot = await db.ImpactSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (snapshot is null)
        {
            return false;
        }

        Snapshot = snapshot;
        Figures = ImpactServices.Deserialise(snapshot.Figures);
        IsPublished = (await snapshots.LatestApprovedAsync(cancellationToken))?.Id == id;
        return true;
    }
}
