using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.BottomLines;

/// <summary>The family's bottom lines: approved (in use), awaiting a manager's approval, and retired, each with its history.</summary>
public sealed class IndexModel(PlanWorkspace workspace) : PageModel
{
    public FamilyCase Family { get; private set; } = default!;

    public IReadOnlyList<BottomLine> Lines { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> Staff { get; private set; } = new Dictionary<Guid, string>();

    public bool CanChange { get; private set; }

    public bool IsManager { get; private set; }

    public Guid UserId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var family = await workspace.ForViewAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        Family = family;
        Lines = await workspace.BottomLinesAsync(id);
        Staff = await workspace.StaffNamesAsync(Lines.SelectMany(l => l.History.Select(h => h.ById)).Distinct());
        CanChange = await workspace.CanChangeAsync(family);
        IsManager = User.IsInRole(Roles.Manager);
        UserId = await workspace.UserIdAsync();
        await workspace.AuditViewAsync(PlanWorkspace.BottomLineRecord, id, id, "Viewed the family's bottom lines");
        return Page();
    }

    public string Who(Guid id) => Staff.GetValueOrDefault(id, "Unknown member of staff");

    public static string Change(BottomLineChangeKind kind) => kind switch
    {
        BottomLineChangeKind.Written => "Written",
        BottomLineChangeKind.Reworded => "Reworded",
        BottomLineChangeKind.Approved => "Approved",
        BottomLineChangeKind.Retired => "Retired",
        _ => kind.ToString(),
    };
}
