using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Step 5: the review conference was held.</summary>
public sealed class ReviewHeldModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : ConferencePage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Date the review was held")]
    [Required(ErrorMessage = "Enter the date the review was held")]
    public DateOnly? HeldOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId) =>
        await LoadAsync(id, conferenceId, forChange: true) ?? Page();

    [ForAction(StaffAction.RunConference)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Refused(Conference.RecordReviewHeld(HeldOn!.Value, CouncilNow, UserKey), nameof(HeldOn)))
        {
            return Page();
        }

        return await SavedAsync("Review recorded", $"Family Group Conference review held on {FamilyText.Date(HeldOn.Value)}");
    }
}
