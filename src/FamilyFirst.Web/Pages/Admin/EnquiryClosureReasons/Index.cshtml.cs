using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Pages.Enquiries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Admin.EnquiryClosureReasons;

/// <summary>The council's list of reasons for closing an enquiry: add one, stop using one, use one again.</summary>
[ForAction(StaffAction.ManageSettings)]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<EnquiryClosureReason> Reasons { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Reason")]
    [Required(ErrorMessage = "Enter the reason")]
    [StringLength(EnquiryClosureReason.NameMaximumLength, ErrorMessage = "Reason must be 200 characters or less")]
    public string? Name { get; set; }

    public async Task OnGetAsync() => Reasons = await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var name = Name?.Trim();
        if (ModelState.IsValid && await db.EnquiryClosureReasons.AnyAsync(r => r.Name == name))
        {
            ModelState.AddModelError(nameof(Name), "A reason with this name already exists");
        }

        if (!ModelState.IsValid)
        {
            Reasons = await LoadAsync();
            return Page();
        }

        var position = await db.EnquiryClosureReasons.Select(r => (int?)r.Position).MaxAsync() ?? 0;
        db.EnquiryClosureReasons.Add(new EnquiryClosureReason { Id = Guid.NewGuid(), Name = name!, Position = position + 1 });
        await db.SaveChangesAsync();
        TempData.Success($"Added the reason \u201c{name}\u201d");
        return RedirectToPage();
    }

    public Task<IActionResult> OnPostStopUsingAsync(Guid id) => SetActiveAsync(id, false);

    public Task<IActionResult> OnPostUseAgainAsync(Guid id) => SetActiveAsync(id, true);

    private async Task<IActionResult> SetActiveAsync(Guid id, bool active)
    {
        var reason = await db.EnquiryClosureReasons.SingleOrDefaultAsync(r => r.Id == id);
        if (reason is null)
        {
            return NotFound();
        }

        reason.IsActive = active;
        await db.SaveChangesAsync();
        TempData.Success(active ? $"\u201c{reason.Name}\u201d can be chosen again" : $"\u201c{reason.Name}\u201d will no longer be offered. Enquiries already closed with it keep it.");
        return RedirectToPage();
    }

    private async Task<IReadOnlyList<EnquiryClosureReason>> LoadAsync() =>
        await db.EnquiryClosureReasons.AsNoTracking().OrderBy(r => r.Position).ThenBy(r => r.Name).ToListAsync();
}
