using FamilyFirst.Domain.Conferences;
using FamilyContacts = FamilyFirst.Domain.Families.FamilyContacts;
using FamilyFirst.Domain.Meetings;
using static FamilyFirst.Domain.Tests.Conferences.TestConference;

namespace FamilyFirst.Domain.Tests.Conferences;

public class FamilyGroupConferencePreparationTests
{
    private static readonly DateTimeOffset Now = ReferredAt.AddDays(3);

    private static (FamilyGroupConference Conference, Guid Gran) WithGranOnTheList()
    {
        var conference = Allocated();
        var gran = conference.AddToInvitationList("Gran", ParticipantKind.Family, "maternal grandmother", null).Value!;
        return (conference, gran.Id);
    }

    private static InvitationStatus StatusOf(FamilyGroupConference conference, Guid id) => conference.Invitations.Single(i => i.Id == id).Status;

    [Fact]
    public void AddToInvitationList_StartsAsToInvite()
    {
        var (conference, gran) = WithGranOnTheList();

        var invitation = Assert.Single(conference.Invitations);
        Assert.Equal(gran, invitation.Id);
        Assert.Equal(InvitationStatus.ToInvite, invitation.Status);
        Assert.Equal("maternal grandmother", invitation.Relationship);
    }

    [Fact]
    public void AddToInvitationList_WithoutName_IsRefused()
    {
        var result = Allocated().AddToInvitationList("", ParticipantKind.Network, null, null);

        Assert.Equal("Enter the person's name", result.Error);
    }

    [Fact]
    public void AddToInvitationList_SamePersonTwice_IsRefused()
    {
        var conference = Allocated();
        conference.AddToInvitationList("Jo Smith", ParticipantKind.Family, "mother", MotherId);

        var result = conference.AddToInvitationList("Jo Smith", ParticipantKind.Family, "mother", MotherId);

        Assert.Equal("Jo Smith is already on the invitation list", result.Error);
    }

    [Fact]
    public void Invitation_InvitedThenAccepted_IsAccepted()
    {
        var (conference, gran) = WithGranOnTheList();

        Assert.True(conference.InviteToConference(gran, FamilyContacts.None, ReferralDay).Succeeded);
        Assert.Equal(InvitationStatus.Invited, StatusOf(conference, gran));
        Assert.True(conference.RecordInvitationAccepted(gran, FamilyContacts.None, ReferralDay).Succeeded);
        Assert.Equal(InvitationStatus.Accepted, StatusOf(conference, gran));
    }

    [Fact]
    public void Invitation_InvitedThenDeclined_KeepsTheReason()
    {
        var (conference, gran) = WithGranOnTheList();
        conference.InviteToConference(gran, FamilyContacts.None, ReferralDay);

        var result = conference.RecordInvitationDeclined(gran, " Working that day ");

        Assert.True(result.Succeeded);
        var invitation = conference.Invitations.Single();
        Assert.Equal(InvitationStatus.Declined, invitation.Status);
        Assert.Equal("Working that day", invitation.DeclinedReason);
    }

    [Fact]
    public void Invitation_DeclinedThenAccepted_ClearsTheDeclineReason()
    {
        var (conference, gran) = WithGranOnTheList();
        conference.InviteToConference(gran, FamilyContacts.None, ReferralDay);
        conference.RecordInvitationDeclined(gran, "Working that day");

        var result = conference.RecordInvitationAccepted(gran, FamilyContacts.None, ReferralDay);

        Assert.True(result.Succeeded);
        Assert.Null(conference.Invitations.Single().DeclinedReason);
    }

    [Fact]
    public void RecordInvitationAccepted_BeforeInviting_IsRefused()
    {
        var (conference, gran) = WithGranOnTheList();

        var result = conference.RecordInvitationAccepted(gran, FamilyContacts.None, ReferralDay);

        Assert.Equal("Invite Gran before recording their answer", result.Error);
    }

    [Fact]
    public void RecordInvitationDeclined_BeforeInviting_IsRefused()
    {
        var (conference, gran) = WithGranOnTheList();

        var result = conference.RecordInvitationDeclined(gran, null);

        Assert.Equal("Invite Gran before recording their answer", result.Error);
    }

