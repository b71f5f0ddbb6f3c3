using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Step 4, part 3: the family presents the plan it wrote (or an amended plan after one was not agreed).</summary>
public sealed class PlanModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : ConferencePage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "What is the family's plan?")]
    [Required(ErrorMessage = "Enter the family's plan")]
    [StringLength(PresentedPlan.TextMaxLength, ErrorMessage = "The plan must be 8,000 characters or less")]
    public string? PlanText { get; set; }

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

        var plan = new PresentedPlan { Id = Guid.NewGuid(), ConferenceId = Conference.Id, Text = PlanText!.Trim() };
        var amended = Conference.PlanPresentations.Count > 0;
        if (Refused(Conference.PresentPlan(plan.Id, CouncilNow, UserKey), nameof(PlanText)))
        {
            return Page();
        }

        Db.PresentedPlans.Add(plan);
        return await SavedAsync(amended ? "Amended plan presented" : "Plan presented", amended ? "Family Group Conference: amended plan presented" : "Family Group Conference: plan presented");
    }
}
