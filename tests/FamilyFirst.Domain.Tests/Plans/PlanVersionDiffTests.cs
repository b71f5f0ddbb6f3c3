using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.Plans;

public class PlanVersionDiffTests
{
    [Fact]
    public void Compare_ListsAddedRemovedAndChangedActions()
    {
        var plan = ReadyToAgree(Action("Keep"), Action("Change me"), Action("Remove me"));
        var v1 = AgreeOrFail(plan);
        plan.StartRevision();
        plan.ChangeAction(v1.Actions[1].ActionKey, Action("Changed", new DateOnly(2026, 5, 1)));
        plan.RemoveAction(v1.Actions[2].ActionKey);
        plan.AddAction(Action("New"));
        var v2 = AgreeOrFail(plan);

        var diff = PlanVersionDiff.Compare(v1, v2);

        Assert.Equal((1, 2), (diff.PreviousNumber!.Value, diff.CurrentNumber));
        Assert.Equal(["New"], diff.AddedActions.Select(a => a.What));
        Assert.Equal(["Remove me"], diff.RemovedActions.Select(a => a.What));
        var changed = Assert.Single(diff.ChangedActions);
        Assert.Equal(v1.Actions[1].ActionKey, changed.ActionKey);
        Assert.Equal(
            [new FieldChange(PlanField.What, "What", "Change me", "Changed"), new FieldChange(PlanField.ByWhen, "By when", "1 April 2026", "1 May 2026")],
            changed.Changes);
        Assert.Empty(diff.ChangedFields);
        Assert.True(diff.HasChanges);
    }

    [Fact]
    public void Compare_ShowsAContingencyChangeWithBeforeAndAfter()
    {
        var plan = ReadyToAgree();
        var v1 = AgreeOrFail(plan);
        plan.StartRevision();
        plan.UpdateDetails("We will ring Auntie Bev or Uncle Tom", v1.ResourcesAskedOfAgencies, Mum, v1.ReviewArrangements, v1.ReviewBy);
        var v2 = AgreeOrFail(plan);

        var diff = PlanVersionDiff.Compare(v1, v2);

        var change = Assert.Single(diff.ChangedFields);
        Assert.Equal(PlanField.ContingencyPlan, change.Field);
        Assert.Equal("We will ring Auntie Bev and the children will stay with her", change.Before);
        Assert.Equal("We will ring Auntie Bev or Uncle Tom", change.After);
        Assert.Equal(
            [
                new TextDiffSegment(TextDiffKind.Unchanged, "We will ring Auntie Bev "),
                new TextDiffSegment(TextDiffKind.Removed, "and the children will stay with her"),
                new TextDiffSegment(TextDiffKind.Added, "or Uncle Tom"),
            ],
            change.Highlighted);
        Assert.Empty(diff.ChangedActions);
    }

    [Fact]
    public void Compare_ShowsAChangeOfPlanLeadByName()
    {
        var plan = ReadyToAgree();
        var v1 = AgreeOrFail(plan);
        plan.StartRevision();
        plan.UpdateDetails(v1.ContingencyPlan, v1.ResourcesAskedOfAgencies, Gran, v1.ReviewArrangements, v1.ReviewBy);
        var v2 = AgreeOrFail(plan);
        var names = new PlanNames(new Dictionary<Guid, string> { [Mum] = "Kerry", [Gran] = "Maureen" });

        var change = Assert.Single(PlanVersionDiff.Compare(v1, v2, names).ChangedFields);

        Assert.Equal(new FieldChange(PlanField.PlanLead, "Plan lead", "Kerry", "Maureen"), change);
    }

    [Fact]
    public void Compare_IgnoresProgressBecauseItIsNotAChangeToThePlan()
    {
        var plan = ReadyToAgree();
        var v1 = AgreeOrFail(plan);
        plan.StartRevision();
        plan.RecordProgress(v1.Actions[0].ActionKey, PlanActionStatus.Done, null, Mum, Now);
        var v2 = AgreeOrFail(plan);

        var diff = PlanVersionDiff.Compare(v1, v2);

        Assert.False(diff.HasChanges);
    }

    [Fact]
    public void Compare_TreatsAChangeOfSpacingInTheFamilysWordsAsAChange()
    {
        var plan = ReadyToAgree(Action("Gran will help"));
        var v1 = AgreeOrFail(plan);
        plan.StartRevision();
        plan.ChangeAction(v1.Actions[0].ActionKey, Action("Gran will  help"));
        var v2 = AgreeOrFail(plan);

        Assert.Single(PlanVersionDiff.Compare(v1, v2).ChangedActions);
    }

    [Fact]
    public void Compare_WithNoPreviousVersion_CountsEveryActionAsAdded()
    {
        var plan = ReadyToAgree(Action("One"), Action("Two"));
        var v1 = AgreeOrFail(plan);

        var diff = PlanVersionDiff.Compare(null, v1);

        Assert.Equal(2, diff.AddedActions.Count);
        Assert.Null(diff.PreviousNumber);
    }
}
