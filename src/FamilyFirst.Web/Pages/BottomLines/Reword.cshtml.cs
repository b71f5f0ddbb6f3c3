using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.BottomLines;

/// <summary>
/// Changes the words of a bottom line that is still waiting for a manager's approval; the old words stay in its
/// history. Once approved (or retired) the words are fixed and the page says so.
/// </summary>
public sealed class RewordModel(PlanWorkspace workspace) : PageModel
{
    [BindProperty]
    [Display(Name = "Change the wording of the bottom line")]
    [Required(ErrorMessage = "Enter the bottom line")]
    [StringLength(2000, ErrorMessage = "The bottom line must be 2,000 characters or less")]
    public string? Text { get; set; }

    public FamilyCase Family { get; private set; } = default!;

    public BottomLine Line { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid lineId)
    {
        if (!await LoadAsync(id, lineId))
        {
            return NotFound();
        }

        Text = Line.Text;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid lineId)
    {
        if (!await LoadAsync(id, lineId))
        {
            return NotFound();
        }

        if (Line.Status != BottomLineStatus.Draft)
        {
            // The domain refuses it; say why rather than show the form again.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, Line.Reword(Text, await workspace.UserIdAsync(), workspace.Now).Error!);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var userId = await workspace.UserIdAsync();
        var reworded = Line.Reword(Text, userId, workspace.Now);
        if (!reworded.Succeeded)
        {
            ModelState.AddModelError(nameof(Text), reworded.Error!);
            return Page();
        }

        workspace.AuditChange(AuditAction.Change, PlanWorkspace.BottomLineRecord, Line.Id, id, "Changed the wording of a bottom line");
        workspace.Chronicle(id, ChronologyEventType.Plan, $"Bottom line reworded: {Line.Text}", userId, PlanWorkspace.BottomLineRecord, Line.Id);
        await workspace.Db.SaveChangesAsync();
        TempData.Success("Bottom line changed. A manager needs to approve it before it can be used");
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
