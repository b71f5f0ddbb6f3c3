using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>One action as typed on the form.</summary>
public sealed class PlanActionInput
{
    public const string Professional = "professional";

    [Display(Name = "What will be done?")]
    [Required(ErrorMessage = "Enter what will be done")]
    [StringLength(2000, ErrorMessage = "What will be done must be 2,000 characters or less")]
    public string? What { get; set; }

    [Display(Name = "Who will do this?")]
    [Required(ErrorMessage = "Select who will do this")]
    public string? Owner { get; set; }

    [Display(Name = "Name of the professional or service (if a professional or service will do this)")]
    [StringLength(200, ErrorMessage = "Name of the professional or service must be 200 characters or less")]
    public string? OwnerName { get; set; }

    [Display(Name = "By when?")]
    [Required(ErrorMessage = "Enter the date the action will be done by")]
    public DateOnly? ByWhen { get; set; }

    [Display(Name = "Who will check this has been done?")]
    [Required(ErrorMessage = "Enter who will check this has been done")]
    [StringLength(200, ErrorMessage = "Who will check this has been done must be 200 characters or less")]
    public string? WhoChecks { get; set; }

    [Display(Name = "Which worry does it address? (optional)")]
    public string? AddressesWorry { get; set; }

    [Display(Name = "Which bottom line does it address? (optional)")]
    public string? AddressesBottomLine { get; set; }
}

