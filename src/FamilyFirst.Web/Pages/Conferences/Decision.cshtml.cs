using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>
/// Step 4, the decision: the referrer agrees the plan and a family member is named plan lead, or does not
/// agree it and must say why, naming the bottom line or safety concern.
/// </summary>
[Authorize(Policy = Policies.FamilyRecords)]
public sealed class DecisionModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : ConferencePage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Is the plan agreed?")]
    [Required(ErrorMessage = "Select yes if the plan is agreed")]
    public string? Agreed { get; set; }

    [BindProperty]
    [Display(Name = "Who is the plan lead?")]
    public Guid? PlanLead { get; set; }

    [BindProperty]
    [Display(Name = "Why is the plan not agreed?")]
    [StringLength(2000, ErrorMessage = "Why the plan is not agreed must be 2,000 characters or less")]
    public string? Reason { get; set; }

    [BindProperty]
    [Display(Name = "Bottom line or safety concern")]
    [StringLength(2000, ErrorMessage = "The bottom line or safety concern must be 2,000 characters or less")]
    public string? SafetyConcern { get; set; }

    public IReadOnlyList<ConferenceInvitation> FamilyMembers =>
        Conference.Invitations.Where(i => i.Kind == ParticipantKind.Family && i.Status != InvitationStatus.NotInvited).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId) =>
        await LoadAsync(id, conferenceId, forChange: true) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        if (Agreed == "yes" && PlanLead is null)
        {
            ModelState.AddModelError(nameof(PlanLead), "Select the family member who will lead the plan");
        }

        if (Agreed == "no" && string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), "Enter why the plan is not agreed");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Agreed == "yes")
        {
            // No bottom line is confirmed here: until the safety plan feature stores them none apply, and if one did the domain would refuse.
            if (Refused(Conference.AgreePlan(PlanLead!.Value, [], Now, UserKey), nameof(PlanLead)))
            {
                return Page();
            }

            var lead = Conference.Invitations.First(i => i.Id == PlanLead).Name;
            return await SavedAsync($"Plan agreed. {lead} is the plan lead", $"Family Group Conference: plan agreed. {lead} is the plan lead");
        }

        if (Refused(Conference.DeclinePlan(Reason!, [], SafetyConcern, Now, UserKey), nameof(SafetyConcern)))
        {
            return Page();
        }

        return await SavedAsync("Plan not agreed. The family may amend it and present it again", $"Family Group Conference: plan not agreed. {Reason!.Trim()}");
    }
}
