using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.GovUk;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Pages.Meetings;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Reports;

/// <summary>
/// The staff impact report for a chosen as-at date and cohort (attachment period and team): the three headline
/// figures, the results, looked-after children, Family Group Conferences and participant feedback, with charts,
/// downloads, links to each figure's definition and (for those who may see family records) to the families
/// behind it. Managers and analysts can take a snapshot of it for a manager to review and publish.
/// </summary>
[ShowsTheRecord]
public sealed class ImpactModel(AppDbContext db, ImpactReportService report, ImpactSnapshots snapshots, AuditTrail audit, TimeProvider time) : PageModel
{
    public const string AuditRecord = "ImpactReport";

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Report as at")]
    [DateBetween(AssessmentDates.Earliest, AssessmentDates.Latest)]
    public DateOnly? AsAt { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Families attached from")]
    [DateBetween(AssessmentDates.Earliest, AssessmentDates.Latest)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Families attached to")]
    [DateBetween(AssessmentDates.Earliest, AssessmentDates.Latest)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "Team")]
    public Guid? Team { get; set; }

    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];

    public ImpactReportFigures? Figures { get; private set; }

    /// <summary>The Supporting Families figures at the same date, for the families on that framework.</summary>
    public FamilyFirst.Domain.Outcomes.SupportingFamilies.SupportingFamiliesFigures? SupportingFamilies { get; private set; }

    /// <summary>Whether the user may open the lists of families behind the figures: managers (named where they see the record) and analysts (pseudonymised).</summary>
    public bool CanListFamilies => User.IsInRole(Roles.Manager) || User.IsInRole(Roles.Analyst);

    /// <summary>Managers and analysts take snapshots; a manager who did not take it approves it for publication.</summary>
    public bool CanTakeSnapshot => User.IsInRole(Roles.Manager) || User.IsInRole(Roles.Analyst);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await BuildAsync(cancellationToken) is { } cohort)
        {
            await audit.RecordAndSaveAsync(AuditAction.View, AuditRecord, "impact", null, cohort.Describe(), cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await BuildAsync(cancellationToken) is not { } cohort)
        {
            return Page();
        }

        await audit.RecordAndSaveAsync(AuditAction.Export, AuditRecord, "impact", null, "CSV: " + cohort.Describe(), cancellationToken);
        return File(Encoding.UTF8.GetBytes(ImpactDownloads.Csv(Figures!)), "text/csv", ImpactDownloads.FileName(cohort, "csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        if (await BuildAsync(cancellationToken) is not { } cohort)
        {
            return Page();
        }

        await audit.RecordAndSaveAsync(AuditAction.Export, AuditRecord, "impact", null, "Excel: " + cohort.Describe(), cancellationToken);
        return File(ImpactDownloads.Xlsx(Figures!), ImpactDownloads.XlsxContentType, ImpactDownloads.FileName(cohort, "xlsx"));
    }

    /// <summary>Asks for a snapshot of the report for the chosen cohort (managers and analysts), for review and approval.</summary>
    [ForAction(StaffAction.TakeImpactSnapshot)]
    public async Task<IActionResult> OnPostSnapshotAsync(CancellationToken cancellationToken)
    {
        if (!CanTakeSnapshot)
        {
            return Forbid();
        }

        if (await CohortAsync(cancellationToken) is not { } cohort)
        {
            await LoadTeamsAsync(cancellationToken);
            return Page();
        }

        // The request is queued, never computed here: the snapshot worker takes it in the background (ADR 0034).
        var request = await snapshots.RequestAsync(cohort, Actor.From(User), cancellationToken);
        if (request.Refused)
        {
            await LoadTeamsAsync(cancellationToken);
            UnderWay = request.Job;
            ModelState.AddModelError(string.Empty, SnapshotRequest.AlreadyUnderWayMessage);
            return Page();
        }

        TempData.Success(SnapshotJobModel.RequestedMessage);
        return Redirect(this.Links().ImpactSnapshotJob(request.Job.Id));
    }

    /// <summary>The snapshot of the same report already being taken, when a second one was asked for.</summary>
    public ImpactSnapshotJob? UnderWay { get; private set; }

    /// <summary>The query string that chooses this report's cohort (for downloads and links back).</summary>
    public string CohortQuery()
    {
        var parts = new List<string>();
        Add("AsAt", AsAt);
        Add("From", From);
        Add("To", To);
        if (Team is { } team)
        {
            parts.Add("Team=" + team.ToString("D"));
        }

        return string.Join("&", parts);

        void Add(string name, DateOnly? date)
        {
            if (date is { } d)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name}.Day={d.Day}&{name}.Month={d.Month}&{name}.Year={d.Year}"));
            }
        }
    }

    /// <summary>The address of the list of families behind a measure, for this cohort.</summary>
    public string FamiliesLink(ImpactMeasure measure) => this.Links().ImpactFamilies(Figures!.Cohort, measure);

    private async Task<ImpactCohort?> BuildAsync(CancellationToken cancellationToken)
    {
        await LoadTeamsAsync(cancellationToken);
        if (AsAt is null && From is null && To is null && Team is null && !Request.Query.ContainsKey("AsAt.Year"))
        {
            AsAt = time.Today;
        }

        if (await CohortAsync(cancellationToken) is not { } cohort)
        {
            return null;
        }

        Figures = await report.ComputeAsync(cohort, cancellationToken);
        SupportingFamilies = Figures.SupportingFamilies;
        return cohort;
    }

    /// <summary>The cohort chosen, or null with the errors added to the model state.</summary>
    private async Task<ImpactCohort?> CohortAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid && AsAt is null)
        {
            ModelState.AddModelError(nameof(AsAt), "Enter the date the report is as at");
        }

        if (ModelState.IsValid && From is { } from && To is { } to && from > to)
        {
            ModelState.AddModelError(nameof(From), "The start of the attachment period must be the same as or before the end");
        }

        string? teamName = null;
        if (ModelState.IsValid && Team is { } team)
        {
            teamName = await db.Teams.AsNoTracking().Where(t => t.Id == team).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
            if (teamName is null)
            {
                ModelState.AddModelError(nameof(Team), "Select a team from the list");
            }
        }

        return ModelState.IsValid ? new ImpactCohort(AsAt!.Value, From, To, Team, teamName) : null;
    }

    private async Task LoadTeamsAsync(CancellationToken cancellationToken)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
        Teams = teams.Select(t => new SelectListItem(t.Name, t.Id.ToString("D"))).Prepend(new SelectListItem("Every team", string.Empty)).ToList();
    }
}
