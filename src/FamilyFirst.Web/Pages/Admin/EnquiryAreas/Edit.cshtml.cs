using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using PostcodeDistricts = FamilyFirst.Domain.Enquiries.EnquiryAreas;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Pages.Admin.EnquiryAreas;

/// <summary>Changes a postcode district, or the team its family enquiries go to. Enquiries already routed stay where they are.</summary>
[ForAction(StaffAction.ManageSettings)]
public sealed class EditModel(AppDbContext db, AuditTrail audit) : PageModel
{
    public string CurrentDistrict { get; private set; } = string.Empty;

    public IReadOnlyList<SelectListItem> TeamChoices { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Postcode district")]
    public string? District { get; set; }

    [BindProperty]
    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var area = await db.EnquiryAreas.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id);
        if (area is null)
        {
            return NotFound();
        }

        CurrentDistrict = area.District;
        District = area.District;
        TeamId = area.TeamId;
        TeamChoices = await IndexModel.TeamChoicesAsync(db);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var area = await db.EnquiryAreas.Include(a => a.Team).SingleOrDefaultAsync(a => a.Id == id);
        if (area is null)
        {
            return NotFound();
        }

        var district = PostcodeDistricts.NormaliseDistrict(District);
        if (!district.Succeeded)
        {
            ModelState.AddModelError(nameof(District), district.Error!);
        }
        else if (await db.EnquiryAreas.AnyAsync(a => a.District == district.Value && a.Id != id))
        {
            ModelState.AddModelError(nameof(District), $"{district.Value} is already given to a team: change that one instead");
        }

        var team = TeamId is { } teamId ? await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId) : null;
        if (team is null)
        {
            ModelState.AddModelError(nameof(TeamId), "Select the team its enquiries go to");
        }

        if (!ModelState.IsValid)
        {
            CurrentDistrict = area.District;
            TeamChoices = await IndexModel.TeamChoicesAsync(db);
            return Page();
        }

        if (area.District == district.Value && area.TeamId == team!.Id)
        {
            TempData.Success($"Nothing changed: family enquiries from {area.District} still go to {team.Name}");
            return Redirect(this.Links().EnquiryAreas());
        }

        var before = $"{area.District} → ‘{area.Team.Name}’";
        area.District = district.Value!;
        area.TeamId = team!.Id;
        audit.RecordEnquiryAreaChange(area, $"changed {before} to {area.District} → ‘{team.Name}’");
        await db.SaveChangesAsync();
        TempData.Success($"Family enquiries from {area.District} will now go to {team.Name}");
        return Redirect(this.Links().EnquiryAreas());
    }
}
