using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Reports;

/// <summary>
/// The families behind one figure of the impact report, for managers and analysts. The families whose results the user
/// may see are listed
/// (<see cref="FamilyFirst.Domain.Access.FamilyAccessRule.CanSeeResults"/>: their teams' families and those with no team
/// yet, such as families imported from partner data; for analysts every family that is not restricted), named only
/// where the user may see the family's record (never for an analyst: by reference only, pseudonymised), with a count of
/// those left out; the list is paged and every viewing is audited.
/// </summary>
public sealed class FamiliesModel(AppDbContext db, ImpactReportService report, FamilyAccess access, AuditTrail audit) : PageModel
{
    public const int PageSize = 25;

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public ImpactMeasure Measure { get; private set; }

    public ImpactCohort Cohort { get; private set; } = default!;

    public int Total { get; private set; }

    public int NotShown { get; private set; }

    public int TotalPages { get; private set; }

    public IReadOnlyList<FamilyRow> Families { get; private set; } = [];

    /// <summary>What shows instead of a family's name the user may not see (an analyst always: pseudonymised).</summary>
    public const string NotNamed = "Name not shown";

    public sealed record FamilyRow(Guid Id, string Reference, string Name);

    public async Task<IActionResult> OnGetAsync(string? measure, string? asAt, string? from, string? to, string? team, CancellationToken cancellationToken)
    {
        var chosen = ImpactMeasures.Parse(measure);
        var date = ResultsFormats.ParseDate(asAt);
        var fromDate = ResultsFormats.ParseDate(from);
        var toDate = ResultsFormats.ParseDate(to);
        var chosenTeam = await ImpactTeams.FindAsync(db, team, cancellationToken);
        // These come from the report's own links: anything else (a date that is not real or out of range) is not found.
        if (chosen is null || date is null || !AssessmentDates.Contains(date.Value) || (from is not null && fromDate is null) || (to is not null && toDate is null) || (team is not null && chosenTeam is null))
        {
            return NotFound();
        }

        Measure = chosen.Value;
        Cohort = new ImpactCohort(date.Value, fromDate, toDate, chosenTeam?.Id, chosenTeam?.Name);
        var behind = await report.FamiliesBehindAsync(Cohort, Measure, cancellationToken);
        var visible = (await (await access.ResultsVisibleCasesAsync()).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        var identifiable = (await (await access.VisibleCasesAsync()).Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        var shown = behind.Where(visible.Contains).ToList();
        Total = shown.Count;
        NotShown = behind.Count - shown.Count;
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        var page = shown.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var names = await db.FamilyCases.AsNoTracking().Where(f => page.Contains(f.Id))
            .Select(f => new { f.Id, f.Reference, f.FamilyName }).ToDictionaryAsync(f => f.Id, cancellationToken);
        Families = page.Select(id => new FamilyRow(id, names[id].Reference, identifiable.Contains(id) ? names[id].FamilyName : NotNamed)).ToList();

        await audit.RecordAndSaveAsync(
            AuditAction.View, ImpactModel.AuditRecord, Measure.Slug(), null,
            $"Families behind \"{Measure.Title()}\", page {PageNumber}: {Families.Count} shown of {Total} ({NotShown} not visible to the user). {Cohort.Describe()}", cancellationToken);
        return Page();
    }

    public string BackLink() =>
        this.Links().ImpactReport() + "?" + string.Join("&", new[]
        {
            Parts("AsAt", Cohort.AsAt), Cohort.AttachedFrom is { } f ? Parts("From", f) : null, Cohort.AttachedTo is { } t ? Parts("To", t) : null,
            Cohort.TeamId is { } team ? "Team=" + team.ToString("D") : null,
        }.Where(p => p is not null));

    private static string Parts(string name, DateOnly d) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name}.Day={d.Day}&{name}.Month={d.Month}&{name}.Year={d.Year}");
}
