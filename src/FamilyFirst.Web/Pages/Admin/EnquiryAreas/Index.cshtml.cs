using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using PostcodeDistricts = FamilyFirst.Domain.Enquiries.EnquiryAreas;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Pages.Admin.EnquiryAreas;

/// <summary>
/// The postcode districts whose family enquiries go straight to a team's queue when they arrive: add one, change or
/// remove one. Every change is in the audit as an administration change.
/// </summary>
[ForAction(StaffAction.ManageSettings)]
public sealed class IndexModel(AppDbContext db, AuditTrail audit) : PageModel
{
    public IReadOnlyList<AreaRow> Areas { get; private set; } = [];

    public IReadOnlyList<SelectListItem> TeamChoices { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Postcode district")]
    public string? District { get; set; }

    [BindProperty]
    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var district = PostcodeDistricts.NormaliseDistrict(District);
        if (!district.Succeeded)
        {
            ModelState.AddModelError(nameof(District), district.Error!);
        }
        else if (await db.EnquiryAreas.AnyAsync(a => a.District == district.Value))
        {
            ModelState.AddModelError(nameof(District), $"{district.Value} is already given to a team: change it in the list");
        }

        var team = TeamId is { } teamId ? await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId) : null;
        if (team is null)
        {
            ModelState.AddModelError(nameof(TeamId), "Select the team its enquiries go to");
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        var area = new EnquiryArea { Id = Guid.NewGuid(), District = district.Value!, TeamId = team!.Id };
        db.EnquiryAreas.Add(area);
        audit.RecordEnquiryAreaChange(area, $"family enquiries from {area.District} go to ‘{team.Name}’");
        await db.SaveChangesAsync();
        TempData.Success($"Family enquiries from {area.District} will go to {team.Name}");
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        var area = await db.EnquiryAreas.Include(a => a.Team).SingleOrDefaultAsync(a => a.Id == id);
        if (area is null)
        {
            return NotFound();
        }

        db.EnquiryAreas.Remove(area);
        audit.RecordEnquiryAreaChange(area, $"removed {area.District} (was ‘{area.Team.Name}’): its family enquiries stay in the front-door queue");
        await db.SaveChangesAsync();
        TempData.Success($"{area.District} removed. Family enquiries from there will stay in the front-door queue for a manager to route.");
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Areas = await db.EnquiryAreas.AsNoTracking().OrderBy(a => a.District).Select(a => new AreaRow(a.Id, a.District, a.Team.Name)).ToListAsync();
        TeamChoices = await TeamChoicesAsync(db);
    }

    internal static async Task<IReadOnlyList<SelectListItem>> TeamChoicesAsync(AppDbContext db) =>
        (await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync())
            .Select(t => new SelectListItem(t.Name, t.Id.ToString()))
            .Prepend(new SelectListItem("Select a team", string.Empty))
            .ToList();

    public sealed record AreaRow(Guid Id, string District, string TeamName);
}
