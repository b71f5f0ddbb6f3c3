using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.Plans;

public class FamilyPlanVersionTests
{
    [Fact]
    public void AgreeReviseAgree_MakesVersionTwoAndLeavesVersionOneAsItWas()
    {
        var plan = ReadyToAgree(Action("Gran will collect the children from school"));
        var v1 = AgreeOrFail(plan);
        var key = v1.Actions[0].ActionKey;

        var revision = plan.StartRevision();
        Assert.True(revision.Succeeded, revision.Error);
        Assert.Equal(2, revision.Value!.Number);
        Assert.False(revision.Value.IsAgreed);
        Assert.True(plan.ChangeAction(key, Action("Gran will collect the children on Mondays and Fridays")).Succeeded);
        Assert.True(plan.AddAction(Action("Mum will go to the parenting course")).Succeeded);
        var v2 = AgreeOrFail(plan);

        Assert.Equal(2, v2.Number);
        Assert.Equal([1, 2], plan.AgreedVersions.Select(v => v.Number));
        Assert.Same(v2, plan.CurrentVersion);
        Assert.Same(v1, plan.Version(1));
        Assert.Equal(["Gran will collect the children from school"], v1.Actions.Select(a => a.What));
        Assert.Equal(["Gran will collect the children on Mondays and Fridays", "Mum will go to the parenting course"], v2.Actions.Select(a => a.What));
        Assert.Equal(key, v2.Actions[0].ActionKey);
        Assert.NotEqual(v1.Actions[0].Id, v2.Actions[0].Id);
    }

    [Fact]
    public void AddAction_AfterAgreementWithoutARevision_IsRefused()
    {
        var plan = ReadyToAgree();
        AgreeOrFail(plan);

        var result = plan.AddAction(Action("Something new"));

        Assert.False(result.Succeeded);
        Assert.Equal("This plan has been agreed. Start a new version to change it", result.Error);
        Assert.Single(plan.CurrentVersion!.Actions);
    }

    [Fact]
    public void StartRevision_WhileADraftIsOpen_IsRefused()
    {
        var plan = ReadyToAgree();

        var result = plan.StartRevision();

        Assert.Equal("A new version of this plan is already being written", result.Error);
    }

    [Fact]
    public void StartRevision_CopiesTheAgreedDetailsIntoTheDraft()
    {
        var plan = ReadyToAgree();
        var v1 = AgreeOrFail(plan);

        var draft = plan.StartRevision().Value!;

        Assert.Equal(
            (v1.ContingencyPlan, v1.ResourcesAskedOfAgencies, v1.PlanLeadFamilyMemberId, v1.ReviewArrangements, v1.ReviewBy),
            (draft.ContingencyPlan, draft.ResourcesAskedOfAgencies, draft.PlanLeadFamilyMemberId, draft.ReviewArrangements, draft.ReviewBy));
        Assert.Empty(draft.AgreedFamilyMemberIds);
        Assert.Null(draft.LocalAuthorityDecision);
    }

    [Fact]
    public void AddAction_WithoutWhatWillBeDone_IsRefused()
    {
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);

        var result = plan.AddAction(Action(" \n "));

        Assert.Equal("Enter what will be done", result.Error);
    }

    [Fact]
    public void AddAction_WithoutWhoWillDoIt_IsRefused()
    {
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);

        var result = plan.AddAction(Action("Go to the GP") with { Owner = new ActionOwner(ActionOwnerKind.ProfessionalOrService, null, " ") });

        Assert.Equal("Enter who will do this", result.Error);
    }

    [Fact]
    public void AddAction_WithoutWhoChecks_IsRefused()
    {
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);

        var result = plan.AddAction(Action("Go to the GP") with { WhoChecks = new ActionChecker(null, null) });

        Assert.Equal("Enter who will check this has been done", result.Error);
    }

    [Fact]
    public void RemoveAction_TakesItOutOfTheDraft()
    {
        var plan = ReadyToAgree(Action("One"), Action("Two"));
        var key = plan.Draft!.Actions[0].ActionKey;

        var result = plan.RemoveAction(key);

        Assert.True(result.Succeeded);
        Assert.Equal(["Two"], plan.Draft.Actions.Select(a => a.What));
    }
}
