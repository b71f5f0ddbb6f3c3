using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>
/// Step 4, the decision: the referrer agrees the plan and a family member is named plan lead, or does not
/// agree it and must say why, naming the bottom line or safety concern.
/// </summary>
[ForAction(StaffAction.RecordLocalAuthorityDecision)]
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

    /// <summary>How the plan meets each bottom line that applies, one answer per bottom line shown.</summary>
    [BindProperty]
    public List<BottomLineAnswer> HowMet { get; set; } = [];

    [BindProperty]
    [Display(Name = "Which bottom lines does the plan not meet?")]
    public List<Guid> FailedBottomLines { get; set; } = [];

    public IReadOnlyList<ConferenceInvitation> FamilyMembers =>
        Conference.Invitations.Where(i => i.Kind == ParticipantKind.Family && i.Status != InvitationStatus.NotInvited).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        HowMet = BottomLineAnswer.For(BottomLines.Select(b => b.Id), []);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        HowMet = BottomLineAnswer.For(BottomLines.Select(b => b.Id), HowMet);
        var bottomLines = BottomLinesAtDecision.For(Family.Id, FamilyBottomLines, Conference.RemovedBottomLineIds, BottomLineAnswer.ByBottomLine(HowMet));
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
            var problem = bottomLines.FirstProblem is { } line ? $"{nameof(HowMet)}[{HowMet.FindIndex(a => a.BottomLineId == line)}].{nameof(BottomLineAnswer.How)}" : null;
            if (Refused(Conference.AgreePlan(PlanLead!.Value, bottomLines, await Db.FamilyContactsAsync(Family), CouncilNow, UserKey), problem ?? nameof(PlanLead)))
            {
                return Page();
            }

            var lead = Conference.Invitations.First(i => i.Id == PlanLead);
            var handedOver = await HandOverToFamilyPlanAsync(lead.PersonId);
            return await SavedAsync($"Plan agreed. {lead.Name} is the plan lead. {handedOver}", $"Family Group Conference: plan agreed. {lead.Name} is the plan lead");
        }

        if (Refused(Conference.DeclinePlan(Reason!, FailedBottomLines.Distinct().ToList(), SafetyConcern, CouncilNow, UserKey, bottomLines), nameof(SafetyConcern)))
        {
            return Page();
        }

        return await SavedAsync("Plan not agreed. The family may amend it and present it again", $"Family Group Conference: plan not agreed. {Reason!.Trim()}");
    }

    /// <summary>
    /// The agreed plan becomes the family plan, where its actions, owners and dates are written down and kept
    /// up to date: a new plan started from this conference, or, when the family already has one, a new draft
    /// version of it. Returns the sentence that tells the user where to go next.
    /// </summary>
    private async Task<string> HandOverToFamilyPlanAsync(Guid? planLeadPersonId)
    {
        var staffId = StaffIds.Of(User);
        var plan = await Db.FamilyPlans.Where(p => p.FamilyId == Family.Id).OrderBy(p => p.CreatedAt).FirstOrDefaultAsync();
        if (plan is null)
        {
            plan = FamilyPlan.StartFromFamilyGroupConference(Family.Id, Conference.Id, staffId, Time.GetUtcNow());
            // The decision has already checked the lead may be contacted; were that to change, the plan is started without a lead.
            plan.UpdateDetails(null, null, planLeadPersonId, null, null, await Db.FamilyContactsAsync(Family), Today);

            Db.FamilyPlans.Add(plan);
            Audit.Record(AuditAction.Create, nameof(FamilyPlan), plan.Id.ToString(), Family.Id, "Started the family plan from the Family Group Conference");
            return "The family plan has been started from this conference: write the family's actions into it";
        }

        if (plan.Draft is null && plan.StartRevision() is { Succeeded: true, Value: { } draft })
        {
            Audit.Record(AuditAction.Change, nameof(FamilyPlan), plan.Id.ToString(), Family.Id, $"Started version {draft.Number} of the family plan from the Family Group Conference");
            return $"Version {draft.Number} of the family plan has been started: write the conference's changes into it";
        }

        return "Write the conference's changes into the draft of the family plan";
    }
}
