using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.BottomLines;

/// <summary>The practitioner writes a bottom line in plain words; it waits for a manager's approval.</summary>
public sealed class NewModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Write the bottom line")]
    [Required(ErrorMessage = "Enter the bottom line")]
    [StringLength(2000, ErrorMessage = "The bottom line must be 2,000 characters or less")]
    public string? Text { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        return await LoadForChangeAsync(id) ? Page() : NotFound();
    }

    [ForAction(StaffAction.WriteBottomLine)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var written = BottomLine.Write(id, Text, UserId, UtcNow);
        if (Refused(written, nameof(Text)))
        {
            return Page();
        }

        records.Db.BottomLines.Add(written.Value!);
        records.AuditChange(AuditAction.Create, PlanRecords.BottomLineRecord, written.Value!.Id, id, "Wrote a bottom line");
        await records.Db.SaveChangesAsync();
        TempData.Success("Bottom line written. A manager needs to approve it before it can be used");
        return Redirect(this.Links().BottomLines(id));
    }
}
