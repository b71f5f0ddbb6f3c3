using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Step 5: the review is scheduled, by default 91 days after the conference (or the last review).</summary>
public sealed class ReviewModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : ConferencePage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Date of the review")]
    public DateOnly? ReviewOn { get; set; }

    public string DefaultDate
    {
        get
        {
            var after = Conference.Reviews.LastOrDefault(r => r.HeldOn is not null)?.HeldOn ?? Conference.ConferenceHeldOn;
            return after is { } a ? FamilyText.Date(FamilyGroupConference.DefaultReviewDate(a)) : "the default";
        }
    }

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

        if (Refused(Conference.ScheduleReview(ReviewOn, CouncilNow, UserKey), nameof(ReviewOn)))
        {
            return Page();
        }

        var due = FamilyText.Date(Conference.NextReview!.DueOn);
        return await SavedAsync($"Review scheduled for {due}", $"Family Group Conference review scheduled for {due}");
    }
}
