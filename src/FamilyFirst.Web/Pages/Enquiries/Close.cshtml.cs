using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Enquiries;

using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Access;

/// <summary>Closes an enquiry with a reason from the council's list and an optional note.</summary>
public sealed class CloseModel(AppDbContext db, FamilyAccess access, TimeProvider time) : PageModel
{
    public Enquiry Enquiry { get; private set; } = default!;

    public IReadOnlyList<EnquiryClosureReason> Reasons { get; private set; } = [];

    [BindProperty]
    [Display(Name = "Why are you closing the enquiry?")]
    public Guid? ReasonId { get; set; }

    [BindProperty]
    [Display(Name = "Note (optional)")]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        return Enquiry.IsOpen ? Page() : Redirect(this.Links().Enquiry(id));
    }

    [ForAction(StaffAction.WorkEnquiries)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var reason = Reasons.FirstOrDefault(r => r.Id == ReasonId);
        var result = Enquiry.Close(reason?.Name, Note, EnquiryQueue.Actor(User), time.GetUtcNow());
        if (!result.Succeeded)
        {
            ModelState.AddModelError(reason is null ? nameof(ReasonId) : result.Error!.StartsWith("Note", StringComparison.Ordinal) ? nameof(Note) : string.Empty, result.Error!);
            return Page();
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else changed this enquiry at the same time. Go back to the enquiry, check what they did, then try again.");
            return Page();
        }

        TempData.Success($"The enquiry is closed: {reason!.Name}");
        return Redirect(this.Links().Enquiry(id));
    }

    private async Task<bool> LoadAsync(Guid id)
    {
        var enquiry = await db.Enquiries.Include(e => e.History).SingleOrDefaultAsync(e => e.Id == id);
        if (enquiry is null || !EnquiryAccess.CanWork(User, enquiry.Type) || !EnquiryRouting.IsInQueueOf(await access.CurrentStaffAsync(), enquiry.Type, enquiry.TeamId))
        {
            return false;
        }

        Enquiry = enquiry;
        Reasons = await db.EnquiryClosureReasons.AsNoTracking().Where(r => r.IsActive).OrderBy(r => r.Position).ThenBy(r => r.Name).ToListAsync();
        return true;
    }
}
