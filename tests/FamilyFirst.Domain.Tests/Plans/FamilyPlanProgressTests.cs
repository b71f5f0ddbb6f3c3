using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.Plans;

public class FamilyPlanProgressTests
{
    private static readonly DateOnly DueOn = new(2026, 4, 1);

    private static (FamilyPlan Plan, Guid ActionKey) AgreedPlan()
    {
        var plan = ReadyToAgree(Action("Gran will collect the children from school", DueOn));
        var version = AgreeOrFail(plan);
        return (plan, version.Actions[0].ActionKey);
    }

    [Theory]
    [InlineData(PlanActionStatus.NotStarted, "2026-04-01", false)]
    [InlineData(PlanActionStatus.NotStarted, "2026-04-02", true)]
    [InlineData(PlanActionStatus.InProgress, "2026-04-02", true)]
    [InlineData(PlanActionStatus.InProgress, "2026-03-31", false)]
    [InlineData(PlanActionStatus.Done, "2026-04-02", false)]
    [InlineData(PlanActionStatus.Done, "2027-01-01", false)]
    [InlineData(PlanActionStatus.NotDone, "2026-04-02", false)]
    public void IsOverdue_OnlyAfterTheDueDateAndOnlyWhileOpen(PlanActionStatus status, string today, bool overdue)
    {
        var (plan, key) = AgreedPlan();
        if (status != PlanActionStatus.NotStarted)
        {
            Assert.True(plan.RecordProgress(key, status, "Update", Mum, Now).Succeeded);
        }

        var action = plan.CurrentVersion!.Action(key)!;

        Assert.Equal(overdue, action.IsOverdue(DateOnly.Parse(today)));
        Assert.Equal(overdue ? 1 : 0, plan.OverdueActions(DateOnly.Parse(today)).Count);
    }

    [Fact]
    public void RecordProgress_IsAnUpdateToTheAgreedVersionNotANewVersion()
    {
        var (plan, key) = AgreedPlan();
        var later = Now.AddDays(3);

        var result = plan.RecordProgress(key, PlanActionStatus.InProgress, "Started on Monday", Gran, later);

        Assert.True(result.Succeeded, result.Error);
        Assert.Single(plan.Versions);
        var action = plan.CurrentVersion!.Action(key)!;
        Assert.Equal(PlanActionStatus.InProgress, action.Status);
        Assert.Equal(new ActionUpdate(PlanActionStatus.InProgress, "Started on Monday", Gran, later), Assert.Single(action.Updates));
    }

    [Fact]
    public void RecordProgress_BeforeThePlanIsAgreed_IsRefused()
    {
        var plan = ReadyToAgree();

        var result = plan.RecordProgress(plan.Draft!.Actions[0].ActionKey, PlanActionStatus.Done, null, Mum, Now);

        Assert.Equal("Progress can only be recorded once the plan has been agreed", result.Error);
    }

    [Fact]
    public void RecordProgress_NotDoneWithoutANote_IsRefused()
    {
        var (plan, key) = AgreedPlan();

        var result = plan.RecordProgress(key, PlanActionStatus.NotDone, "", Mum, Now);

        Assert.Equal("Enter why the action was not done", result.Error);
        Assert.Equal(PlanActionStatus.NotStarted, plan.CurrentVersion!.Action(key)!.Status);
    }

    [Fact]
    public void RecordProgress_WhileARevisionIsOpen_AlsoUpdatesTheDraftSoTheNextVersionKeepsIt()
    {
        var (plan, key) = AgreedPlan();
        plan.StartRevision();

        plan.RecordProgress(key, PlanActionStatus.Done, "All done", Gran, Now);
        var v2 = AgreeOrFail(plan);

        Assert.Equal(PlanActionStatus.Done, v2.Action(key)!.Status);
        Assert.Equal(PlanActionStatus.Done, plan.Version(1)!.Action(key)!.Status);
        Assert.Single(v2.Action(key)!.Updates);
    }

    [Fact]
    public void RecordReview_KeepsEachActionsProgressAndSetsTheNextReview()
    {
        var plan = ReadyToAgree(Action("One", DueOn), Action("Two", DueOn));
        var version = AgreeOrFail(plan);
        var (one, two) = (version.Actions[0].ActionKey, version.Actions[1].ActionKey);
        var reviewedOn = new DateOnly(2026, 6, 1);

        var result = plan.RecordReview(
            reviewedOn,
            [new ActionProgressUpdate(one, PlanActionStatus.Done, "Finished in April")],
            "Going well",
            new DateOnly(2026, 9, 1),
            Practitioner,
            Now);

        Assert.True(result.Succeeded, result.Error);
        var review = result.Value!;
        Assert.Equal(
            [new ActionProgress(one, "One", PlanActionStatus.Done, "Finished in April"), new ActionProgress(two, "Two", PlanActionStatus.NotStarted, null)],
            review.Progress);
        Assert.Equal((reviewedOn, 1, "Going well"), (review.ReviewedOn, review.VersionNumber, review.Notes));
        Assert.Equal(PlanActionStatus.Done, version.Action(one)!.Status);
        Assert.Equal(new DateOnly(2026, 9, 1), plan.NextReviewDue);
    }

