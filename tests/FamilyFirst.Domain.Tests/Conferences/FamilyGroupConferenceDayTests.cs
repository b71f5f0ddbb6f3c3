using FamilyFirst.Domain.Conferences;
using FamilyContacts = FamilyFirst.Domain.Families.FamilyContacts;
using FamilyFirst.Domain.Meetings;
using static FamilyFirst.Domain.Tests.Conferences.TestConference;

namespace FamilyFirst.Domain.Tests.Conferences;

public class FamilyGroupConferenceDayTests
{
    [Fact]
    public void StartInformationSharing_WhenPrepared_RecordsTheConferenceDate()
    {
        var conference = Prepared();

        var result = conference.StartInformationSharing(ConferenceAt, Coordinator);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.InformationSharing, conference.Stage);
        Assert.Equal(ConferenceAt, conference.ConferenceStartedAt);
        Assert.Equal(new DateOnly(2026, 4, 1), conference.ConferenceHeldOn);
    }

    [Fact]
    public void StartInformationSharing_JustAfterMidnightInBritishSummerTime_IsHeldOnTheLocalDay()
    {
        var conference = Prepared();
        var halfPastMidnight = new DateTimeOffset(2026, 4, 2, 0, 30, 0, TimeSpan.FromHours(1));

        conference.StartInformationSharing(halfPastMidnight, Coordinator);

        Assert.Equal(new DateOnly(2026, 4, 2), conference.ConferenceHeldOn);
    }

    [Fact]
    public void StartPrivateFamilyTime_WithFamilyOnly_RecordsStartAndWhoWasPresent()
    {
        var conference = AtInformationSharing();
        var jo = Id(conference, "Jo Smith");
        var gran = Id(conference, "Gran");

        var result = conference.StartPrivateFamilyTime(ConferenceAt.AddHours(1), [jo, gran], Coordinator);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.PrivateFamilyTime, conference.Stage);
        var session = Assert.Single(conference.PrivateFamilyTime);
        Assert.Equal(ConferenceAt.AddHours(1), session.StartedAt);
        Assert.Null(session.EndedAt);
        Assert.Equal([jo, gran], session.PresentInvitationIds);
    }

    [Fact]
    public void StartPrivateFamilyTime_WithAFriendFromTheNetwork_IsAllowed()
    {
        var conference = Allocated();
        var jo = conference.AddToInvitationList("Jo Smith", ParticipantKind.Family, "mother", MotherId).Value!.Id;
        var friend = conference.AddToInvitationList("Dee", ParticipantKind.Network, "neighbour", null).Value!.Id;
        foreach (var id in new[] { jo, friend })
        {
            conference.InviteToConference(id, FamilyContacts.None, ReferralDay);
            conference.RecordInvitationAccepted(id, FamilyContacts.None, ReferralDay);
        }

        conference.RecordChildParticipation("Kai", null, ChildParticipationWay.Attends, null);
        conference.SetDateAndVenue(ConferenceAt, "Hub", ReferredAt);
        Must(conference.CompletePreparation(ReferredAt, Coordinator));
        Must(conference.StartInformationSharing(ConferenceAt, Coordinator));

        var result = conference.StartPrivateFamilyTime(ConferenceAt.AddHours(1), [jo, friend], Coordinator);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void AgreePlan_WithTheGrandmotherFromTheWiderNetworkAsPlanLead_IsAllowed()
    {
        var conference = Allocated();
        var jo = conference.AddToInvitationList("Jo Smith", ParticipantKind.Family, "mother", MotherId).Value!.Id;
        var carol = conference.AddToInvitationList("Carol Smith", ParticipantKind.Network, "maternal grandmother", null, Guid.NewGuid()).Value!.Id;
        foreach (var id in new[] { jo, carol })
        {
            Must(conference.InviteToConference(id, FamilyContacts.None, ReferralDay));
            Must(conference.RecordInvitationAccepted(id, FamilyContacts.None, ReferralDay));
        }

        Must(conference.RecordChildParticipation("Kai", null, ChildParticipationWay.Attends, null));
        Must(conference.SetDateAndVenue(ConferenceAt, "Hub", ReferredAt));
        Must(conference.CompletePreparation(ReferredAt, Coordinator));
        Must(conference.StartInformationSharing(ConferenceAt, Coordinator));
        Must(conference.StartPrivateFamilyTime(ConferenceAt.AddHours(1), [jo, carol], Coordinator));
        Must(conference.EndPrivateFamilyTime(ConferenceAt.AddHours(2), Coordinator));
        Must(conference.PresentPlan(FirstPlanId, ConferenceAt.AddHours(2.25), Coordinator));

        var result = conference.AgreePlan(carol, [NoContactBottomLine, SchoolBottomLine], FamilyContacts.None, ConferenceAt.AddHours(2.5), Referrer);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(carol, conference.PlanLeadInvitationId);
    }

    [Fact]
    public void StartPrivateFamilyTime_WithAProfessionalListed_IsRefused()
    {
        var conference = AtInformationSharing();

        var result = conference.StartPrivateFamilyTime(ConferenceAt.AddHours(1), [Id(conference, "Jo Smith"), Id(conference, "Ms Patel")], Coordinator);

        Assert.Equal("Private family time is for the family only. Ms Patel must leave", result.Error);
        Assert.Equal(ConferenceStage.InformationSharing, conference.Stage);
        Assert.Empty(conference.PrivateFamilyTime);
    }

    [Fact]
    public void StartPrivateFamilyTime_WithSomeoneNotInvited_IsRefused()
    {
        var conference = AtInformationSharing();

        var result = conference.StartPrivateFamilyTime(ConferenceAt.AddHours(1), [Id(conference, "Jo Smith"), Id(conference, "Uncle Lee")], Coordinator);

        Assert.Equal("Uncle Lee was not invited to the conference, so cannot be present for private family time", result.Error);
    }

    [Fact]
    public void StartPrivateFamilyTime_WithNoOneSelected_IsRefused()
    {
        var result = AtInformationSharing().StartPrivateFamilyTime(ConferenceAt.AddHours(1), [], Coordinator);

        Assert.Equal("Select who from the family is present", result.Error);
    }

    [Fact]
    public void StartPrivateFamilyTime_WithSomeoneNotOnTheList_IsRefused()
    {
        var result = AtInformationSharing().StartPrivateFamilyTime(ConferenceAt.AddHours(1), [Guid.NewGuid()], Coordinator);

        Assert.Equal("Select people from the conference's invitation list", result.Error);
    }

    [Fact]
    public void StartPrivateFamilyTime_BeforeTheConferenceStarted_IsRefused()
    {
        var conference = AtInformationSharing();

        var result = conference.StartPrivateFamilyTime(ConferenceAt.AddMinutes(-1), [Id(conference, "Jo Smith")], Coordinator);

        Assert.Equal("Private family time cannot start before the conference started", result.Error);
    }

    [Fact]
    public void EndPrivateFamilyTime_RecordsTheEndTime()
    {
        var conference = InPrivateFamilyTime();

        var result = conference.EndPrivateFamilyTime(ConferenceAt.AddHours(2), Coordinator);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceAt.AddHours(2), conference.PrivateFamilyTime[0].EndedAt);
        Assert.Equal(ConferenceStage.PrivateFamilyTime, conference.Stage);
        Assert.Equal("Private family time ended", conference.History[^1].Description);
    }

    [Fact]
    public void EndPrivateFamilyTime_AtOrBeforeItsStart_IsRefused()
    {
        var conference = InPrivateFamilyTime();

        var result = conference.EndPrivateFamilyTime(ConferenceAt.AddHours(1), Coordinator);

        Assert.Equal("The end of private family time must be after it started", result.Error);
    }

    [Fact]
    public void PresentPlan_AfterPrivateFamilyTime_MovesToPlanPresented()
    {
        var conference = AfterPrivateFamilyTime();

        var result = conference.PresentPlan(FirstPlanId, ConferenceAt.AddHours(2.25), Coordinator);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.PlanPresented, conference.Stage);
        var presentation = Assert.Single(conference.PlanPresentations);
        Assert.Equal(FirstPlanId, presentation.PlanId);
        Assert.Equal(PlanDecision.Awaiting, presentation.Decision);
    }

    [Fact]
    public void AgreePlan_MeetingEveryBottomLine_NamesTheFamilyPlanLead()
    {
        var conference = PlanPresented();
        var jo = Id(conference, "Jo Smith");
        var at = ConferenceAt.AddHours(2.5);

        var result = conference.AgreePlan(jo, [NoContactBottomLine, SchoolBottomLine], FamilyContacts.None, at, Referrer);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.PlanAgreed, conference.Stage);
        Assert.Equal(jo, conference.PlanLeadInvitationId);
        Assert.Equal(FirstPlanId, conference.AgreedPlanId);
        Assert.Equal(new DateOnly(2026, 4, 1), conference.PlanAgreedOn);
        Assert.Equal(PlanDecision.Agreed, conference.PlanPresentations[0].Decision);
        Assert.Equal("Plan agreed. Jo Smith is the plan lead", conference.History[^1].Description);
        Assert.Equal(Referrer, conference.History[^1].ByUserId);
    }

    [Fact]
    public void AgreePlan_WhenABottomLineIsNotConfirmed_IsRefused()
    {
        var conference = PlanPresented();

        var result = conference.AgreePlan(Id(conference, "Jo Smith"), [NoContactBottomLine], FamilyContacts.None, ConferenceAt.AddHours(2.5), Referrer);

        Assert.Equal("Confirm the plan meets every bottom line, or do not agree the plan and say which bottom line it does not meet", result.Error);
        Assert.Equal(ConferenceStage.PlanPresented, conference.Stage);
    }

    [Fact]
    public void AgreePlan_WithAProfessionalAsPlanLead_IsRefused()
    {
        var conference = PlanPresented();

        var result = conference.AgreePlan(Id(conference, "Ms Patel"), [NoContactBottomLine, SchoolBottomLine], FamilyContacts.None, ConferenceAt.AddHours(2.5), Referrer);

        Assert.Equal("The plan lead must be someone from the family or its wider network who was invited to the conference", result.Error);
    }

    [Fact]
    public void AgreePlan_WithSomeoneNotInvitedAsPlanLead_IsRefused()
    {
        var conference = PlanPresented();

        var result = conference.AgreePlan(Id(conference, "Uncle Lee"), [NoContactBottomLine, SchoolBottomLine], FamilyContacts.None, ConferenceAt.AddHours(2.5), Referrer);

        Assert.Equal("The plan lead must be someone from the family or its wider network who was invited to the conference", result.Error);
    }

    [Fact]
    public void AgreePlan_WithoutAPlanLead_IsRefused()
    {
        var result = PlanPresented().AgreePlan(Guid.Empty, [NoContactBottomLine, SchoolBottomLine], FamilyContacts.None, ConferenceAt.AddHours(2.5), Referrer);

        Assert.Equal("Select the family member who will lead the plan", result.Error);
    }

    [Fact]
    public void DeclinePlan_NamingABottomLine_RecordsTheReason()
    {
        var conference = PlanPresented();

        var result = conference.DeclinePlan(" Uncle Lee would collect the children ", [NoContactBottomLine], null, ConferenceAt.AddHours(2.5), Referrer);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.PlanNotAgreed, conference.Stage);
        var presentation = conference.PlanPresentations[0];
        Assert.Equal(PlanDecision.NotAgreed, presentation.Decision);
        Assert.Equal("Uncle Lee would collect the children", presentation.NotAgreedReason);
        Assert.Equal([NoContactBottomLine], presentation.FailedBottomLineIds);
    }

    [Fact]
    public void DeclinePlan_NamingASafetyConcern_IsAccepted()
    {
        var conference = PlanPresented();

        var result = conference.DeclinePlan("No one is awake at night", [], "The baby would be left alone overnight", ConferenceAt.AddHours(2.5), Referrer);

        Assert.True(result.Succeeded);
        Assert.Equal("The baby would be left alone overnight", conference.PlanPresentations[0].SafetyConcern);
    }

    [Fact]
    public void DeclinePlan_WithoutAReason_IsRefused()
    {
        var result = PlanPresented().DeclinePlan(" ", [NoContactBottomLine], null, ConferenceAt.AddHours(2.5), Referrer);

        Assert.Equal("Enter why the plan is not agreed", result.Error);
    }

    [Fact]
    public void DeclinePlan_NamingNeitherABottomLineNorASafetyConcern_IsRefused()
    {
        var conference = PlanPresented();

        var result = conference.DeclinePlan("Not good enough", [], " ", ConferenceAt.AddHours(2.5), Referrer);

        Assert.Equal("Select the bottom lines the plan does not meet, or describe the safety concern", result.Error);
        Assert.Equal(ConferenceStage.PlanPresented, conference.Stage);
    }

    [Fact]
    public void DeclinePlan_NamingABottomLineFromElsewhere_IsRefused()
    {
        var result = PlanPresented().DeclinePlan("Fails it", [Guid.NewGuid()], null, ConferenceAt.AddHours(2.5), Referrer);

        Assert.Equal("Select bottom lines that apply to this conference", result.Error);
    }

    [Fact]
    public void PlanNotAgreed_FamilyAmendsAndPresentsAgain_CanThenBeAgreed()
    {
        var conference = PlanNotAgreed();

        Assert.True(conference.StartPrivateFamilyTime(ConferenceAt.AddHours(3), [Id(conference, "Jo Smith")], Coordinator).Succeeded);
        Assert.True(conference.EndPrivateFamilyTime(ConferenceAt.AddHours(3.5), Coordinator).Succeeded);
        Assert.True(conference.PresentPlan(AmendedPlanId, ConferenceAt.AddHours(3.6), Coordinator).Succeeded);
        var result = conference.AgreePlan(Id(conference, "Gran"), [NoContactBottomLine, SchoolBottomLine], FamilyContacts.None, ConferenceAt.AddHours(4), Referrer);

        Assert.True(result.Succeeded);
        Assert.Equal(AmendedPlanId, conference.AgreedPlanId);
        Assert.Equal([PlanDecision.NotAgreed, PlanDecision.Agreed], conference.PlanPresentations.Select(p => p.Decision));
        Assert.Equal(2, conference.PrivateFamilyTime.Count);
    }

    [Fact]
    public void PlanNotAgreed_FamilyPresentsAnAmendedPlanStraightAway_IsAllowed()
    {
        var conference = PlanNotAgreed();

        var result = conference.PresentPlan(AmendedPlanId, ConferenceAt.AddHours(3), Coordinator);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.PlanPresented, conference.Stage);
        Assert.Equal("Amended plan presented", conference.History[^1].Description);
    }

    [Fact]
    public void History_ThroughTheWholeWorkflow_RecordsEveryStageInOrder()
    {
        var conference = Closed();

        Assert.Equal(
            [
                ConferenceStage.Referred,
                ConferenceStage.CoordinatorAllocated,
                ConferenceStage.Prepared,
                ConferenceStage.InformationSharing,
                ConferenceStage.PrivateFamilyTime,
                ConferenceStage.PlanPresented,
                ConferenceStage.PlanAgreed,
                ConferenceStage.ReviewScheduled,
                ConferenceStage.Reviewed,
                ConferenceStage.Closed,
            ],
            conference.History.Where(h => h.FromStage != h.ToStage).Select(h => h.ToStage));
        Assert.All(conference.History.Zip(conference.History.Skip(1)), pair =>
        {
            Assert.True(pair.First.At <= pair.Second.At);
            Assert.Equal(pair.First.ToStage, pair.Second.FromStage);
        });
    }

    [Fact]
    public void WithdrawConsent_AtAnyOpenStage_EndsTheConference()
    {
        var conference = InPrivateFamilyTime();
        var at = ConferenceAt.AddHours(1.5);

        var result = conference.WithdrawConsent(null, at, Referrer);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.Withdrawn, conference.Stage);
        Assert.Equal(new DateOnly(2026, 4, 1), conference.WithdrawnOn);
        Assert.Null(conference.WithdrawalReason);
        Assert.False(conference.IsOpen);
    }

    [Fact]
    public void Close_WhenThePlanWasNotAgreed_IsAllowed()
    {
        var conference = PlanNotAgreed();

        var result = conference.Close("Family decided not to amend the plan", ConferenceAt.AddDays(1), Coordinator);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.Closed, conference.Stage);
        Assert.Equal("Family decided not to amend the plan", conference.ClosingReason);
    }
}
