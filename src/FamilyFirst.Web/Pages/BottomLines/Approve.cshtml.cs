using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.BottomLines;

/// <summary>
/// A manager approves a bottom line (not one they wrote). The family is loaded through FamilyAccess first, so another
/// team's family is a 404 for everyone; someone who may see the family but is not a manager is refused.
/// </summary>
public sealed class ApproveModel(PlanWorkspace workspace) : PageModel
{
    public FamilyCase Family { get; private set; } = default!;

    public BottomLine Line { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid lineId) => await LoadAsync(id, lineId) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid lineId)
    {
        if (await LoadAsync(id, lineId) is { } refused)
        {
            return refused;
        }

        var userId = await workspace.UserIdAsync();
        var approved = Line.Approve(userId, workspace.Now);
        if (!approved.Succeeded)
        {
            ModelState.AddModelError(string.Empty, approved.Error!);
            return Page();
        }

        workspace.AuditChange(AuditAction.Change, PlanWorkspace.BottomLineRecord, Line.Id, id, "Approved a bottom line");
        workspace.Chronicle(id, ChronologyEventType.Plan, $"Bottom line approved: {Line.Text}", userId, PlanWorkspace.BottomLineRecord, Line.Id);
        await workspace.Db.SaveChangesAsync();
        TempData.Success("Bottom line approved. It now applies to this family's conferences and plans");
        return Redirect(this.Links().BottomLines(id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid lineId)
    {
        var family = await workspace.ForChangeAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        var line = (await workspace.BottomLinesAsync(id)).FirstOrDefault(b => b.Id == lineId);
        if (line is null)
        {
            return NotFound();
        }

        if (!User.IsInRole(Roles.Manager))
        {
            await workspace.Audit.RecordAndSaveAsync(AuditAction.AccessDenied, PlanWorkspace.BottomLineRecord, lineId.ToString("D"), id, "Tried to approve a bottom line without being a manager");
            return Forbid();
        }

        Family = family;
        Line = line;
        return null;
    }
}
