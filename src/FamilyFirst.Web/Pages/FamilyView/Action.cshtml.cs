using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Resources;
using Microsoft.Extensions.Localization;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>How the family member is getting on with one of their own actions: done, started, or just an update in their words.</summary>
public sealed class ActionModel(FamilyViewWorkspace workspace, IStringLocalizer<FamilyViewText> text) : FamilyViewPageModel(workspace, text)
{
    public const int NoteMaxLength = 2000;

    /// <summary>"Done", "InProgress" or "UpdateOnly".</summary>
    [BindProperty]
    public string? Progress { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public PlanAction Action { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid actionKey)
    {
        if (await FindAsync(actionKey) is null)
        {
            return await RefusedAsync(actionKey);
        }

        await Workspace.AuditViewAsync(Member, "Family member opened one of their plan actions to update it");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid actionKey)
    {
        if (await FindAsync(actionKey) is not { } plan)
        {
            return await RefusedAsync(actionKey);
        }

        PlanActionStatus? status = Progress switch
        {
            "Done" => PlanActionStatus.Done,
            "InProgress" => PlanActionStatus.InProgress,
            _ => null,
        };
        if (Progress is not ("Done" or "InProgress" or "UpdateOnly"))
        {
            ModelState.AddModelError(nameof(Progress), T["Action.Error.Progress"]);
        }
        else if (Progress == "UpdateOnly" && string.IsNullOrWhiteSpace(Note))
        {
            ModelState.AddModelError(nameof(Note), T["Action.Error.Note"]);
        }

        if (Note?.Length > NoteMaxLength)
        {
            ModelState.AddModelError(nameof(Note), T["Error.TooLong"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var recorded = plan.RecordProgressByFamilyMember(actionKey, Member.Who, status, Note?.Trim(), Workspace.Now);
        if (!recorded.Succeeded)
        {
            return await RefusedAsync(actionKey);
        }

        Workspace.AuditChange(Member, AuditAction.Change, nameof(FamilyPlan), plan.Id, status is { } s ? $"Family member recorded their action as {s}" : "Family member added an update to their action");
        try
        {
            await Workspace.Db.SaveChangesAsync();
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            // Someone saved the plan in the same moment: nothing was saved; ask them to send it again.
            Workspace.Db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, T["Action.Error.Stale"]);
            await FindAsync(actionKey);
            return Page();
        }

        Confirm(status == PlanActionStatus.Done ? "Action.Confirm.Done" : "Action.Confirm.Update");
        return Redirect(this.Links().FamilyView());
    }

    /// <summary>The plan, when the action is one of this family member's own in the agreed plan.</summary>
    private async Task<FamilyPlan?> FindAsync(Guid actionKey)
    {
        var plan = await Workspace.PlanAsync(Member.Family.Id);
        if (plan?.CurrentVersion?.Action(actionKey) is not { } action || !Member.Who.Owns(action.Owner))
        {
            return null;
        }

        Action = action;
        return plan;
    }

    private async Task<IActionResult> RefusedAsync(Guid actionKey)
    {
        Workspace.AuditChange(Member, AuditAction.AccessDenied, nameof(FamilyPlan), actionKey, "Family member tried to open an action that is not theirs");
        await Workspace.Db.SaveChangesAsync();
        return NotFound();
    }
}
