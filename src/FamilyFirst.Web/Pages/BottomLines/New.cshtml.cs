using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Pages.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.BottomLines;

/// <summary>The practitioner writes a bottom line in plain words; it waits for a manager's approval.</summary>
public sealed class NewModel(PlanWorkspace workspace) : PageModel
{
    [BindProperty]
    [Display(Name = "Write the bottom line")]
    [Required(ErrorMessage = "Enter the bottom line")]
    [StringLength(2000, ErrorMessage = "The bottom line must be 2,000 characters or less")]
    public string? Text { get; set; }

    public FamilyCase Family { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var family = await workspace.ForChangeAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        Family = family;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        var family = await workspace.ForChangeAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        Family = family;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var written = BottomLine.Write(id, Text, await workspace.UserIdAsync(), workspace.Now);
        if (!written.Succeeded)
        {
            ModelState.AddModelError(nameof(Text), written.Error!);
            return Page();
        }

        workspace.Db.BottomLines.Add(written.Value!);
        workspace.AuditChange(AuditAction.Create, PlanWorkspace.BottomLineRecord, written.Value!.Id, id, "Wrote a bottom line");
        await workspace.Db.SaveChangesAsync();
        TempData.Success("Bottom line written. A manager needs to approve it before it can be used");
        return Redirect(this.Links().BottomLines(id));
    }
}