    [Fact]
    public void RecordReview_WithTheNextReviewNotAfterThisOne_IsRefused()
    {
        var (plan, _) = AgreedPlan();

        var result = plan.RecordReview(new DateOnly(2026, 6, 1), [], null, new DateOnly(2026, 6, 1), Practitioner, Now);

        Assert.Equal("The next review date must be after the review date", result.Error);
        Assert.Empty(plan.Reviews);
    }

    [Fact]
    public void RecordReview_WithAnInvalidUpdate_RecordsNothing()
    {
        var plan = ReadyToAgree(Action("One", DueOn), Action("Two", DueOn));
        var version = AgreeOrFail(plan);

        var result = plan.RecordReview(
            new DateOnly(2026, 6, 1),
            [new ActionProgressUpdate(version.Actions[0].ActionKey, PlanActionStatus.Done, null), new ActionProgressUpdate(version.Actions[1].ActionKey, PlanActionStatus.NotDone, null)],
            null,
            null,
            Practitioner,
            Now);

        Assert.Equal("Enter why the action was not done", result.Error);
        Assert.Equal(PlanActionStatus.NotStarted, version.Actions[0].Status);
        Assert.Empty(plan.Reviews);
    }

    [Theory]
    [InlineData("2026-06-01", false)]
    [InlineData("2026-06-02", true)]
    public void IsReviewOverdue_OnlyAfterTheReviewDate(string today, bool overdue)
    {
        var (plan, _) = AgreedPlan();

        Assert.Equal(overdue, plan.IsReviewOverdue(DateOnly.Parse(today)));
    }

    [Fact]
    public void IsReviewOverdue_AfterAReview_UsesTheNextReviewDate()
    {
        var (plan, _) = AgreedPlan();
        plan.RecordReview(new DateOnly(2026, 6, 1), [], null, new DateOnly(2026, 9, 1), Practitioner, Now);

        Assert.False(plan.IsReviewOverdue(new DateOnly(2026, 6, 10)));
        Assert.True(plan.IsReviewOverdue(new DateOnly(2026, 9, 2)));
    }
}

public class FamilyPlanProgressByFamilyMemberTests
{
    private static (FamilyPlan Plan, Guid GransAction) AgreedPlan()
    {
        var plan = ReadyToAgree(Action("Gran will collect the children from school"));
        var version = AgreeOrFail(plan);
        return (plan, version.Actions[0].ActionKey);
    }

    [Fact]
    public void FamilyMember_MarksTheirOwnActionDone_RecordedAsThem()
    {
        var (plan, key) = AgreedPlan();

        Assert.True(plan.RecordProgressByFamilyMember(key, Gran, PlanActionStatus.Done, "Every day this week", Now).Succeeded);

        var action = plan.CurrentVersion!.Action(key)!;
        Assert.Equal(PlanActionStatus.Done, action.Status);
        Assert.Equal(Gran, action.Updates[^1].ById);
        Assert.Equal("Every day this week", action.Updates[^1].Note);
    }

    [Fact]
    public void FamilyMember_AddsAnUpdateOnly_StatusStaysAsItWas()
    {
        var (plan, key) = AgreedPlan();

        Assert.True(plan.RecordProgressByFamilyMember(key, Gran, null, "Missed Tuesday, bus was late", Now).Succeeded);

        Assert.Equal(PlanActionStatus.NotStarted, plan.CurrentVersion!.Action(key)!.Status);
        Assert.Single(plan.CurrentVersion!.Action(key)!.Updates);
    }

    [Fact]
    public void FamilyMember_UpdateOnlyWithNoWords_IsRefused()
    {
        var (plan, key) = AgreedPlan();

        Assert.Equal("Enter your update", plan.RecordProgressByFamilyMember(key, Gran, null, " ", Now).Error);
    }

    [Fact]
    public void FamilyMember_CannotUpdateSomeoneElsesAction()
    {
        var (plan, key) = AgreedPlan();
        var revision = plan.Revision;

        var result = plan.RecordProgressByFamilyMember(key, Mum, PlanActionStatus.Done, null, Now);

        Assert.Equal("You can only update your own actions in the agreed plan", result.Error);
        Assert.Equal(PlanActionStatus.NotStarted, plan.CurrentVersion!.Action(key)!.Status);
        Assert.Equal(revision, plan.Revision);
    }

    [Fact]
    public void FamilyMember_CannotUpdateAPlanNotYetAgreed()
    {
        var plan = ReadyToAgree(Action("Gran will collect the children from school"));
        var key = plan.Draft!.Actions[0].ActionKey;

        Assert.False(plan.RecordProgressByFamilyMember(key, Gran, PlanActionStatus.Done, null, Now).Succeeded);
    }
}
