using System.Globalization;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Impact;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Reports;

/// <summary>
/// A snapshot being taken in the background (ADR 0034): who asked and when, where it has got to ("4,000 of 10,000
/// families"), updating itself while it is queued or running; once done, the way to the snapshot to review; when it has
/// failed, the reason and a way to ask again. For those who take snapshots: the Reports folder's convention admits managers and analysts and refuses others,
/// and asking again is the role model's <see cref="StaffAction.TakeImpactSnapshot"/>.
/// Looking at it is not audited: it shows no one's personal details, and it reloads itself every few seconds.
/// </summary>
public sealed class SnapshotJobModel(AppDbContext db, ImpactSnapshots snapshots) : PageModel
{
    public const string RequestedMessage = "Snapshot requested. It is being worked out in the background; this page shows how far it has got.";

    /// <summary>How often the page reloads itself while the job is queued or running.</summary>
    public const int RefreshSeconds = 5;

    public ImpactSnapshotJob Job { get; private set; } = default!;

    public string StatusText => Job.Status switch
    {
        ImpactSnapshotJobStatus.Queued when Job.Attempts > 0 => "Waiting to try again",
        ImpactSnapshotJobStatus.Queued => "Waiting to start",
        ImpactSnapshotJobStatus.Running => "In progress",
        ImpactSnapshotJobStatus.Completed => "Done",
        _ => "Failed",
    };

    /// <summary>"4,000 of 10,000 families", or what is happening before the families have been read.</summary>
    public string ProgressText => Job switch
    {
        { Status: ImpactSnapshotJobStatus.Queued } => "Not started",
        { FamiliesTotal: { } total } => string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{Job.FamiliesDone:N0} of {total:N0} {(total == 1 ? "family" : "families")}"),
        { Status: ImpactSnapshotJobStatus.Running } => "Reading the families",
        _ => "None",
    };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    /// <summary>Asks again for a snapshot of a failed request's report.</summary>
    [ForAction(StaffAction.TakeImpactSnapshot)]
    public async Task<IActionResult> OnPostAgainAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Job.Status != ImpactSnapshotJobStatus.Failed)
        {
            ModelState.AddModelError(string.Empty, "Only a snapshot that failed can be asked for again");
            return Page();
        }

        var request = await snapshots.RequestAsync(Job.Cohort, Actor.From(User), cancellationToken);
        if (request.Refused)
        {
            TempData.Success("A snapshot of this report was already being taken: this is its progress.");
            return Redirect(this.Links().ImpactSnapshotJob(request.Job.Id));
        }

        TempData.Success(RequestedMessage);
        return Redirect(this.Links().ImpactSnapshotJob(request.Job.Id));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var job = await db.ImpactSnapshotJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null)
        {
            return false;
        }

        Job = job;
        return true;
    }
}
