using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>
/// Step 5: the review is scheduled, by default 91 days after the conference (or the last review). When the family plan's
/// draft came from this conference and its review date has not been changed on the plan since, the draft takes the new
/// date too (recorded in the plan's audit and the family's chronology); otherwise the confirmation says it was kept.
/// </summary>
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
        var plan = await CarryToFamilyPlanAsync(Conference.NextReview.DueOn);
        return await SavedAsync($"Review scheduled for {due}{plan}", $"Family Group Conference review scheduled for {due}");
    }

    /// <summary>Moves the review date of the family plan's draft from this conference (the domain decides); returns what to add to the confirmation.</summary>
    private async Task<string> CarryToFamilyPlanAsync(DateOnly reviewOn)
    {
        var plan = await Db.FamilyPlans.Where(p => p.FamilyId == Family.Id).OrderBy(p => p.CreatedAt).FirstOrDefaultAsync();
        if (plan is null)
        {
            return string.Empty;
        }

        var taken = plan.TakeReviewDateFromConference(Conference.Id, reviewOn, Today);
        if (!taken.Succeeded)
        {
            return $". The family plan's review date was not changed: {taken.Error}";
        }

        var outcome = taken.Value!;
        switch (outcome.Result)
        {
            case ConferenceReviewDateResult.Carried:
                var summary = $"Family plan draft (version {plan.Draft!.Number}): review date moved to {FamilyText.Date(reviewOn)}, as moved on the Family Group Conference";
                Audit.Record(AuditAction.Change, PlanRecords.PlanRecord, plan.Id.ToString(), Family.Id, summary);
                Chronology.Add(Db, Family.Id, ChronologyEventType.Plan, Today, summary, StaffIds.Of(User), Time.GetUtcNow(), PlanRecords.PlanRecord, plan.Id);
                return $". The draft of the family plan will be reviewed by {FamilyText.Date(reviewOn)} too";
            case ConferenceReviewDateResult.KeptAsChangedOnThePlan:
                return $". The family plan's review date was changed on the plan, so it stays {(outcome.PlanReviewBy is { } kept ? FamilyText.Date(kept) : "blank")}: change it on the plan if it should move too";
            default:
                return string.Empty;
        }
    }
}
