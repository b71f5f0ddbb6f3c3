using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>What the draft plan says besides its actions, as the family wrote it.</summary>
public sealed class PlanDetailsInput
{
    [Display(Name = PrintablePlan.ContingencyHeading)]
    [StringLength(4000, ErrorMessage = "What the family will do if the plan is not working must be 4,000 characters or less")]
    public string? ContingencyPlan { get; set; }

    [Display(Name = PrintablePlan.ResourcesHeading)]
    [StringLength(4000, ErrorMessage = "What the family has asked agencies for must be 4,000 characters or less")]
    public string? ResourcesAskedOfAgencies { get; set; }

    [Display(Name = "Who is the family plan lead?")]
    public string? PlanLead { get; set; }

    [Display(Name = "How will the plan be reviewed?")]
    [StringLength(4000, ErrorMessage = "How the plan will be reviewed must be 4,000 characters or less")]
    public string? ReviewArrangements { get; set; }

    [Display(Name = "When will the plan be reviewed?")]
    public DateOnly? ReviewBy { get; set; }
}

/// <summary>
/// Changes the draft's contingency plan, resources, plan lead and review. A save from a page that showed an earlier
/// revision of the plan is refused and the person's text is kept (on the page and as a draft) to apply again.
/// </summary>
public sealed class DetailsModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public const string FormName = "plan-details";

    [BindProperty]
    public PlanDetailsInput Input { get; set; } = new();

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? Intent { get; set; }

    public IReadOnlyList<PlanPerson> FamilyMembers { get; private set; } = [];

    public DateTimeOffset? RestoredDraftFrom { get; private set; }

    /// <summary>Set when the save was refused because someone else changed the plan: what the plan says now.</summary>
    public PlanVersion? SavedNow { get; private set; }

    public PlanNames Names { get; private set; } = PlanNames.None;

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id) || await records.PlanAsync(id) is not { } plan)
        {
            return NotFound();
        }

        if (plan.Draft is not { } draft)
        {
            return Redirect(this.Links().FamilyPlan(id));
        }

        await LoadAsync(plan);
        Revision = plan.Revision;
        Input = new PlanDetailsInput
        {
            ContingencyPlan = draft.ContingencyPlan,
            ResourcesAskedOfAgencies = draft.ResourcesAskedOfAgencies,
            PlanLead = draft.PlanLeadNetworkMemberId is { } networkLead ? $"network:{networkLead:D}" : draft.PlanLeadFamilyMemberId is { } lead ? $"family:{lead:D}" : null,
            ReviewArrangements = draft.ReviewArrangements,
            ReviewBy = draft.ReviewBy,
        };
        if (await records.LoadDraftAsync<PlanDetailsInput>(UserId, id, FormName) is { } kept)
        {
            Input = kept.Values;
            Revision = kept.Revision ?? plan.Revision;
            RestoredDraftFrom = kept.SavedAt;
        }

        return Page();
    }

    [ForAction(StaffAction.ChangeFamilyPlan)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id) || await records.PlanAsync(id) is not { } plan)
        {
            return NotFound();
        }

        await LoadAsync(plan);
        if (Intent == "draft")
        {
            await records.KeepDraftAsync(UserId, id, FormName, Input, Revision, UtcNow);
            await records.Db.SaveChangesAsync();
            TempData.Success("Your changes to the plan have been kept as a draft. They are not part of the plan until you save them");
            return Redirect(this.Links().FamilyPlan(id));
        }

        if (plan.Draft is null)
        {
            ModelState.AddModelError(string.Empty, "This plan has been agreed. Start a new version to change it");
            return Page();
        }

        PlanLead? lead = null;
        if (!string.IsNullOrEmpty(Input.PlanLead))
        {
            lead = FamilyMembers.FirstOrDefault(p => p.Value == Input.PlanLead) switch
            {
                { NetworkMemberId: { } member } => PlanLead.NetworkMember(member),
                { PersonId: { } person } => PlanLead.HouseholdMember(person),
                _ => null,
            };
            if (lead is null)
            {
                ModelState.AddModelError("Input.PlanLead", "Select the family plan lead");
            }
        }

        if (Input.ReviewBy is { } reviewBy && reviewBy < Today && ModelState.GetFieldValidationState("Input.ReviewBy") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
        {
            ModelState.AddModelError("Input.ReviewBy", "The review date must be today or in the future");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!plan.EnsureNotStale(Revision).Succeeded)
        {
            return await StaleAsync();
        }

        var updated = plan.UpdateDetails(new PlanDetails(Blank(Input.ContingencyPlan), Blank(Input.ResourcesAskedOfAgencies), lead, Blank(Input.ReviewArrangements), Input.ReviewBy), await records.Db.FamilyContactsAsync(Family), Today);
        if (Refused(updated, "Input.PlanLead"))
        {
            return Page();
        }

        records.AuditChange(AuditAction.Change, PlanRecords.PlanRecord, plan.Id, id, $"Changed the details of draft version {plan.Draft.Number}");
        await records.DiscardDraftAsync(UserId, id, FormName);
        if (!await records.TrySavePlanAsync())
        {
            return await StaleAsync();
        }

        TempData.Success("The plan has been updated");
        return Redirect(this.Links().FamilyPlan(id));
    }

    private async Task<IActionResult> StaleAsync()
    {
        records.Db.ChangeTracker.Clear();
        var latest = (await records.PlanAsync(Family.Id))!;
        await records.KeepDraftAsync(UserId, Family.Id, FormName, Input, Revision, UtcNow);
        await records.Db.SaveChangesAsync();
        ModelState.AddModelError(string.Empty, FamilyPlan.StaleMessage);
        SavedNow = latest.Draft ?? latest.CurrentVersion;
        Names = await records.NamesAsync(Family, latest);
        Revision = latest.Revision;
        return Page();
    }

    private async Task LoadAsync(FamilyPlan plan)
    {
        // The household first, then the wider network: a grandmother or friend can lead the plan (the contact rule is asked on saving).
        FamilyMembers = await records.PeopleAsync(Family);
        Names = await records.NamesAsync(Family, plan);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
