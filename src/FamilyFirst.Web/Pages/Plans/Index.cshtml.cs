using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>The family plan: the agreed version the family is working to, the draft being written, versions and reviews.</summary>
public sealed class IndexModel(PlanWorkspace workspace) : PageModel
{
    public FamilyCase Family { get; private set; } = default!;

    public FamilyPlan? Plan { get; private set; }

    public PlanNames Names { get; private set; } = PlanNames.None;

    public IReadOnlyList<BottomLine> ActiveBottomLines { get; private set; } = [];

    public bool CanChange { get; private set; }

    public DateOnly Today { get; private set; }

    /// <summary>What family members wrote on the plan in the family view (newest first): comments and requests to change it.</summary>
    public IReadOnlyList<FamilyPlanComment> FromTheFamily { get; private set; } = [];

    public const int FromTheFamilyShown = 20;

    public int FromTheFamilyTotal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var family = await workspace.ForViewAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        await LoadAsync(family);
        await workspace.AuditViewAsync(PlanWorkspace.PlanRecord, Plan?.Id ?? id, id, Plan is null ? "Viewed the family plan page (no plan yet)" : "Viewed the family plan");
        return Page();
    }

    /// <summary>Starts the plan directly on the case (a conference's plan starts from the conference instead).</summary>
    public async Task<IActionResult> OnPostCreateAsync(Guid id)
    {
        var family = await workspace.ForChangeAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        if (await workspace.PlanAsync(id) is not null)
        {
            TempData.Success("This family already has a plan");
            return Redirect(this.Links().FamilyPlan(id));
        }

        var userId = await workspace.UserIdAsync();
        var plan = FamilyPlan.StartDirect(id, userId, workspace.Now);
        workspace.Db.FamilyPlans.Add(plan);
        workspace.AuditChange(AuditAction.Create, PlanWorkspace.PlanRecord, plan.Id, id, "Started the family plan on the case");
        await workspace.Db.SaveChangesAsync();
        TempData.Success("Family plan started. Add the actions the family has agreed to");
        return Redirect(this.Links().FamilyPlan(id));
    }

    /// <summary>Opens a new draft version as a copy of the agreed plan.</summary>
    public async Task<IActionResult> OnPostReviseAsync(Guid id, int revision)
    {
        var family = await workspace.ForChangeAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        var plan = await workspace.PlanAsync(id);
        if (plan is null)
        {
            return NotFound();
        }

        var stale = plan.EnsureNotStale(revision);
        var started = stale.Succeeded ? plan.StartRevision() : null;
        if (!stale.Succeeded || started is { Succeeded: false })
        {
            return await RefusedAsync(family, stale.Error ?? started!.Error!);
        }

        workspace.AuditChange(AuditAction.Change, PlanWorkspace.PlanRecord, plan.Id, id, $"Started writing version {started!.Value!.Number}");
        if (!await workspace.TrySavePlanAsync())
        {
            return await RefusedAsync(family, FamilyPlan.StaleMessage);
        }

        TempData.Success($"Version {started.Value.Number} started as a copy of the agreed plan. Change what the family has agreed to change, then agree it");
        return Redirect(this.Links().FamilyPlan(id));
    }

    /// <summary>The practitioner records that a family member's request to change the plan has been dealt with.</summary>
    public async Task<IActionResult> OnPostDealtWithAsync(Guid id, Guid commentId)
    {
        var family = await workspace.ForChangeAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        var request = await workspace.Db.FamilyPlanComments.FirstOrDefaultAsync(c => c.Id == commentId && c.FamilyCaseId == id);
        if (request is null)
        {
            return NotFound();
        }

        var dealtWith = request.MarkDealtWith(await workspace.UserIdAsync(), workspace.Now);
        if (!dealtWith.Succeeded)
        {
            return await RefusedAsync(family, dealtWith.Error!);
        }

        workspace.AuditChange(AuditAction.Change, nameof(FamilyPlanComment), request.Id, id, "Recorded that a family member's request to change the plan was dealt with");
        await workspace.Db.SaveChangesAsync();
        TempData.Success("The request has been marked as dealt with");
        return Redirect(this.Links().FamilyPlan(id));
    }

    private async Task LoadAsync(FamilyCase family)
    {
        Family = family;
        Plan = await workspace.PlanAsync(family.Id);
        Names = await workspace.NamesAsync(family, Plan);
        ActiveBottomLines = (await workspace.BottomLinesAsync(family.Id)).Where(b => b.IsUsable).ToList();
        CanChange = await workspace.CanChangeAsync(family);
        Today = workspace.Today;
        var fromTheFamily = workspace.Db.FamilyPlanComments.AsNoTracking().Where(c => c.FamilyCaseId == family.Id);
        FromTheFamilyTotal = await fromTheFamily.CountAsync();
        FromTheFamily = (await fromTheFamily.ToListAsync())
            .OrderByDescending(c => c.IsOpenRequest)
            .ThenByDescending(c => c.WrittenAt)
            .Take(FromTheFamilyShown)
            .ToList();
    }

    private async Task<IActionResult> RefusedAsync(FamilyCase family, string message)
    {
        workspace.Db.ChangeTracker.Clear();
        ModelState.AddModelError(string.Empty, message);
        await LoadAsync(family);
        return Page();
    }
}