    [Fact]
    public void InviteToConference_Twice_IsRefused()
    {
        var (conference, gran) = WithGranOnTheList();
        conference.InviteToConference(gran, FamilyContacts.None, ReferralDay);

        var result = conference.InviteToConference(gran, FamilyContacts.None, ReferralDay);

        Assert.Equal("Gran has already been invited", result.Error);
    }

    [Fact]
    public void RecordInvitationAccepted_Twice_IsRefused()
    {
        var (conference, gran) = WithGranOnTheList();
        conference.InviteToConference(gran, FamilyContacts.None, ReferralDay);
        conference.RecordInvitationAccepted(gran, FamilyContacts.None, ReferralDay);

        Assert.Equal("Gran has already accepted", conference.RecordInvitationAccepted(gran, FamilyContacts.None, ReferralDay).Error);
    }

    [Fact]
    public void RecordInvitationDeclined_Twice_IsRefused()
    {
        var (conference, gran) = WithGranOnTheList();
        conference.InviteToConference(gran, FamilyContacts.None, ReferralDay);
        conference.RecordInvitationDeclined(gran, null);

        Assert.Equal("Gran has already declined", conference.RecordInvitationDeclined(gran, null).Error);
    }

    [Fact]
    public void RecordNotInvited_WithAReason_RecordsIt()
    {
        var (conference, gran) = WithGranOnTheList();

        var result = conference.RecordNotInvited(gran, "Risk to the children");

        Assert.True(result.Succeeded);
        var invitation = conference.Invitations.Single();
        Assert.Equal(InvitationStatus.NotInvited, invitation.Status);
        Assert.Equal("Risk to the children", invitation.NotInvitedReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RecordNotInvited_WithoutAReason_IsRefused(string reason)
    {
        var (conference, gran) = WithGranOnTheList();

        var result = conference.RecordNotInvited(gran, reason);

        Assert.Equal("Enter why Gran is not being invited, for example a risk to the child", result.Error);
        Assert.Equal(InvitationStatus.ToInvite, StatusOf(conference, gran));
    }

    [Fact]
    public void InviteToConference_AfterNotInvited_ClearsTheReason()
    {
        var (conference, gran) = WithGranOnTheList();
        conference.RecordNotInvited(gran, "Risk to the children");

        var result = conference.InviteToConference(gran, FamilyContacts.None, ReferralDay);

        Assert.True(result.Succeeded);
        Assert.Null(conference.Invitations.Single().NotInvitedReason);
    }

    [Fact]
    public void ChangeInvitation_ForSomeoneNotOnTheList_IsRefused()
    {
        var result = Allocated().InviteToConference(Guid.NewGuid(), FamilyContacts.None, ReferralDay);

        Assert.Equal("Select someone on the invitation list", result.Error);
    }

    [Fact]
    public void RecordNeeds_KeepsInterpreterAccessChildcareAndTransport()
    {
        var (conference, gran) = WithGranOnTheList();

        var result = conference.RecordNeeds(gran, new ParticipationNeeds(" Polish ", "Step-free access", Childcare: true, Transport: true));

        Assert.True(result.Succeeded);
        var needs = conference.Invitations.Single().Needs;
        Assert.Equal("Polish", needs.InterpreterLanguage);
        Assert.True(needs.NeedsInterpreter);
        Assert.Equal("Step-free access", needs.Access);
        Assert.True(needs.Childcare);
        Assert.True(needs.Transport);
    }

    [Fact]
    public void RecordNeeds_WithBlankLanguage_MeansNoInterpreter()
    {
        var (conference, gran) = WithGranOnTheList();

        conference.RecordNeeds(gran, new ParticipationNeeds(" ", null, false, false));

        Assert.False(conference.Invitations.Single().Needs.HasAny);
    }

    [Theory]
    [InlineData(ChildParticipationWay.Attends)]
    [InlineData(ChildParticipationWay.WrittenViews)]
    [InlineData(ChildParticipationWay.RecordedViews)]
    public void RecordChildParticipation_EachWay_IsRecorded(ChildParticipationWay way)
    {
        var conference = Allocated();

        var result = conference.RecordChildParticipation("Kai", null, way, "ignored");

        Assert.True(result.Succeeded);
        var child = Assert.Single(conference.ChildParticipation);
        Assert.Equal(way, child.Way);
        Assert.Null(child.AdvocateName);
    }

    [Fact]
    public void RecordChildParticipation_WithAnAdvocateButNoName_IsRefused()
    {
        var result = Allocated().RecordChildParticipation("Kai", null, ChildParticipationWay.AdvocateSpeaksForThem, " ");

        Assert.Equal("Enter the name of the advocate who will speak for the child", result.Error);
    }

    [Fact]
    public void RecordChildParticipation_WithoutTheChildsName_IsRefused()
    {
        var result = Allocated().RecordChildParticipation("", null, ChildParticipationWay.Attends, null);

        Assert.Equal("Enter the child's name", result.Error);
    }

    [Fact]
    public void RecordChildParticipation_ForTheSameChildAgain_ReplacesTheEarlierChoice()
    {
        var conference = Allocated();
        conference.RecordChildParticipation("Kai", null, ChildParticipationWay.Attends, null);

        conference.RecordChildParticipation("kai", null, ChildParticipationWay.AdvocateSpeaksForThem, "Sam Advocate");

        var child = Assert.Single(conference.ChildParticipation);
        Assert.Equal(ChildParticipationWay.AdvocateSpeaksForThem, child.Way);
        Assert.Equal("Sam Advocate", child.AdvocateName);
    }

    [Fact]
    public void SetDateAndVenue_InTheFuture_IsRecorded()
    {
        var conference = Allocated();

        var result = conference.SetDateAndVenue(ConferenceAt, " Riverside Family Hub ", Now);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceAt, conference.ScheduledFor);
        Assert.Equal("Riverside Family Hub", conference.Venue);
    }

    [Fact]
    public void SetDateAndVenue_InThePast_IsRefused()
    {
        var result = Allocated().SetDateAndVenue(Now.AddMinutes(-1), "Hub", Now);

        Assert.Equal("The date of the conference must be in the future", result.Error);
    }

    [Fact]
    public void SetDateAndVenue_WithoutVenue_IsRefused()
    {
        var result = Allocated().SetDateAndVenue(ConferenceAt, "", Now);

        Assert.Equal("Enter the venue", result.Error);
    }

    [Fact]
    public void CompletePreparation_WhenEverythingIsReady_MovesToPrepared()
    {
        var conference = Prepared();

        Assert.Equal(ConferenceStage.Prepared, conference.Stage);
        Assert.Equal(ConferenceStage.Prepared, conference.History[^1].ToStage);
    }

    [Fact]
    public void CompletePreparation_WithoutDateAndVenue_IsRefused()
    {
        var conference = Allocated();

        var result = conference.CompletePreparation(Now, Coordinator);

        Assert.Equal("Set the date and venue of the conference", result.Error);
        Assert.Equal(ConferenceStage.CoordinatorAllocated, conference.Stage);
    }

    [Fact]
    public void CompletePreparation_WithSomeoneStillToInvite_IsRefused()
    {
        var (conference, _) = WithGranOnTheList();
        conference.SetDateAndVenue(ConferenceAt, "Hub", Now);

        var result = conference.CompletePreparation(Now, Coordinator);

        Assert.Equal("Invite Gran, or record why they are not being invited", result.Error);
    }

    [Fact]
    public void CompletePreparation_WithNoFamilyMemberAccepting_IsRefused()
    {
        var (conference, gran) = WithGranOnTheList();
        conference.SetDateAndVenue(ConferenceAt, "Hub", Now);
        conference.InviteToConference(gran, FamilyContacts.None, ReferralDay);
        conference.RecordInvitationDeclined(gran, null);

        var result = conference.CompletePreparation(Now, Coordinator);

        Assert.Equal("At least one family member must accept the invitation before the conference", result.Error);
    }

    [Fact]
    public void CompletePreparation_WithoutHowTheChildTakesPart_IsRefused()
    {
        var (conference, gran) = WithGranOnTheList();
        conference.SetDateAndVenue(ConferenceAt, "Hub", Now);
        conference.InviteToConference(gran, FamilyContacts.None, ReferralDay);
        conference.RecordInvitationAccepted(gran, FamilyContacts.None, ReferralDay);

        var result = conference.CompletePreparation(Now, Coordinator);

        Assert.Equal("Record how the child will take part in the conference", result.Error);
    }

    [Fact]
    public void Preparation_AfterPrepared_CanStillChange()
    {
        var conference = Prepared();

        var result = conference.SetDateAndVenue(ConferenceAt.AddDays(1), "Town hall", Now);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.Prepared, conference.Stage);
    }
}
