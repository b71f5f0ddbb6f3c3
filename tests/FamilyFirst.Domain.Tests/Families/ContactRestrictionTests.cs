using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Domain.Tests.Conferences;

namespace FamilyFirst.Domain.Tests.Families;

public class ContactRestrictionTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid ManagerId = Guid.Parse("00000000-0000-4000-8000-0000000000aa");
    private static readonly Guid DadId = Guid.Parse("00000000-0000-4000-8000-0000000000d1");

    private static NetworkMember Dad(string? order = "Non-molestation order", DateOnly? endsOn = null)
    {
        var dad = NetworkMember.Add(Guid.NewGuid(), "Dean Smith", "the children's father", isFriend: false, personId: DadId).Value!;
        Assert.True(dad.RestrictContact("Violence towards the children's mother", order, endsOn ?? new DateOnly(2027, 6, 30), Today).Succeeded);
        return dad;
    }

    private static FamilyContacts ContactsWith(NetworkMember member) =>
        new([new ContactablePerson(member.Name, member.PersonId, member.Id, member.Restriction)]);

    [Theory]
    [InlineData(ContactWay.ConferenceInvitation, "be invited to the conference")]
    [InlineData(ContactWay.MeetingInvitation, "be invited to the meeting")]
    [InlineData(ContactWay.Letter, "be sent a letter")]
    [InlineData(ContactWay.Message, "be sent a message")]
    [InlineData(ContactWay.OnlineAccess, "be given online access to the family's plan")]
    [InlineData(ContactWay.ActionOwner, "be named as the owner of a plan action")]
    [InlineData(ContactWay.PlanLead, "be named as the plan lead")]
    public void MayReach_RestrictedPerson_IsRefusedEveryWay_SayingWhy(ContactWay way, string what)
    {
        var result = Dad().MayReach(way, Today);

        Assert.False(result.Succeeded);
        Assert.Equal(
            $"Dean Smith must not be contacted (Non-molestation order until 30 June 2027: Violence towards the children's mother), so they cannot {what}. A manager can allow contact by recording why",
            result.Error);
    }

    [Fact]
    public void MayReach_OnTheLastDayOfTheOrder_IsRefused_AndTheDayAfter_IsAllowed()
    {
        var dad = Dad(endsOn: new DateOnly(2026, 12, 31));

        Assert.False(dad.MayReach(ContactWay.Letter, new DateOnly(2026, 12, 31)).Succeeded);
        Assert.True(dad.MayReach(ContactWay.Letter, new DateOnly(2027, 1, 1)).Succeeded);
    }

    [Fact]
    public void MayReach_WithoutAnOrder_StaysRefused()
    {
        var member = NetworkMember.Add(Guid.NewGuid(), "Lee Brown", "uncle", isFriend: false).Value!;
        Assert.True(member.RefuseContact("Risk to the children").Succeeded);

        Assert.Equal("Lee Brown must not be contacted (Risk to the children), so they cannot be sent a letter. A manager can allow contact by recording why", member.MayReach(ContactWay.Letter, new DateOnly(2040, 1, 1)).Error);
    }

    [Fact]
    public void MayReach_PersonWhoMayBeContacted_IsAllowed()
    {
        var gran = NetworkMember.Add(Guid.NewGuid(), "Rose Smith", "maternal grandmother", isFriend: false).Value!;

        Assert.True(gran.MayReach(ContactWay.ConferenceInvitation, Today).Succeeded);
    }

    [Fact]
    public void Record_EndDateWithoutAnOrder_IsRefused()
    {
        var result = ContactRestriction.Record("Risk", null, new DateOnly(2027, 1, 1), Today);

        Assert.Equal("Enter the order that ends on this date, or leave the end date blank", result.Error);
        Assert.Equal(nameof(ContactRestriction.Order), result.Field);
    }

    [Fact]
    public void Record_OrderThatHasAlreadyEnded_IsRefused()
    {
        var result = ContactRestriction.Record("Risk", "Non-molestation order", new DateOnly(2026, 12, 2), Today);

        Assert.Equal("The date the order ends must be today or in the future", result.Error);
        Assert.Equal(nameof(ContactRestriction.OrderEndsOn), result.Field);
    }

    [Fact]
    public void Override_ByAManagerWithAReason_AllowsContact_AndIsKept()
    {
        var dad = Dad();

        var result = dad.OverrideContactRestriction(byManager: true, ManagerId, "Supervised contact centre has agreed to pass on the letter", Now);

        Assert.True(result.Succeeded);
        Assert.True(dad.MayReach(ContactWay.Letter, Today).Succeeded);
        Assert.Equal(new ContactOverride("Supervised contact centre has agreed to pass on the letter", ManagerId, Now), dad.Restriction!.Override);
        Assert.True(dad.Restriction.IsInForceOn(Today));
    }

    [Fact]
    public void Override_BySomeoneWhoIsNotAManager_IsRefused_AndChangesNothing()
    {
        var dad = Dad();

        var result = dad.OverrideContactRestriction(byManager: false, ManagerId, "I think it is fine", Now);

        Assert.Equal("Only a manager can allow contact with someone who must not be contacted", result.Error);
        Assert.Null(dad.Restriction!.Override);
        Assert.False(dad.MayReach(ContactWay.Letter, Today).Succeeded);
    }

    [Fact]
    public void Override_WithoutAReason_IsRefused()
    {
        var result = Dad().OverrideContactRestriction(byManager: true, ManagerId, " ", Now);

        Assert.Equal("Enter why contact is allowed despite the restriction", result.Error);
    }

    [Fact]
    public void ChangingTheRestriction_DropsTheOverride()
    {
        var dad = Dad();
        dad.OverrideContactRestriction(byManager: true, ManagerId, "Agreed at the strategy meeting", Now);

        dad.RestrictContact("New incident reported by police", "Non-molestation order", new DateOnly(2027, 6, 30), Today);

        Assert.Null(dad.Restriction!.Override);
        Assert.False(dad.MayReach(ContactWay.Letter, Today).Succeeded);
    }

    [Fact]
    public void FamilyContacts_FindsARestrictedPerson_ByAName_TypedIn()
    {
        var contacts = ContactsWith(Dad());

        var result = contacts.MayReach(null, null, "  dean   SMITH ", ContactWay.MeetingInvitation, Today);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public void HouseholdMember_CanBeRestricted_AndIsRefused()
    {
        var family = FamilyCase.Open("FAM-7KQ2XH", "Smith family", "Worries about school", Guid.NewGuid(), Now).Value!;
        var mumId = Guid.NewGuid();
        family.AddMember(mumId, FamilyRole.Parent, new DateOnly(2026, 1, 1));

        Assert.True(family.RestrictContact(mumId, "Lives in a refuge; address must not be shared", null, null, Today).Succeeded);
        var contacts = new FamilyContacts([new ContactablePerson("Jo Smith", mumId, null, family.RestrictionOf(mumId))]);

        Assert.False(contacts.MayReach(mumId, null, "Jo Smith", ContactWay.OnlineAccess, Today).Succeeded);
        Assert.False(family.OverrideContactRestriction(mumId, byManager: false, ManagerId, "Needed", Now).Succeeded);
        Assert.True(family.OverrideContactRestriction(mumId, byManager: true, ManagerId, "Refuge worker agreed", Now).Succeeded);
        Assert.True(new FamilyContacts([new ContactablePerson("Jo Smith", mumId, null, family.RestrictionOf(mumId))]).MayReach(mumId, null, "Jo Smith", ContactWay.OnlineAccess, Today).Succeeded);
    }

    [Fact]
    public void Conference_InvitingARestrictedNetworkMember_IsRefused_AndTheInvitationIsUnchanged()
    {
        var dad = Dad();
        var conference = TestConference.Allocated();
        var invitation = conference.AddToInvitationList("Dean Smith", ParticipantKind.Family, "father", null, dad.Id).Value!;

        var result = conference.InviteToConference(invitation.Id, ContactsWith(dad), Today);

        Assert.StartsWith("Dean Smith must not be contacted", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("so they cannot be invited to the conference. A manager can allow contact by recording why", result.Error, StringComparison.Ordinal);
        Assert.Equal(InvitationStatus.ToInvite, invitation.Status);
        Assert.True(conference.RecordNotInvited(invitation.Id, "Non-molestation order").Succeeded);
    }

    [Fact]
    public void Conference_RestrictedPersonTypedInByName_CannotBeInvited()
    {
        var conference = TestConference.Allocated();
        var invitation = conference.AddToInvitationList("Dean Smith", ParticipantKind.Network, null, null).Value!;

        Assert.False(conference.InviteToConference(invitation.Id, ContactsWith(Dad()), Today).Succeeded);
    }

    [Fact]
    public void Conference_Professional_WithTheSameName_IsNotChecked()
    {
        var conference = TestConference.Allocated();
        var invitation = conference.AddToInvitationList("Dean Smith", ParticipantKind.Professional, "school nurse", null).Value!;

        Assert.True(conference.InviteToConference(invitation.Id, ContactsWith(Dad()), Today).Succeeded);
    }

    [Fact]
    public void Meeting_InvitingARestrictedPerson_IsRefused_AndNoOneIsAdded()
    {
        var meeting = Meeting.Schedule(Guid.NewGuid(), MeetingType.ResponsiveCircle, Now.AddDays(7), null, "Riverside Family Hub", "keeper-1").Value!;

        var result = meeting.InviteParticipant(new NewParticipant("Dean Smith", ParticipantKind.Family, DadId), ContactsWith(Dad()), Today);

        Assert.EndsWith("so they cannot be invited to the meeting. A manager can allow contact by recording why", result.Error, StringComparison.Ordinal);
        Assert.Empty(meeting.Participants);
    }

    [Fact]
    public void Plan_RestrictedActionOwner_IsRefused_AndTheActionIsNotAdded()
    {
        var dad = Dad();
        var plan = FamilyPlan.StartDirect(Guid.NewGuid(), ManagerId, Now);
        var details = new PlanActionDetails(
            "Dad picks the children up on Fridays",
            new ActionOwner(ActionOwnerKind.NetworkMember, dad.PersonId, dad.Name) { NetworkMemberId = dad.Id },
            new DateOnly(2027, 1, 8),
            new ActionChecker(null, "Social worker"));

        var result = plan.AddAction(details, ContactsWith(dad), Today);

        Assert.EndsWith("so they cannot be named as the owner of a plan action. A manager can allow contact by recording why", result.Error, StringComparison.Ordinal);
        Assert.Empty(plan.Draft!.Actions);
    }

    [Fact]
    public void Plan_RestrictedPlanLead_IsRefused_AndTheLeadIsUnchanged()
    {
        var dad = Dad();
        var plan = FamilyPlan.StartDirect(Guid.NewGuid(), ManagerId, Now);

        var result = plan.UpdateDetails("Ring Gran", null, DadId, null, new DateOnly(2027, 3, 1), ContactsWith(dad), Today);

        Assert.EndsWith("so they cannot be named as the plan lead. A manager can allow contact by recording why", result.Error, StringComparison.Ordinal);
        Assert.Null(plan.Draft!.PlanLeadFamilyMemberId);
    }

    [Fact]
    public void Plan_ActionOwnerChosenByTheirRecordWithoutAName_IsStillChecked()
    {
        // A meeting's agreement names its owner by their person record only.
        var restriction = ContactRestriction.Record("Lives in a refuge", null, null, Today).Value!;
        var contacts = new FamilyContacts([new ContactablePerson("Lee Smith", DadId, null, restriction)]);
        var plan = FamilyPlan.StartDirect(Guid.NewGuid(), ManagerId, Now);
        var details = new PlanActionDetails("Lee collects the children", new ActionOwner(ActionOwnerKind.FamilyMember, DadId, null), new DateOnly(2027, 1, 8), new ActionChecker(null, "Social worker"));

        var result = plan.AddAction(details, contacts, Today);

        Assert.StartsWith("Lee Smith must not be contacted (Lives in a refuge), so they cannot be named as the owner of a plan action", result.Error, StringComparison.Ordinal);
        Assert.Empty(plan.Draft!.Actions);
    }
}
