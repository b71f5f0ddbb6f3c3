using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.PreProceedings;

/// <summary>
/// The families that reached an application to court without an offer of a family group decision-making
/// meeting first, among the families the user may see; downloadable as CSV.
/// </summary>
// Differs from its folder: a report across families, for coordinators and managers only (on top of the folder's
// family records policy).
[Authorize(Policy = Policies.Conferences)]
public sealed class ReportModel(AppDbContext db, FamilyAccess access, AuditTrail audit) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Applications { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await BuildAsync();
        await audit.RecordAndSaveAsync(AuditAction.View, nameof(PreProceedingsReport), "applications-without-offer", null, $"{Rows.Count} of {Applications} applications without an offer");
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        await BuildAsync();
        await audit.RecordAndSaveAsync(AuditAction.Export, nameof(PreProceedingsReport), "applications-without-offer", null, $"{Rows.Count} rows downloaded as CSV");
        var csv = CsvFormat.Write(
            new[] { (IReadOnlyList<string>)["Family reference", "Family", "Application date", "First offer", "What went wrong"] }
                .Concat(Rows.Select(r => (IReadOnlyList<string>)[r.Reference, r.FamilyName, Iso(r.Missing.AppliedOn), r.Missing.FirstOfferOn is { } o ? Iso(o) : string.Empty, r.Missing.Explanation])));
        return File(Encoding.UTF8.GetBytes(csv), "text/csv", "applications-without-an-offer.csv");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task BuildAsync()
    {
        var visible = (await access.VisibleCasesAsync()).Select(f => f.Id);
        var applications = await db.CareApplications.AsNoTracking().Where(a => visible.Contains(a.FamilyId)).ToListAsync();
        var families = applications.Select(a => a.FamilyId).Distinct().ToList();
        var offers = await db.PreProceedingsOffers.AsNoTracking().Where(o => families.Contains(o.FamilyId)).ToListAsync();
        var names = await db.FamilyCases.AsNoTracking().Where(f => families.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => (f.Reference, f.FamilyName));
        Applications = applications.Count;
        Rows = PreProceedingsReport.ApplicationsWithoutOffer(applications, offers)
            .Select(m => new Row(m, names[m.FamilyId].Reference, names[m.FamilyId].FamilyName))
            .ToList();
    }

    public sealed record Row(ApplicationWithoutOffer Missing, string Reference, string FamilyName);
}
