using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>
/// Records the agreement of the draft: which family members agreed and the local authority's decision. Every bottom
/// line that applies is shown with how the plan addresses it (its actions, or what is written about how the plan meets
/// it), and the plan cannot be agreed while one is unaddressed (the domain's rule). The draft becomes the next version.
/// </summary>
public sealed class AgreeModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Which family members agreed the plan?")]
    public List<string> AgreedBy { get; set; } = [];

    [BindProperty]
    [Display(Name = "The local authority's decision")]
    [StringLength(4000, ErrorMessage = "The local authority's decision must be 4,000 characters or less")]
    public string? Decision { get; set; }

    /// <summary>How the plan meets each bottom line no action addresses.</summary>
    [BindProperty]
    public List<BottomLineAnswer> HowMet { get; set; } = [];

    [BindProperty]
    public int Revision { get; set; }

    public FamilyPlan Plan { get; private set; } = default!;

    public IReadOnlyList<PlanPerson> FamilyMembers { get; private set; } = [];

    /// <summary>Every bottom line that applies, with how the plan addresses it.</summary>
    public BottomLinesAtDecision BottomLines { get; private set; } = default!;

    private IReadOnlyList<BottomLine> familyBottomLines = [];

    private IReadOnlyList<Guid> removedForConference = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is not { } result)
        {
            return NotFound();
        }

        if (Plan.Draft is null)
        {
            return Redirect(this.Links().FamilyPlan(id));
        }

        Revision = Plan.Revision;
        return result;
    }

    [ForAction(StaffAction.ChangeFamilyPlan)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is null)
        {
            return NotFound();
        }

        if (!Plan.EnsureNotStale(Revision).Succeeded)
        {
            ModelState.AddModelError(string.Empty, FamilyPlan.StaleMessage);
            Revision = Plan.Revision;
            return Page();
        }

        var agreedIds = FamilyMembers.Where(p => AgreedBy.Contains(p.Value)).Select(p => p.NetworkMemberId ?? p.PersonId!.Value).ToList();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var number = Plan.Draft?.Number;
        var agreed = Plan.Agree(agreedIds, Decision, familyBottomLines, removedForConference, BottomLineAnswer.ByBottomLine(HowMet), UserId, UtcNow);
        var problem = BottomLines.FirstProblem is { } line && HowMet.FindIndex(a => a.BottomLineId == line) is var index and >= 0
            ? $"{nameof(HowMet)}[{index}].{nameof(BottomLineAnswer.How)}"
            : string.Empty;
        var field = agreed.Error switch
        {
            "Select which family members agreed the plan" => nameof(AgreedBy),
            "Enter the local authority's decision" => nameof(Decision),
            { } e when e.Contains("bottom line", StringComparison.Ordinal) => problem,
            _ => string.Empty,
        };
        if (Refused(agreed, field))
        {
            return Page();
        }

        var version = agreed.Value!;
        records.AuditChange(AuditAction.Change, PlanRecords.PlanRecord, Plan.Id, id, $"Recorded the agreement of version {version.Number}");
        records.Chronicle(id, ChronologyEventType.Plan, version.Number == 1 ? "Family plan agreed (version 1)" : $"Family plan revised: version {version.Number} agreed", UserId, PlanRecords.PlanRecord, Plan.Id, Today, UtcNow);
        if (!await records.TrySavePlanAsync())
        {
            ModelState.AddModelError(string.Empty, FamilyPlan.StaleMessage);
            await LoadAsync(id);
            Revision = Plan.Revision;
            return Page();
        }

        TempData.Success($"Version {number} of the plan has been agreed");
        return Redirect(this.Links().FamilyPlan(id));
    }

    private async Task<PageResult?> LoadAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id) || await records.PlanAsync(id) is not { } plan)
        {
            return null;
        }

        Plan = plan;
        var draft = plan.Draft;
        // The household, and anyone from the wider network who owns an action in the draft or leads it: they agree it too.
        FamilyMembers = (await records.PeopleAsync(Family))
            .Where(p => p.Kind == ActionOwnerKind.FamilyMember || (p.NetworkMemberId is { } member && draft is not null &&
                (draft.PlanLeadNetworkMemberId == member || draft.Actions.Any(a => a.Owner.NetworkMemberId == member))))
            .ToList();
        familyBottomLines = await records.BottomLinesAsync(id);
        removedForConference = await records.RemovedForConferenceAsync(plan);
        var answers = BottomLineAnswer.ByBottomLine(HowMet);
        BottomLines = plan.BottomLinesAtAgreement(familyBottomLines, removedForConference, answers);
        HowMet = BottomLineAnswer.For(BottomLines.Lines.Where(l => l.Actions.Count == 0).Select(l => l.BottomLine.Id), HowMet);
        return Page();
    }
}
