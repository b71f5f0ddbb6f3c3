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

/// <summary>Retires a bottom line with a reason; it stays in the history.</summary>
public sealed class RetireModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Why is the bottom line being retired?")]
    [Required(ErrorMessage = "Enter why the bottom line is being retired")]
    [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or less")]
    public string? Reason { get; set; }

    public BottomLine Line { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid lineId) => await LoadAsync(id, lineId) ? Page() : NotFound();

    [ForAction(StaffAction.WriteBottomLine)]
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

        if (Refused(Line.Retire(Reason, UserId, UtcNow), nameof(Reason)))
        {
            return Page();
        }

        records.AuditChange(AuditAction.Change, PlanRecords.BottomLineRecord, Line.Id, id, "Retired a bottom line");
        records.Chronicle(id, ChronologyEventType.Plan, $"Bottom line retired: {Line.Text}", UserId, PlanRecords.BottomLineRecord, Line.Id, Today, UtcNow);
        await records.Db.SaveChangesAsync();
        TempData.Success("Bottom line retired");
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
