using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;
using FamilyFirst.Domain.Access;
using System.ComponentModel.DataAnnotations;

namespace FamilyFirst.Web.Pages.BottomLines;

/// <summary>
/// A manager approves a bottom line (not one they wrote), or returns it to its author with comments. The family is
/// loaded through FamilyAccess first, so another team's family is a 404 for everyone; someone who may see the family but
/// is not a manager is refused.
/// </summary>
public sealed class ApproveModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public BottomLine Line { get; private set; } = default!;

    [BindProperty]
    [Display(Name = "Comments for the person who wrote it")]
    public string? Comments { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid lineId) => await LoadAsync(id, lineId) ?? Page();

    [ForAction(StaffAction.ApproveBottomLine)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid lineId)
    {
        if (await LoadAsync(id, lineId) is { } refused)
        {
            return refused;
        }

        if (Refused(Line.Approve(UserId, UtcNow)))
        {
            return Page();
        }

        records.AuditChange(AuditAction.Change, PlanRecords.BottomLineRecord, Line.Id, id, "Approved a bottom line");
        records.Chronicle(id, ChronologyEventType.Plan, $"Bottom line approved: {Line.Text}", UserId, PlanRecords.BottomLineRecord, Line.Id, Today, UtcNow);
        await records.Db.SaveChangesAsync();
        TempData.Success("Bottom line approved. It now applies to this family's conferences and plans");
        return Redirect(this.Links().BottomLines(id));
    }

    [ForAction(StaffAction.ApproveBottomLine)]
    public async Task<IActionResult> OnPostReturnAsync(Guid id, Guid lineId)
    {
        if (await LoadAsync(id, lineId) is { } refused)
        {
            return refused;
        }

        if (Refused(Line.Return(Comments, UserId, UtcNow), nameof(Comments)))
        {
            return Page();
        }

        records.AuditChange(AuditAction.Change, PlanRecords.BottomLineRecord, Line.Id, id, "Returned a bottom line with comments");
        records.Chronicle(id, ChronologyEventType.Plan, $"Bottom line returned with comments: {Line.Text}", UserId, PlanRecords.BottomLineRecord, Line.Id, Today, UtcNow);
        await records.Db.SaveChangesAsync();
        TempData.Success("Bottom line returned with your comments. It comes back to your approvals when its words are changed");
        return Redirect(this.Links().Approvals());
    }

    private async Task<IActionResult?> LoadAsync(Guid id, Guid lineId)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        var line = (await records.BottomLinesAsync(id)).FirstOrDefault(b => b.Id == lineId);
        if (line is null)
        {
            return NotFound();
        }

        if (!User.IsInRole(Roles.Manager))
        {
            await records.Audit.RecordAndSaveAsync(AuditAction.AccessDenied, PlanRecords.BottomLineRecord, lineId.ToString("D"), id, "Tried to approve a bottom line without being a manager");
            return Forbid();
        }

        Line = line;
        return null;
    }
}