/// <summary>Adds an action to the draft plan, or changes or removes one.</summary>
public sealed class ActionModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    public PlanActionInput Input { get; set; } = new();

    [BindProperty]
    public int Revision { get; set; }

    [BindProperty]
    public string? Intent { get; set; }

    public Guid? ActionKey { get; private set; }

    public IReadOnlyList<PlanPerson> People { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Worries { get; private set; } = [];

    public IReadOnlyList<SelectListItem> BottomLines { get; private set; } = [];

    public DateTimeOffset? RestoredDraftFrom { get; private set; }

    public bool Stale { get; private set; }

    private string FormName => ActionKey is { } key ? $"plan-action:{key:D}" : "plan-action:new";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? actionKey)
    {
        var plan = await LoadAsync(id, actionKey);
        if (plan is null)
        {
            return NotFound();
        }

        if (plan.Draft is not { } draft)
        {
            return Redirect(this.Links().FamilyPlan(id));
        }

        Revision = plan.Revision;
        if (actionKey is { } key)
        {
            if (draft.Action(key) is not { } action)
            {
                return NotFound();
            }

            Input = FromAction(action);
        }

        if (await records.LoadDraftAsync<PlanActionInput>(UserId, id, FormName) is { } kept)
        {
            Input = kept.Values;
            Revision = kept.Revision ?? plan.Revision;
            RestoredDraftFrom = kept.SavedAt;
        }

        return Page();
    }

    [ForAction(StaffAction.ChangeFamilyPlan)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid? actionKey)
    {
        var plan = await LoadAsync(id, actionKey);
        if (plan is null)
        {
            return NotFound();
        }

        if (Intent == "draft")
        {
            await records.KeepDraftAsync(UserId, id, FormName, Input, Revision, UtcNow);
            await records.Db.SaveChangesAsync();
            TempData.Success("The action has been kept as a draft. It is not part of the plan until you save it");
            return Redirect(this.Links().FamilyPlan(id));
        }

        if (plan.Draft is null)
        {
            ModelState.AddModelError(string.Empty, "This plan has been agreed. Start a new version to change it");
            return Page();
        }

        var owner = OwnerFromInput();
        if (Input.Owner == PlanActionInput.Professional && string.IsNullOrWhiteSpace(Input.OwnerName))
        {
            ModelState.AddModelError("Input.OwnerName", "Enter the name of the professional or service");
        }
        else if (Input.Owner is not null && owner is null)
        {
            ModelState.AddModelError("Input.Owner", "Select who will do this");
        }

        var worryKey = ParseChoice(Input.AddressesWorry, Worries, "Input.AddressesWorry", "Select a worry from the list");
        var bottomLineId = ParseChoice(Input.AddressesBottomLine, BottomLines, "Input.AddressesBottomLine", "Select a bottom line from the list");
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!plan.EnsureNotStale(Revision).Succeeded)
        {
            return await StaleAsync(id);
        }

        var details = new PlanActionDetails(Input.What!, owner!, Input.ByWhen!.Value, new ActionChecker(null, Input.WhoChecks), worryKey, bottomLineId);
        var contacts = await records.Db.FamilyContactsAsync(Family);
        var result = actionKey is { } key ? plan.ChangeAction(key, details, contacts, Today) : plan.AddAction(details, contacts, Today) is { Succeeded: false } refused ? Domain.Common.Result.Fail(refused.Error!) : Domain.Common.Result.Ok();
        if (Refused(result, result.Succeeded || FamilyPlan.MayOwn(owner!, contacts, Today).Succeeded ? string.Empty : "Input.Owner"))
        {
            return Page();
        }

        records.AuditChange(AuditAction.Change, PlanRecords.PlanRecord, plan.Id, id, actionKey is null ? $"Added an action to draft version {plan.Draft.Number}" : $"Changed an action in draft version {plan.Draft.Number}");
        await records.DiscardDraftAsync(UserId, id, FormName);
        if (!await records.TrySavePlanAsync())
        {
            return await StaleAsync(id);
        }

        TempData.Success(actionKey is null ? "Action added to the plan" : "Action changed");
        return Redirect(this.Links().FamilyPlan(id));
    }

    [ForAction(StaffAction.ChangeFamilyPlan)]
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid actionKey)
    {
        var plan = await LoadAsync(id, actionKey);
        if (plan is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!plan.EnsureNotStale(Revision).Succeeded)
        {
            return await StaleAsync(id);
        }

        if (Refused(plan.RemoveAction(actionKey)))
        {
            return Page();
        }

        records.AuditChange(AuditAction.Change, PlanRecords.PlanRecord, plan.Id, id, $"Removed an action from draft version {plan.Draft!.Number}");
        await records.DiscardDraftAsync(UserId, id, FormName);
        if (!await records.TrySavePlanAsync())
        {
            return await StaleAsync(id);
        }

        TempData.Success("Action removed from the plan");
        return Redirect(this.Links().FamilyPlan(id));
    }

    private async Task<IActionResult> StaleAsync(Guid id)
    {
        records.Db.ChangeTracker.Clear();
        var latest = (await records.PlanAsync(id))!;
        await records.KeepDraftAsync(UserId, id, FormName, Input, Revision, UtcNow);
        await records.Db.SaveChangesAsync();
        ModelState.AddModelError(string.Empty, FamilyPlan.StaleMessage);
        Stale = true;
        Revision = latest.Revision;
        return Page();
    }

    private async Task<FamilyPlan?> LoadAsync(Guid id, Guid? actionKey)
    {
        if (!await LoadForChangeAsync(id) || await records.PlanAsync(id) is not { } plan)
        {
            return null;
        }

        ActionKey = actionKey;
        People = await records.PeopleAsync(Family);
        var assessments = await records.AssessmentsAsync(id);
        var assessment = assessments.Count > 0 ? assessments[^1] : null;
        Worries = [new SelectListItem("None", string.Empty), .. (assessment?.Worries ?? []).Select(w => new SelectListItem(w.Text, w.ItemKey.ToString("D")))];
        BottomLines = [new SelectListItem("None", string.Empty), .. (await records.BottomLinesAsync(id)).Where(b => b.IsUsable).Select(b => new SelectListItem(b.Text, b.Id.ToString("D")))];
        return plan;
    }

    private ActionOwner? OwnerFromInput()
    {
        if (Input.Owner == PlanActionInput.Professional)
        {
            return string.IsNullOrWhiteSpace(Input.OwnerName) ? null : new ActionOwner(ActionOwnerKind.ProfessionalOrService, null, Input.OwnerName);
        }

        return People.FirstOrDefault(p => p.Value == Input.Owner) is { } person ? new ActionOwner(person.Kind, person.PersonId, person.Name) { NetworkMemberId = person.NetworkMemberId } : null;
    }

    private PlanActionInput FromAction(PlanAction action)
    {
        var owner = action.Owner;
        var value = owner.Kind == ActionOwnerKind.ProfessionalOrService
            ? PlanActionInput.Professional
            : People.FirstOrDefault(p => p.Kind == owner.Kind && (owner.NetworkMemberId is not null ? p.NetworkMemberId == owner.NetworkMemberId : owner.PersonId is not null ? p.PersonId == owner.PersonId : p.Name == owner.Name))?.Value;
        return new PlanActionInput
        {
            What = action.What,
            Owner = value,
            OwnerName = owner.Kind == ActionOwnerKind.ProfessionalOrService ? owner.Name : null,
            ByWhen = action.ByWhen,
            WhoChecks = action.WhoChecks.Name,
            AddressesWorry = action.AddressesWorryKey?.ToString("D") ?? string.Empty,
            AddressesBottomLine = action.AddressesBottomLineId?.ToString("D") ?? string.Empty,
        };
    }

    private Guid? ParseChoice(string? value, IReadOnlyList<SelectListItem> choices, string key, string message)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (choices.Any(c => c.Value == value) && Guid.TryParse(value, out var id))
        {
            return id;
        }

        ModelState.AddModelError(key, message);
        return null;
    }
}
