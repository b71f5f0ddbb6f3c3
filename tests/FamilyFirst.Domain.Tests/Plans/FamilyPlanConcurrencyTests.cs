using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.Plans;

public class FamilyPlanConcurrencyTests
{
    [Fact]
    public void EnsureNotStale_WithTheCurrentRevision_Succeeds()
    {
        var plan = ReadyToAgree();

        Assert.True(plan.EnsureNotStale(plan.Revision).Succeeded);
    }

    [Fact]
    public void EnsureNotStale_AfterSomeoneElseSaved_RefusesWithAClearMessage()
    {
        var plan = ReadyToAgree();
        var revisionOnMyPage = plan.Revision;
        plan.UpdateDetails("Someone else's words", null, Mum, null, new DateOnly(2026, 6, 1));

        var result = plan.EnsureNotStale(revisionOnMyPage);

        Assert.False(result.Succeeded);
        Assert.Equal(
            "Someone else changed this plan while you were editing it. Your changes have not been saved: they are shown below so you can apply them again.",
            result.Error);
    }

    [Fact]
    public void Revision_GoesUpOnEverySaveButNotOnARefusedOne()
    {
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);
        Assert.Equal(1, plan.Revision);

        var action = plan.AddAction(Action("One")).Value!;
        plan.ChangeAction(action.ActionKey, Action("One, changed"));
        plan.UpdateDetails("Ring Bev", null, Mum, null, new DateOnly(2026, 6, 1));
        plan.AddAction(Action(""));
        AgreeOrFail(plan);
        plan.RecordProgress(action.ActionKey, PlanActionStatus.InProgress, null, Mum, Now);
        plan.StartRevision();

        Assert.Equal(7, plan.Revision);
    }
}
