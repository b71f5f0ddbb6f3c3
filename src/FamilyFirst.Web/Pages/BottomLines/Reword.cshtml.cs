using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.BottomLines;

/// <summary>
/// Changes the words of a bottom line that is still waiting for a manager's approval; the old words stay in its
/// history. Once approved (or retired) the words are fixed and the page says so.
/// </summary>
public sealed class RewordModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Change the wording of the bottom line")]
    [Required(ErrorMessage = "Enter the bottom line")]
    [StringLength(2000, ErrorMessage = "The bottom line must be 2,000 characters or less")]
    public string? Text { get; set; }

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

    [ForAction(StaffAction.WriteBottomLine)]
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
            ModelState.AddModelError(string.Empty, Line.Reword(Text, UserId, UtcNow).Error!);
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Refused(Line.Reword(Text, UserId, UtcNow), nameof(Text)))
        {
            return Page();
        }

        records.AuditChange(AuditAction.Change, PlanRecords.BottomLineRecord, Line.Id, id, "Changed the wording of a bottom line");
        records.Chronicle(id, ChronologyEventType.Plan, $"Bottom line reworded: {Line.Text}", UserId, PlanRecords.BottomLineRecord, Line.Id, Today, UtcNow);
        await records.Db.SaveChangesAsync();
        TempData.Success("Bottom line changed. A manager needs to approve it before it can be used");
        return Redirect(this.Links().BottomLines(id));
    }

    private async Task<bool> LoadAsync(Guid id, Guid lineId)
    {
        var line = await LoadForChangeAsync(id) ? (await records.BottomLinesAsync(id)).FirstOrDefault(b => b.Id == lineId) : null;
        if (line is null)
        {
            return false;
        }

        Line = line;
        return true;
    }
}
