using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>One version of the plan as it was agreed, with what changed from the version before highlighted.</summary>
public sealed class VersionModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public FamilyPlan Plan { get; private set; } = default!;

    public PlanVersion Version { get; private set; } = default!;

    public PlanVersionDiff Diff { get; private set; } = default!;

    public PlanNames Names { get; private set; } = PlanNames.None;

    public async Task<IActionResult> OnGetAsync(Guid id, int version)
    {
        if (!await LoadForViewAsync(id) || await records.PlanAsync(id) is not { } plan || plan.Version(version) is not { } found)
        {
            return NotFound();
        }

        Plan = plan;
        Version = found;
        Names = await records.NamesAsync(Family, plan);
        var previous = plan.Versions.Where(v => v.IsAgreed && v.Number < version).MaxBy(v => v.Number);
        Diff = PlanVersionDiff.Compare(previous, found, Names);
        await records.AuditViewAsync(PlanRecords.PlanRecord, plan.Id, id, $"Viewed version {version} of the family plan");
        return Page();
    }
}
