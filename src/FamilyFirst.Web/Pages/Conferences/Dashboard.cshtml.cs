using System.ComponentModel.DataAnnotations;
using System.Text;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Families;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>
/// The Family Group Conference dashboard for coordinators and managers: referrals by stage, days to
/// conference against the target, plans agreed, reviews due and overdue, and the FGC data items, for a
/// chosen period and only for the families the user may see; downloadable as CSV.
/// </summary>
// Differs from its folder: a report across families, for coordinators and managers only (on top of the folder's
// family records policy).
[Authorize(Policy = Policies.Conferences)]
public sealed class DashboardModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "From")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    [Display(Name = "To")]
    public DateOnly? To { get; set; }

    public ConferenceDashboard? Dashboard { get; private set; }

    private Dictionary<Guid, string> _familyNames = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await BuildAsync())
        {
            await audit.RecordAndSaveAsync(AuditAction.View, nameof(ConferenceDashboard), "dashboard", null, $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}");
        }

        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await BuildAsync())
        {
            return Page();
        }

        await audit.RecordAndSaveAsync(AuditAction.Export, nameof(ConferenceDashboard), "dashboard", null, $"CSV {From:yyyy-MM-dd} to {To:yyyy-MM-dd}");
        return File(Encoding.UTF8.GetBytes(Dashboard!.ToCsv()), "text/csv", $"family-group-conferences-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.csv");
    }

    public string Date(DateOnly date) => FamilyText.Date(date);

    public string FamilyName(Guid id) => _familyNames.GetValueOrDefault(id, "Family");

    private async Task<bool> BuildAsync()
    {
        var today = time.Today;
        if (!Request.Query.ContainsKey("From.Year") && From is null && To is null)
        {
            // The current financial year to date, the period councils report on.
            From = new DateOnly(today.Month >= 4 ? today.Year : today.Year - 1, 4, 1);
            To = today;
        }

        if (ModelState.IsValid && From is null)
        {
            ModelState.AddModelError(nameof(From), "Enter the start of the period");
        }

        if (ModelState.IsValid && To is null)
        {
            ModelState.AddModelError(nameof(To), "Enter the end of the period");
        }

        if (!ModelState.IsValid)
        {
            return false;
        }

        var period = ReportingPeriod.Create(From!.Value, To!.Value);
        if (!period.Succeeded)
        {
            ModelState.AddModelError(nameof(From), period.Error!);
            return false;
        }

        var visible = (await access.VisibleCasesAsync()).Select(f => f.Id);
        var conferences = await db.FamilyGroupConferences.AsNoTracking().AsSplitQuery().Where(c => visible.Contains(c.FamilyId)).ToListAsync();
        var offers = await db.PreProceedingsOffers.AsNoTracking().Where(o => visible.Contains(o.FamilyId)).ToListAsync();
        Dashboard = ConferenceDashboard.For(conferences, offers, period.Value!, today);
        var ids = Dashboard.ReviewsDueSoon.Concat(Dashboard.ReviewsOverdue).Select(r => r.FamilyId).Distinct().ToList();
        _familyNames = await db.FamilyCases.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, f => f.FamilyName);
        return true;
    }
}
