using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.Plans;

public class FamilyPlanAgreementTests
{
    [Fact]
    public void StartFromFamilyGroupConference_RecordsTheConferenceAndOpensDraftOne()
    {
        var conferenceId = Guid.NewGuid();

        var plan = FamilyPlan.StartFromFamilyGroupConference(FamilyId, conferenceId, Practitioner, Now);

        Assert.Equal(PlanSource.FamilyGroupConference, plan.Source);
        Assert.Equal(conferenceId, plan.FamilyGroupConferenceId);
        Assert.Equal(1, plan.Draft!.Number);
        Assert.Null(plan.CurrentVersion);
    }

    [Fact]
    public void Agree_WhenEveryActiveBottomLineIsAddressed_FreezesTheDraftAsVersionOne()
    {
        var bottomLine = ApprovedBottomLine("No contact with Mr X");
        var plan = ReadyToAgree(Action("Gran supervises all contact", bottomLineId: bottomLine.Id));

        var result = plan.Agree([Mum, Gran], "Agreed", [bottomLine], null, Manager, Now);

        Assert.True(result.Succeeded, result.Error);
        var version = result.Value!;
        Assert.Equal(1, version.Number);
        Assert.True(version.IsAgreed);
        Assert.Equal([Mum, Gran], version.AgreedFamilyMemberIds);
        Assert.Equal("Agreed", version.LocalAuthorityDecision);
        Assert.Equal((Manager, Now), (version.AgreedById!.Value, version.AgreedAt!.Value));
        Assert.Empty(version.UncoveredBottomLineIds);
        Assert.Null(plan.Draft);
        Assert.Same(version, plan.CurrentVersion);
    }

    [Fact]
    public void Agree_WhenBottomLineNotAddressed_IsRefusedNamingIt()
    {
        var covered = ApprovedBottomLine("No contact with Mr X");
        var uncovered = ApprovedBottomLine("The children go to school every day");
        var plan = ReadyToAgree(Action("Gran supervises all contact", bottomLineId: covered.Id));

        var result = plan.Agree([Mum], "Agreed", [covered, uncovered], null, Manager, Now);

        Assert.False(result.Succeeded);
        Assert.Equal(
            "No action addresses the bottom line ‘The children go to school every day’. Add an action for it, or give a reason for agreeing the plan without one",
            result.Error);
        Assert.NotNull(plan.Draft);
        Assert.Null(plan.CurrentVersion);
    }

    [Fact]
    public void Agree_WhenSeveralBottomLinesNotAddressed_NamesEachOne()
    {
        var plan = ReadyToAgree();

        var result = plan.Agree([Mum], "Agreed", [ApprovedBottomLine("One"), ApprovedBottomLine("Two")], "  ", Manager, Now);

        Assert.Equal(
            "No action addresses these bottom lines: ‘One’, ‘Two’. Add an action for each, or give a reason for agreeing the plan without them",
            result.Error);
    }

    [Fact]
    public void Agree_WhenBottomLineNotAddressedButAReasonIsGiven_IsAcceptedAndRecordsTheGap()
    {
        var uncovered = ApprovedBottomLine("The children go to school every day");
        var plan = ReadyToAgree();

        var result = plan.Agree([Mum], "Agreed", [uncovered], "School attendance is covered by the school's own plan", Manager, Now);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([uncovered.Id], result.Value!.UncoveredBottomLineIds);
        Assert.Equal("School attendance is covered by the school's own plan", result.Value.UncoveredBottomLinesReason);
    }

    [Fact]
    public void Agree_IgnoresRetiredAndUnapprovedBottomLines()
    {
        var retired = ApprovedBottomLine("No contact with Mr X");
        retired.Retire("Mr X has moved abroad", Manager, Now);
        var draft = BottomLine.Write(FamilyId, "Not yet approved", Practitioner, Now).Value!;
        var plan = ReadyToAgree();

        var result = plan.Agree([Mum], "Agreed", [retired, draft], null, Manager, Now);

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(result.Value!.UncoveredBottomLineIds);
    }

    [Fact]
    public void Agree_WithBottomLinesOfAnotherFamily_IsAProgrammingError()
    {
        var other = BottomLine.Write(Guid.NewGuid(), "Other family's", Practitioner, Now).Value!;
        var plan = ReadyToAgree();

        Assert.Throws<ArgumentException>(() => plan.Agree([Mum], "Agreed", [other], null, Manager, Now));
    }

    [Fact]
    public void Agree_WithNoFamilyMembersAgreeing_IsRefused()
    {
        var plan = ReadyToAgree();

        var result = plan.Agree([], "Agreed", [], null, Manager, Now);

        Assert.Equal("Select which family members agreed the plan", result.Error);
    }

    [Fact]
    public void Agree_WithoutTheLocalAuthorityDecision_IsRefused()
    {
        var plan = ReadyToAgree();

        var result = plan.Agree([Mum], " ", [], null, Manager, Now);

        Assert.Equal("Enter the local authority's decision", result.Error);
    }

    [Fact]
    public void Agree_WithoutAContingencyPlan_IsRefused()
    {
        var plan = ReadyToAgree();
        plan.UpdateDetails(null, null, Mum, null, new DateOnly(2026, 6, 1));

        var result = plan.Agree([Mum], "Agreed", [], null, Manager, Now);

        Assert.Equal("Enter what the family will do if the plan is not working", result.Error);
    }

    [Fact]
    public void Agree_WithNoActions_IsRefused()
    {
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);
        plan.UpdateDetails("Ring Bev", null, Mum, null, new DateOnly(2026, 6, 1));

        var result = plan.Agree([Mum], "Agreed", [], null, Manager, Now);

        Assert.Equal("Add at least one action to the plan", result.Error);
    }

    [Fact]
    public void Agree_SetsTheNextReviewDate()
    {
        var plan = ReadyToAgree();

        AgreeOrFail(plan);

        Assert.Equal(new DateOnly(2026, 6, 1), plan.NextReviewDue);
    }

    [Fact]
    public void RecordNotAgreed_NeedsAReasonAndLeavesTheDraftOpen()
    {
        var bottomLine = ApprovedBottomLine("No contact with Mr X");
        var plan = ReadyToAgree();

        var refused = plan.RecordNotAgreed("", [bottomLine.Id], Manager, Now);
        var recorded = plan.RecordNotAgreed("The plan lets Mr X visit alone", [bottomLine.Id], Manager, Now);

        Assert.Equal("Enter why the plan cannot be agreed, naming the bottom lines or safety concern", refused.Error);
        Assert.True(recorded.Succeeded);
        var notAgreed = Assert.Single(plan.NotAgreed);
        Assert.Equal((1, "The plan lets Mr X visit alone"), (notAgreed.DraftNumber, notAgreed.Reason));
        Assert.Equal([bottomLine.Id], notAgreed.BottomLineIds);
        Assert.NotNull(plan.Draft);
    }
}
