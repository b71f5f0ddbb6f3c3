using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.BottomLines;

/// <summary>Retires a bottom line with a reason; it stays in the history.</summary>
public sealed class RetireModel(PlanWorkspace workspace) : PageModel
{
    [BindProperty]
    [Display(Name = "Why is the bottom line being retired?")]
    [Required(ErrorMessage = "Enter why the bottom line is being retired")]
    [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or less")]
    public string? Reason { get; set; }

    public FamilyCase Family { get; private set; } = default!;

    public BottomLine Line { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid lineId) => await LoadAsync(id, lineId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid lineId)
    {
        if (!await LoadAsync(id, lineId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userId = await workspace.UserIdAsync();
        var retired = Line.Retire(Reason, userId, workspace.Now);
        if (!retired.Succeeded)
        {
            ModelState.AddModelError(nameof(Reason), retired.Error!);
            return Page();
        }

        workspace.AuditChange(AuditAction.Change, PlanWorkspace.BottomLineRecord, Line.Id, id, "Retired a bottom line");
        workspace.Chronicle(id, ChronologyEventType.Plan, $"Bottom line retired: {Line.Text}", userId, PlanWorkspace.BottomLineRecord, Line.Id);
        await workspace.Db.SaveChangesAsync();
        TempData.Success("Bottom line retired");
        return Redirect(this.Links().BottomLines(id));
    }

    private async Task<bool> LoadAsync(Guid id, Guid lineId)
    {
        var family = await workspace.ForChangeAsync(id);
        var line = family is null ? null : (await workspace.BottomLinesAsync(id)).FirstOrDefault(b => b.Id == lineId);
        if (family is null || line is null)
        {
            return false;
        }

        Family = family;
        Line = line;
        return true;
    }
}
