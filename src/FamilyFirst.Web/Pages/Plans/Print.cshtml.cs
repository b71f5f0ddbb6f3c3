using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>The plan in plain language to print on A4 or give to the family: their own words exactly as written.</summary>
public sealed class PrintModel(PlanWorkspace workspace, TimeProvider clock) : PageModel
{
    public FamilyCase Family { get; private set; } = default!;

    public PrintablePlan Printable { get; private set; } = default!;

    public int VersionNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? version)
    {
        var family = await workspace.ForViewAsync(id);
        if (family is null || await workspace.PlanAsync(id) is not { } plan)
        {
            return NotFound();
        }

        var chosen = version is { } number ? plan.Version(number) : plan.CurrentVersion ?? plan.Draft;
        if (chosen is null)
        {
            return NotFound();
        }

        Family = family;
        VersionNumber = chosen.Number;
        Printable = PrintablePlan.From(chosen, await workspace.NamesAsync(family, plan), clock.LocalTimeZone);
        workspace.AuditChange(AuditAction.Export, PlanWorkspace.PlanRecord, plan.Id, id, $"Opened version {chosen.Number} of the family plan to print");
        await workspace.Db.SaveChangesAsync();
        return Page();
    }
}
