using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.Plans;

/// <summary>Which actions and reviews are due soon or overdue on a day, and so which plan reminders are due.</summary>
public class PlanRemindersTests
{
    private static readonly DateOnly DueOn = new(2026, 4, 1);
    private static readonly DateOnly ReviewOn = new(2026, 6, 1);

    private static (FamilyPlan Plan, Guid ActionKey) AgreedPlan(PlanActionStatus status = PlanActionStatus.NotStarted)
    {
        var plan = ReadyToAgree(Action("Gran will collect the children from school", DueOn));
        var key = AgreeOrFail(plan).Actions[0].ActionKey;
        if (status != PlanActionStatus.NotStarted)
        {
            Assert.True(plan.RecordProgress(key, status, "Update", Mum, Now).Succeeded);
        }

        return (plan, key);
    }

    [Theory]
    [InlineData("2026-03-28", false)] // 4 days ahead: not yet
    [InlineData("2026-03-29", true)]  // exactly 3 days ahead
    [InlineData("2026-03-31", true)]
    [InlineData("2026-04-01", true)]  // on the day: due, not yet overdue
    [InlineData("2026-04-02", false)] // the day after: overdue, not due soon
    public void IsDueSoon_FromThreeDaysAheadToTheDayItself(string today, bool dueSoon)
    {
        var (plan, key) = AgreedPlan();

        Assert.Equal(dueSoon, plan.CurrentVersion!.Action(key)!.IsDueSoon(DateOnly.Parse(today), 3));
        Assert.Equal(dueSoon ? 1 : 0, plan.ActionsDueSoon(DateOnly.Parse(today), 3).Count);
    }

    [Theory]
    [InlineData(PlanActionStatus.InProgress, true)]
    [InlineData(PlanActionStatus.Done, false)]
    [InlineData(PlanActionStatus.NotDone, false)]
    public void IsDueSoon_OnlyWhileTheActionIsOpen(PlanActionStatus status, bool dueSoon)
    {
        var (plan, key) = AgreedPlan(status);

        Assert.Equal(dueSoon, plan.CurrentVersion!.Action(key)!.IsDueSoon(new DateOnly(2026, 3, 30), 3));
    }

    [Fact]
    public void IsDueSoon_WithNoDaysAhead_IsOnlyTheDayItself()
    {
        var (plan, key) = AgreedPlan();
        var action = plan.CurrentVersion!.Action(key)!;

        Assert.False(action.IsDueSoon(new DateOnly(2026, 3, 31), 0));
        Assert.True(action.IsDueSoon(DueOn, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => action.IsDueSoon(DueOn, -1));
    }

    [Fact]
    public void ActionsDueSoon_InADraftNotYetAgreed_AreNone()
    {
        var plan = ReadyToAgree(Action("Gran will collect the children from school", DueOn));

        Assert.Empty(plan.ActionsDueSoon(DueOn, 3));
        Assert.Empty(PlanReminders.Due(plan, DueOn, PlanReminderWindows.Default));
    }

    [Fact]
    public void AnActionWithNoDate_CannotBeAdded()
    {
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);

        var result = plan.AddAction(Action("Gran will collect the children from school") with { ByWhen = default });

        Assert.Equal("Enter the date the action will be done by", result.Error);
        Assert.Empty(plan.Draft!.Actions);
    }

    [Theory]
    [InlineData("2026-05-24", false)] // 8 days ahead
    [InlineData("2026-05-25", true)]  // exactly 7 days ahead
    [InlineData("2026-06-01", true)]  // on the day
    [InlineData("2026-06-02", false)] // overdue
    public void IsReviewDueSoon_FromSevenDaysAheadToTheDayItself(string today, bool dueSoon)
    {
        var (plan, _) = AgreedPlan();

        Assert.Equal(dueSoon, plan.IsReviewDueSoon(DateOnly.Parse(today), 7));
    }

    [Fact]
    public void IsReviewDueSoon_WithNoNextReviewDate_IsNever()
    {
        var (plan, _) = AgreedPlan(PlanActionStatus.Done);
        Assert.True(plan.RecordReview(new DateOnly(2026, 5, 20), [], null, null, Practitioner, Now, "Every action is done; the case is closing").Succeeded);

        Assert.False(plan.IsReviewDueSoon(ReviewOn, 7));
        Assert.Empty(PlanReminders.Due(plan, ReviewOn, PlanReminderWindows.Default));
    }

