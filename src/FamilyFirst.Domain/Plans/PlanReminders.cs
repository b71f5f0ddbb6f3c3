namespace FamilyFirst.Domain.Plans;

/// <summary>What a plan reminder is about: an action or the review, coming up soon or already overdue.</summary>
public enum PlanReminderKind
{
    /// <summary>An open action owned by a household or network member, due within the action window: to them.</summary>
    ActionDueSoon,

    /// <summary>The plan's next review, within the review window: to the family and network members with online access.</summary>
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
/// One thing about a plan to remind someone of on a day. <see cref="ActionKey"/> and an owner are set for actions: the
/// owner's person record (<see cref="OwnerPersonId"/>) when a household member owns it, or their network record
/// (<see cref="OwnerNetworkMemberId"/>) when someone from the wider network does; neither for a professional or a name
/// that is no one's record. <see cref="DueOn"/> is the action's date or the review date, so a changed date is a new reminder.
/// </summary>
public sealed record PlanReminderItem(PlanReminderKind Kind, Guid PlanId, Guid FamilyId, DateOnly DueOn, Guid? ActionKey, Guid? OwnerPersonId, Guid? OwnerNetworkMemberId = null)
{
    /// <summary>The owner's record, as an online access names it (<see cref="FamilyView.FamilyViewPerson.Id"/>): the network record, or the person.</summary>
    public Guid? OwnerId => OwnerNetworkMemberId ?? OwnerPersonId;

    public bool IsAboutAction => Kind is PlanReminderKind.ActionDueSoon or PlanReminderKind.ActionOverdue;

    public bool IsDueSoon => Kind is PlanReminderKind.ActionDueSoon or PlanReminderKind.ReviewDueSoon;
}

/// <summary>
/// The reminders a plan needs on a day, from its agreed version only (a draft has no actions anyone has agreed to):
/// open actions owned by a household member or a wider network member (by their record) that are due soon, the review when it is due soon, and every open action and
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
            var (person, network) = Owner(action);
            if (person is not null || network is not null)
            {
                items.Add(new PlanReminderItem(PlanReminderKind.ActionDueSoon, plan.Id, plan.FamilyId, action.ByWhen, action.ActionKey, person, network));
            }
        }

        if (plan.IsReviewDueSoon(today, windows.ReviewDueSoonDays))
        {
            items.Add(new PlanReminderItem(PlanReminderKind.ReviewDueSoon, plan.Id, plan.FamilyId, plan.NextReviewDue!.Value, null, null));
        }

        foreach (var action in plan.OverdueActions(today))
        {
            var (person, network) = Owner(action);
            items.Add(new PlanReminderItem(PlanReminderKind.ActionOverdue, plan.Id, plan.FamilyId, action.ByWhen, action.ActionKey, person, network));
        }

        if (plan.IsReviewOverdue(today))
        {
            items.Add(new PlanReminderItem(PlanReminderKind.ReviewOverdue, plan.Id, plan.FamilyId, plan.NextReviewDue!.Value, null, null));
        }

        return items;
    }

    /// <summary>The household member (by person record) or the network member (by network record) who owns the action.</summary>
    private static (Guid? PersonId, Guid? NetworkMemberId) Owner(PlanAction action) => action.Owner switch
    {
        { Kind: ActionOwnerKind.FamilyMember, PersonId: { } person } => (person, null),
        { Kind: ActionOwnerKind.NetworkMember, NetworkMemberId: { } network } => (null, network),
        _ => (null, null),
    };
}
