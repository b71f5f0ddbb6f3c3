using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>The plan in plain language to print on A4 or give to the family: their own words exactly as written.</summary>
public sealed class PrintModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public PrintablePlan Printable { get; private set; } = default!;

    public int VersionNumber { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? version)
    {
        if (!await LoadForViewAsync(id) || await records.PlanAsync(id) is not { } plan)
        {
            return NotFound();
        }

        var chosen = version is { } number ? plan.Version(number) : plan.CurrentVersion ?? plan.Draft;
        if (chosen is null)
        {
            return NotFound();
        }

        VersionNumber = chosen.Number;
        Printable = PrintablePlan.From(chosen, await records.NamesAsync(Family, plan), Time.LocalTimeZone);
        records.AuditChange(AuditAction.Export, PlanRecords.PlanRecord, plan.Id, id, $"Opened version {chosen.Number} of the family plan to print");
        await records.Db.SaveChangesAsync();
        return Page();
    }
}
