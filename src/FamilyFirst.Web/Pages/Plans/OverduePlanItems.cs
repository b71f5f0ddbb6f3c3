using FamilyFirst.Domain.Plans;

namespace FamilyFirst.Web.Pages.Plans;

/// <summary>An overdue plan action or review, for "My work" and the reminders job.</summary>
public sealed record OverduePlanItem(Guid FamilyCaseId, Guid PlanId, OverduePlanItemKind Kind, string Description, DateOnly DueOn, Guid? ActionKey);

public enum OverduePlanItemKind
{
    Action,
    Review,
}

/// <summary>
/// Overdue actions (in the agreed plan, past their date, neither done nor recorded as not done) and overdue reviews,
/// for the families given. "My work" passes the ids of the cases the signed-in person may see
/// (<c>FamilyAccess.VisibleCasesAsync</c>), so this query never widens access.
/// </summary>
public sealed class OverduePlanItems(AppDbContext db)
{
    public async Task<IReadOnlyList<OverduePlanItem>> ForAsync(IReadOnlyCollection<Guid> familyCaseIds, DateOnly today, CancellationToken cancellationToken = default)
    {
        var plans = await db.FamilyPlans.AsNoTracking().Where(p => familyCaseIds.Contains(p.FamilyId)).ToListAsync(cancellationToken);
        return Overdue(plans, today);
    }

    public static IReadOnlyList<OverduePlanItem> Overdue(IEnumerable<FamilyPlan> plans, DateOnly today)
    {
        var items = new List<OverduePlanItem>();
        foreach (var plan in plans)
        {
            items.AddRange(plan.OverdueActions(today).Select(a => new OverduePlanItem(plan.FamilyId, plan.Id, OverduePlanItemKind.Action, a.What, a.ByWhen, a.ActionKey)));
            if (plan.IsReviewOverdue(today))
            {
                items.Add(new OverduePlanItem(plan.FamilyId, plan.Id, OverduePlanItemKind.Review, "Plan review", plan.NextReviewDue!.Value, null));
            }
        }

        return items.OrderBy(i => i.DueOn).ToList();
    }
}
