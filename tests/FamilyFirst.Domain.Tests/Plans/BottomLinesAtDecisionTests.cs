using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;
using Conf = FamilyFirst.Domain.Tests.Conferences.TestConference;

namespace FamilyFirst.Domain.Tests.Plans;

/// <summary>
/// Bottom lines at the decision: every approved, current bottom line of the family applies to the conference's plan
/// decision and the family plan's agreement (unless removed for the conference with a reason), each is shown with how
/// the plan addresses it, and neither can be recorded as agreed while one is unaddressed.
/// </summary>
public class BottomLinesAtDecisionTests
{
    private static readonly DateTimeOffset LaterOn = new(2026, 3, 20, 9, 0, 0, TimeSpan.Zero);

    private static BottomLine Approved(Guid familyId, string text, DateTimeOffset at)
    {
        var line = BottomLine.Write(familyId, text, Practitioner, at).Value!;
        Assert.True(line.Approve(Manager, at).Succeeded);
        return line;
    }

    [Fact]
    public void Applying_IsEveryApprovedCurrentBottomLineOfTheFamily_ExceptThoseRemovedForTheConference()
    {
        var school = ApprovedBottomLine("The children go to school every day");
        var contact = ApprovedBottomLine("No contact with their dad");
        var removed = ApprovedBottomLine("No overnight stays away from home");
        var draft = BottomLine.Write(FamilyId, "Not yet approved", Practitioner, Now).Value!;
        var retired = ApprovedBottomLine("Retired one");
        Assert.True(retired.Retire("The order has ended", Manager, Now).Succeeded);
        var otherFamily = Approved(Guid.NewGuid(), "Another family's", Now);

        var applying = BottomLinesAtDecision.Applying(FamilyId, [school, contact, removed, draft, retired, otherFamily], [removed.Id]);

        Assert.Equal([school.Id, contact.Id], applying.Select(b => b.Id));
    }

    [Fact]
    public void For_ShowsEachBottomLineWithTheActionsThatAddressItAndWhatWasWritten()
    {
        var school = ApprovedBottomLine("The children go to school every day");
        var contact = ApprovedBottomLine("No contact with their dad");
        var plan = ReadyToAgree(Action("Gran walks the children to school", bottomLineId: school.Id));

        var lines = plan.BottomLinesAtAgreement([school, contact], null, new Dictionary<Guid, string?> { [contact.Id] = "  The court order is in place  " });

        Assert.Equal(["Gran walks the children to school"], lines.Lines[0].Actions);
        Assert.Null(lines.Lines[0].HowMet);
        Assert.Empty(lines.Lines[1].Actions);
        Assert.Equal("The court order is in place", lines.Lines[1].HowMet);
        Assert.Empty(lines.Unaddressed);
        Assert.True(lines.CheckEveryOneAddressed().Succeeded);
    }

    [Fact]
    public void CheckEveryOneAddressed_NamesTheBottomLinesNothingAddresses()
    {
        var one = ApprovedBottomLine("One");
        var two = ApprovedBottomLine("Two");

        var single = BottomLinesAtDecision.For(FamilyId, [one], null, new Dictionary<Guid, string?> { [one.Id] = "   " });
        var both = BottomLinesAtDecision.For(FamilyId, [one, two], null, null);

        Assert.Equal("Enter how the plan meets the bottom line ‘One’. A plan cannot be agreed while a bottom line is not met", single.CheckEveryOneAddressed().Error);
        Assert.Equal(one.Id, single.FirstProblem);
        Assert.Equal("Enter how the plan meets each bottom line: ‘One’, ‘Two’. A plan cannot be agreed while a bottom line is not met", both.CheckEveryOneAddressed().Error);
    }

    [Fact]
    public void CheckEveryOneAddressed_RefusesAnAnswerOver2000Characters()
    {
        var one = ApprovedBottomLine("One");

        var lines = BottomLinesAtDecision.For(FamilyId, [one], null, new Dictionary<Guid, string?> { [one.Id] = new string('a', 2001) });

        Assert.Equal("How the plan meets the bottom line ‘One’ must be 2,000 characters or less", lines.CheckEveryOneAddressed().Error);
    }

    [Fact]
    public void FamilyPlanAgree_WhileABottomLineIsUnaddressed_IsRefusedAndTheDraftStays()
    {
        var school = ApprovedBottomLine("The children go to school every day");
        var plan = ReadyToAgree();
        var revision = plan.Revision;

        var result = plan.Agree([Mum], "Agreed", [school], null, null, Manager, Now);

        Assert.Equal("Enter how the plan meets the bottom line ‘The children go to school every day’. A plan cannot be agreed while a bottom line is not met", result.Error);
        Assert.NotNull(plan.Draft);
        Assert.Null(plan.CurrentVersion);
        Assert.Equal(revision, plan.Revision);
    }

