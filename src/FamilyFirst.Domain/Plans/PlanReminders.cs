namespace FamilyFirst.Domain.Plans;

/// <summary>What a plan reminder is about: an action or the review, coming up soon or already overdue.</summary>
public enum PlanReminderKind
{
    /// <summary>An open action owned by a family member, due within the action window: to that family member.</summary>
    ActionDueSoon,

    /// <summary>The plan's next review, within the review window: to the family members.</summary>
    ReviewDueSoon,

    /// <summary>An open action past its date, whoever owns it: to the family's lead practitioner.</summary>
    ActionOverdue,

    /// <summary>A review date that has passed without a review: to the family's lead practitioner.</summary>
    ReviewOverdue,
}

/// <summary>
/// How many days ahead a family member is reminded of their action (default 3) and of the plan's review (default 7).
/// Both ends count: with 3 days, an action due on the 10th is due soon from the 7th.
/// </summary>
public sealed record PlanReminderWindows
{
    public static readonly PlanReminderWindows Default = new();

    public PlanReminderWindows(int actionDueSoonDays = 3, int reviewDueSoonDays = 7)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(actionDueSoonDays);
        ArgumentOutOfRangeException.ThrowIfNegative(reviewDueSoonDays);
        ActionDueSoonDays = actionDueSoonDays;
        ReviewDueSoonDays = reviewDueSoonDays;
    }

    public int ActionDueSoonDays { get; }

    public int ReviewDueSoonDays { get; }
}

/// <summary>
/// One thing about a plan to remind someone of on a day. <see cref="ActionKey"/> and <see cref="OwnerPersonId"/> are
/// set for actions (the owner only when the owner is a family member on record); <see cref="DueOn"/> is the action's
/// date or the review date, so a changed date is a new reminder.
/// </summary>
public sealed record PlanReminderItem(PlanReminderKind Kind, Guid PlanId, Guid FamilyId, DateOnly DueOn, Guid? ActionKey, Guid? OwnerPersonId)
{
    public bool IsAboutAction => Kind is PlanReminderKind.ActionDueSoon or PlanReminderKind.ActionOverdue;

    public bool IsDueSoon => Kind is PlanReminderKind.ActionDueSoon or PlanReminderKind.ReviewDueSoon;
}

/// <summary>
/// The reminders a plan needs on a day, from its agreed version only (a draft has no actions anyone has agreed to):
/// open actions owned by a family member that are due soon, the review when it is due soon, and every open action and
/// the review once overdue. Done actions, and actions recorded as not done, need no reminder. A plan with no next
/// review date has no review reminder.
/// </summary>
public static class PlanReminders
{
    public static IReadOnlyList<PlanReminderItem> Due(FamilyPlan plan, DateOnly today, PlanReminderWindows windows)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(windows);
        if (plan.CurrentVersion is null)
        {
            return [];
        }

        var items = new List<PlanReminderItem>();
        foreach (var action in plan.ActionsDueSoon(today, windows.ActionDueSoonDays))
        {
            if (FamilyMemberOwner(action) is { } owner)
            {
                items.Add(new PlanReminderItem(PlanReminderKind.ActionDueSoon, plan.Id, plan.FamilyId, action.ByWhen, action.ActionKey, owner));
            }
        }

        if (plan.IsReviewDueSoon(today, windows.ReviewDueSoonDays))
        {
            items.Add(new PlanReminderItem(PlanReminderKind.ReviewDueSoon, plan.Id, plan.FamilyId, plan.NextReviewDue!.Value, null, null));
        }

        foreach (var action in plan.OverdueActions(today))
        {
            items.Add(new PlanReminderItem(PlanReminderKind.ActionOverdue, plan.Id, plan.FamilyId, action.ByWhen, action.ActionKey, FamilyMemberOwner(action)));
        }

        if (plan.IsReviewOverdue(today))
        {
            items.Add(new PlanReminderItem(PlanReminderKind.ReviewOverdue, plan.Id, plan.FamilyId, plan.NextReviewDue!.Value, null, null));
        }

        return items;
    }

    private static Guid? FamilyMemberOwner(PlanAction action) =>
        action.Owner is { Kind: ActionOwnerKind.FamilyMember, PersonId: { } owner } ? owner : null;
}
