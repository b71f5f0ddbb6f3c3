using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>One version of the plan as it was agreed, with what changed from the version before highlighted.</summary>
public sealed class VersionModel(PlanWorkspace workspace) : PageModel
{
    public FamilyCase Family { get; private set; } = default!;

    public FamilyPlan Plan { get; private set; } = default!;

    public PlanVersion Version { get; private set; } = default!;

    public PlanVersionDiff Diff { get; private set; } = default!;

    public PlanNames Names { get; private set; } = PlanNames.None;

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int version)
    {
        var family = await workspace.ForViewAsync(id);
        if (family is null || await workspace.PlanAsync(id) is not { } plan || plan.Version(version) is not { } found)
        {
            return NotFound();
        }

        Family = family;
        Plan = plan;
        Version = found;
        Names = await workspace.NamesAsync(family, plan);
        var previous = plan.Versions.Where(v => v.IsAgreed && v.Number < version).MaxBy(v => v.Number);
        Diff = PlanVersionDiff.Compare(previous, found, Names);
        Today = workspace.Today;
        await workspace.AuditViewAsync(PlanWorkspace.PlanRecord, plan.Id, id, $"Viewed version {version} of the family plan");
        return Page();
    }
}
