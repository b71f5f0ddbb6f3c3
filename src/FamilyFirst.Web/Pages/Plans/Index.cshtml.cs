using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>The family plan: the agreed version the family is working to, the draft being written, versions and reviews.</summary>
[ShowsTheRecord]
public sealed class IndexModel(PlanRecords records, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public FamilyPlan? Plan { get; private set; }

    public PlanNames Names { get; private set; } = PlanNames.None;

    public IReadOnlyList<BottomLine> ActiveBottomLines { get; private set; } = [];

    public bool CanChange { get; private set; }

    /// <summary>What family members wrote on the plan in the family view (newest first): comments and requests to change it.</summary>
    public IReadOnlyList<FamilyPlanComment> FromTheFamily { get; private set; } = [];

    public const int FromTheFamilyShown = 20;

    public int FromTheFamilyTotal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        await records.AuditViewAsync(PlanRecords.PlanRecord, Plan?.Id ?? id, id, Plan is null ? "Viewed the family plan page (no plan yet)" : "Viewed the family plan");
        return Page();
    }

    /// <summary>Starts the plan directly on the case (a conference's plan starts from the conference instead).</summary>
    [ForAction(StaffAction.ChangeFamilyPlan)]
    public async Task<IActionResult> OnPostCreateAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        if (await records.PlanAsync(id) is not null)
        {
            TempData.Success("This family already has a plan");
            return Redirect(this.Links().FamilyPlan(id));
        }

        var plan = FamilyPlan.StartDirect(id, UserId, UtcNow);
        records.Db.FamilyPlans.Add(plan);
        records.AuditChange(AuditAction.Create, PlanRecords.PlanRecord, plan.Id, id, "Started the family plan on the case");
        await records.Db.SaveChangesAsync();
        TempData.Success("Family plan started. Add the actions the family has agreed to");
        return Redirect(this.Links().FamilyPlan(id));
    }

    /// <summary>Opens a new draft version as a copy of the agreed plan.</summary>
    [ForAction(StaffAction.ChangeFamilyPlan)]
    public async Task<IActionResult> OnPostReviseAsync(Guid id, int revision)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        var plan = await records.PlanAsync(id);
        if (plan is null)
        {
            return NotFound();
        }

        var stale = plan.EnsureNotStale(revision);
        var started = stale.Succeeded ? plan.StartRevision() : null;
        if (!stale.Succeeded || started is { Succeeded: false })
        {
            return await RefusedAsync(stale.Error ?? started!.Error!);
        }

        records.AuditChange(AuditAction.Change, PlanRecords.PlanRecord, plan.Id, id, $"Started writing version {started!.Value!.Number}");
        if (!await records.TrySavePlanAsync())
        {
            return await RefusedAsync(FamilyPlan.StaleMessage);
        }

        TempData.Success($"Version {started.Value.Number} started as a copy of the agreed plan. Change what the family has agreed to change, then agree it");
        return Redirect(this.Links().FamilyPlan(id));
    }

    /// <summary>The practitioner records that a family member's request to change the plan has been dealt with.</summary>
    [ForAction(StaffAction.ChangeFamilyPlan)]
    public async Task<IActionResult> OnPostDealtWithAsync(Guid id, Guid commentId)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        var request = await records.Db.FamilyPlanComments.FirstOrDefaultAsync(c => c.Id == commentId && c.FamilyCaseId == id);
        if (request is null)
        {
            return NotFound();
        }

        var dealtWith = request.MarkDealtWith(UserId, UtcNow);
        if (!dealtWith.Succeeded)
        {
            return await RefusedAsync(dealtWith.Error!);
        }

        records.AuditChange(AuditAction.Change, nameof(FamilyPlanComment), request.Id, id, "Recorded that a family member's request to change the plan was dealt with");
        await records.Db.SaveChangesAsync();
        TempData.Success("The request has been marked as dealt with");
        return Redirect(this.Links().FamilyPlan(id));
    }

    private async Task LoadAsync()
    {
        Plan = await records.PlanAsync(Family.Id);
        Names = await records.NamesAsync(Family, Plan);
        ActiveBottomLines = (await records.BottomLinesAsync(Family.Id)).Where(b => b.IsUsable).ToList();
        CanChange = await Access.CanChangeAsync(Family);
        var fromTheFamily = records.Db.FamilyPlanComments.AsNoTracking().Where(c => c.FamilyCaseId == Family.Id);
        FromTheFamilyTotal = await fromTheFamily.CountAsync();
        FromTheFamily = (await fromTheFamily.ToListAsync())
            .OrderByDescending(c => c.IsOpenRequest)
            .ThenByDescending(c => c.WrittenAt)
            .Take(FromTheFamilyShown)
            .ToList();
    }

    private async Task<IActionResult> RefusedAsync(string message)
    {
        records.Db.ChangeTracker.Clear();
        ModelState.AddModelError(string.Empty, message);
        await LoadAsync();
        return Page();
    }
}
