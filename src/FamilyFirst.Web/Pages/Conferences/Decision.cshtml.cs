using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
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

    /// <summary>Who may lead the plan: anyone from the household or the wider network who was invited (the contact rule is asked on saving).</summary>
    public IReadOnlyList<ConferenceInvitation> FamilyMembers =>
        Conference.Invitations.Where(i => i.IsFamilyNetwork && i.Status != InvitationStatus.NotInvited).ToList();

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
            var handedOver = await HandOverToFamilyPlanAsync(lead);
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
    /// version of it. Either way the draft takes what the conference agreed: the family's own words from private
    /// family time (exactly as presented), the plan lead (household or wider network) and the review date.
    /// Returns the sentence that tells the user where to go next.
    /// </summary>
    private async Task<string> HandOverToFamilyPlanAsync(ConferenceInvitation lead)
    {
        var staffId = StaffIds.Of(User);
        var contacts = await Db.FamilyContactsAsync(Family);
        var plan = await Db.FamilyPlans.Where(p => p.FamilyId == Family.Id).OrderBy(p => p.CreatedAt).FirstOrDefaultAsync();
        string next;
        if (plan is null)
        {
            plan = FamilyPlan.StartFromFamilyGroupConference(Family.Id, Conference.Id, staffId, Time.GetUtcNow());
            Db.FamilyPlans.Add(plan);
            Audit.Record(AuditAction.Create, nameof(FamilyPlan), plan.Id.ToString(), Family.Id, "Started the family plan from the Family Group Conference");
            next = "The family plan has been started from this conference: write the family's actions into it";
        }
        else if (plan.Draft is null && plan.StartRevision() is { Succeeded: true, Value: { } draft })
        {
            Audit.Record(AuditAction.Change, nameof(FamilyPlan), plan.Id.ToString(), Family.Id, $"Started version {draft.Number} of the family plan from the Family Group Conference");
            next = $"Version {draft.Number} of the family plan has been started: write the conference's changes into it";
        }
        else
        {
            next = "Write the conference's changes into the draft of the family plan";
        }

        var words = await Db.PresentedPlans.AsNoTracking().Where(p => p.Id == Conference.AgreedPlanId).Select(p => p.Text).FirstOrDefaultAsync();
        if (words is null)
        {
            return next;
        }

        // The lead by their record, or by a typed name that is someone's on the family's record; someone the record
        // does not hold is chosen on the plan once they are added.
        ContactablePerson? onRecord = null;
        if (lead.NetworkMemberId is null && lead.PersonId is null)
        {
            // Someone on both lists (a grandmother in the household list and the network) is taken from the list
            // the conference named them from.
            var named = contacts.People.Where(p => string.Equals(p.Name.Trim(), lead.Name.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
            var fromTheirList = named.Where(p => (p.NetworkMemberId is not null) == (lead.Kind == ParticipantKind.Network)).ToList();
            onRecord = fromTheirList is [var one] ? one : named is [var only] ? only : null;
        }

        var networkMemberId = lead.NetworkMemberId ?? onRecord?.NetworkMemberId;
        var personId = lead.PersonId ?? onRecord?.PersonId;
        var planLead = networkMemberId is { } member ? Domain.Plans.PlanLead.NetworkMember(member) : personId is { } person ? Domain.Plans.PlanLead.HouseholdMember(person) : null;

        // The decision has just asked the same contact rule of the same lead; the plan asks it again.
        var takenOver = plan.TakeFromConference(new ConferenceHandOver(Conference.Id, words, planLead, Conference.ReviewDueOn(ConferenceRules.Default)), contacts, Today);
        if (!takenOver.Succeeded)
        {
            return $"{next}. {takenOver.Error}";
        }

        if (planLead is null)
        {
            next = $"{next}, and choose {lead.Name} as its plan lead once they are added to the family's record";
        }

        Audit.Record(AuditAction.Change, nameof(FamilyPlan), plan.Id.ToString(), Family.Id, $"Took the family's own plan, the plan lead and the review date from the Family Group Conference into draft version {plan.Draft!.Number}");
        return next;
    }
}
