using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;

namespace FamilyFirst.Web.Pages.BottomLines;

/// <summary>The family's bottom lines: approved (in use), awaiting a manager's approval, and retired, each with its history.</summary>
public sealed class IndexModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public IReadOnlyList<BottomLine> Lines { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Staff { get; private set; } = new Dictionary<Guid, string>();

    public bool CanChange { get; private set; }

    public bool IsManager { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        Lines = await records.BottomLinesAsync(id);
        Staff = await records.StaffNamesAsync(Lines.SelectMany(l => l.History.Select(h => h.ById)).Distinct());
        CanChange = await Access.CanChangeAsync(Family);
        IsManager = User.IsInRole(Roles.Manager);
        await records.AuditViewAsync(PlanRecords.BottomLineRecord, id, id, "Viewed the family's bottom lines");
        return Page();
    }

    public string Who(Guid id) => Staff.GetValueOrDefault(id, "Unknown member of staff");

    public static string Change(BottomLineChangeKind kind) => kind switch
    {
        BottomLineChangeKind.Written => "Written",
        BottomLineChangeKind.Reworded => "Reworded",
        BottomLineChangeKind.Approved => "Approved",
        BottomLineChangeKind.Retired => "Retired",
        BottomLineChangeKind.Returned => "Returned with comments",
        _ => kind.ToString(),
    };
}