    [Fact]
    public void Due_RemindsFamilyMembersOfTheirOwnActions_AndEveryoneOfOverdueOnes()
    {
        var gransSoon = Action("Gran will collect the children from school", new DateOnly(2026, 4, 3));
        var schoolSoon = Action("School will call Mum weekly", new DateOnly(2026, 4, 3)) with { Owner = new ActionOwner(ActionOwnerKind.ProfessionalOrService, null, "School") };
        var gransLate = Action("Gran will book the GP", new DateOnly(2026, 3, 30));
        var gransDone = Action("Gran will buy a bus pass", new DateOnly(2026, 4, 2));
        var gransLater = Action("Gran will go to the parenting course", new DateOnly(2026, 4, 10));
        var plan = ReadyToAgree(gransSoon, schoolSoon, gransLate, gransDone, gransLater);
        var version = AgreeOrFail(plan);
        Assert.True(plan.RecordProgress(version.Actions[3].ActionKey, PlanActionStatus.Done, null, Gran, Now).Succeeded);
        var today = new DateOnly(2026, 3, 31);

        var due = PlanReminders.Due(plan, today, PlanReminderWindows.Default);

        Assert.Equal(
            [
                new PlanReminderItem(PlanReminderKind.ActionDueSoon, plan.Id, FamilyId, new DateOnly(2026, 4, 3), version.Actions[0].ActionKey, Gran),
                new PlanReminderItem(PlanReminderKind.ActionOverdue, plan.Id, FamilyId, new DateOnly(2026, 3, 30), version.Actions[2].ActionKey, Gran),
            ],
            due);
    }

    [Fact]
    public void Due_RemindsANetworkMemberOfTheirOwnAction_ByTheirNetworkRecord()
    {
        var nan = Guid.Parse("00000000-0000-4000-8000-0000000000f1");
        var nansSoon = Action("Nan Carol will have the children on Saturdays", new DateOnly(2026, 4, 3)) with
        {
            Owner = new ActionOwner(ActionOwnerKind.NetworkMember, null, "Carol Rivers") { NetworkMemberId = nan },
        };
        var nansLate = nansSoon with { What = "Nan Carol will ring the school", ByWhen = new DateOnly(2026, 3, 30) };
        var typedName = nansSoon with { What = "A friend will help", Owner = new ActionOwner(ActionOwnerKind.NetworkMember, null, "A friend") };
        var plan = ReadyToAgree(nansSoon, nansLate, typedName);
        var version = AgreeOrFail(plan);

        var due = PlanReminders.Due(plan, new DateOnly(2026, 3, 31), PlanReminderWindows.Default);

        // A name typed in that is no one's record is not reminded; the lead practitioner hears of it once overdue.
        Assert.Equal(
            [
                new PlanReminderItem(PlanReminderKind.ActionDueSoon, plan.Id, FamilyId, new DateOnly(2026, 4, 3), version.Actions[0].ActionKey, null, nan),
                new PlanReminderItem(PlanReminderKind.ActionOverdue, plan.Id, FamilyId, new DateOnly(2026, 3, 30), version.Actions[1].ActionKey, null, nan),
            ],
            due);
        Assert.Equal(nan, due[0].OwnerId);
    }

    [Fact]
    public void Due_RemindsOfTheReviewBeforeIt_AndOnceItIsOverdue()
    {
        var (plan, _) = AgreedPlan(PlanActionStatus.Done);

        var soon = Assert.Single(PlanReminders.Due(plan, new DateOnly(2026, 5, 28), PlanReminderWindows.Default));
        var late = Assert.Single(PlanReminders.Due(plan, new DateOnly(2026, 6, 5), PlanReminderWindows.Default));

        Assert.Equal(new PlanReminderItem(PlanReminderKind.ReviewDueSoon, plan.Id, FamilyId, ReviewOn, null, null), soon);
        Assert.True(soon.IsDueSoon);
        Assert.False(soon.IsAboutAction);
        Assert.Equal(new PlanReminderItem(PlanReminderKind.ReviewOverdue, plan.Id, FamilyId, ReviewOn, null, null), late);
        Assert.Empty(PlanReminders.Due(plan, new DateOnly(2026, 5, 20), PlanReminderWindows.Default));
    }

    [Fact]
    public void Due_UsesTheWindowsGiven()
    {
        var (plan, key) = AgreedPlan();
        var today = new DateOnly(2026, 3, 22); // the action is 10 days ahead, the review 71

        Assert.Empty(PlanReminders.Due(plan, today, PlanReminderWindows.Default));
        Assert.Equal(
            [PlanReminderKind.ActionDueSoon, PlanReminderKind.ReviewDueSoon],
            PlanReminders.Due(plan, today, new PlanReminderWindows(10, 71)).Select(i => i.Kind));
        Assert.Equal(key, PlanReminders.Due(plan, today, new PlanReminderWindows(10, 0))[0].ActionKey);
    }

    [Fact]
    public void Windows_DefaultToThreeAndSevenDays_AndCannotBeNegative()
    {
        Assert.Equal((3, 7), (PlanReminderWindows.Default.ActionDueSoonDays, PlanReminderWindows.Default.ReviewDueSoonDays));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanReminderWindows(-1, 7));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlanReminderWindows(3, -1));
    }
}