    [Fact]
    public void FamilyPlanAgree_KeepsHowEachBottomLineWithoutAnActionIsMet()
    {
        var school = ApprovedBottomLine("The children go to school every day");
        var contact = ApprovedBottomLine("No contact with their dad");
        var plan = ReadyToAgree(Action("Gran walks the children to school", bottomLineId: school.Id));

        var result = plan.Agree([Mum], "Agreed", [school, contact], null, new Dictionary<Guid, string?> { [contact.Id] = "The non-molestation order is in place" }, Manager, Now);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([contact.Id], result.Value!.UncoveredBottomLineIds);
        Assert.Equal("‘No contact with their dad’: The non-molestation order is in place", result.Value.UncoveredBottomLinesReason);
    }

    [Fact]
    public void FamilyPlanAgree_DoesNotAskForABottomLineRemovedForTheConferenceThePlanCameFrom()
    {
        var removed = ApprovedBottomLine("No overnight stays away from home");
        var plan = ReadyToAgree();

        var result = plan.Agree([Mum], "Agreed", [removed], [removed.Id], null, Manager, Now);

        Assert.True(result.Succeeded, result.Error);
        Assert.Empty(result.Value!.UncoveredBottomLineIds);
    }

    [Fact]
    public void FamilyPlanAgree_StillChecksTheOtherPartsFirst()
    {
        var plan = ReadyToAgree();

        Assert.Equal("Select which family members agreed the plan", plan.Agree([], "Agreed", [], null, null, Manager, Now).Error);
    }

    [Fact]
    public void Refer_RecordsTheBottomLinesRemovedForTheConference()
    {
        var school = Approved(Conf.FamilyId, "Kai goes to school every day", Conf.ReferredAt);
        var overnight = Approved(Conf.FamilyId, "No overnight stays", Conf.ReferredAt);

        var referred = FamilyGroupConference.Refer(Conf.FamilyId, Conf.Referrer, Conf.ValidConsent, ["Kai is missing school"], ["How will Kai get to school?"], [school, overnight], [school.Id], "Kai is not staying away from home", Conf.ReferredAt);

        Assert.Equal([overnight.Id], referred.Value!.RemovedBottomLineIds);
        Assert.Equal([school.Id], referred.Value.BottomLineIds);
    }

    [Fact]
    public void ConferenceAgreePlan_WhileABottomLineIsUnaddressed_IsRefusedAndNothingChanges()
    {
        var conference = Conf.PlanPresented();
        // Approved after the referral: bottom lines follow the family, so it applies too.
        var later = Approved(Conf.FamilyId, "No contact with their dad", LaterOn);
        var lines = BottomLinesAtDecision.For(Conf.FamilyId, [later], conference.RemovedBottomLineIds, null);

        var result = conference.AgreePlan(Conf.Id(conference, "Jo Smith"), lines, FamilyContacts.None, Conf.ConferenceAt.AddHours(2.5), Conf.Referrer);

        Assert.Equal("Enter how the plan meets the bottom line ‘No contact with their dad’. A plan cannot be agreed while a bottom line is not met", result.Error);
        Assert.Equal(ConferenceStage.PlanPresented, conference.Stage);
        Assert.Equal(PlanDecision.Awaiting, conference.PlanPresentations[^1].Decision);
    }

    [Fact]
    public void ConferenceAgreePlan_KeepsHowThePlanMeetsEachBottomLine()
    {
        var conference = Conf.PlanPresented();
        var school = Approved(Conf.FamilyId, "Kai goes to school every day", Conf.ReferredAt);
        var contact = Approved(Conf.FamilyId, "No contact with their dad", LaterOn);
        var lines = BottomLinesAtDecision.For(
            Conf.FamilyId,
            [school, contact],
            conference.RemovedBottomLineIds,
            new Dictionary<Guid, string?> { [school.Id] = "Gran takes Kai on Mondays", [contact.Id] = "Dad is not part of the plan" });

        var result = conference.AgreePlan(Conf.Id(conference, "Jo Smith"), lines, FamilyContacts.None, Conf.ConferenceAt.AddHours(2.5), Conf.Referrer);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(
            [(school.Id, "Gran takes Kai on Mondays"), (contact.Id, "Dad is not part of the plan")],
            conference.PlanPresentations[^1].BottomLinesMet.Select(m => (m.BottomLineId, m.How)));
    }

    [Fact]
    public void ConferenceDeclinePlan_MayNameABottomLineApprovedAfterTheReferral()
    {
        var conference = Conf.PlanPresented();
        var contact = Approved(Conf.FamilyId, "No contact with their dad", LaterOn);
        var lines = BottomLinesAtDecision.For(Conf.FamilyId, [contact], conference.RemovedBottomLineIds, null);

        var result = conference.DeclinePlan("Dad collects on Fridays", [contact.Id], null, Conf.ConferenceAt.AddHours(2.5), Conf.Referrer, lines);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal([contact.Id], conference.PlanPresentations[^1].FailedBottomLineIds);
    }

    [Fact]
    public void ConferenceAgreePlan_WithAnotherFamilysBottomLines_Throws()
    {
        var conference = Conf.PlanPresented();
        var lines = BottomLinesAtDecision.For(Guid.NewGuid(), [], null, null);

        Assert.Throws<ArgumentException>(() => conference.AgreePlan(Conf.Id(conference, "Jo Smith"), lines, FamilyContacts.None, Conf.ConferenceAt.AddHours(2.5), Conf.Referrer));
    }
}
