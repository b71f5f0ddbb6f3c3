using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.FamilyView;

/// <summary>
/// Someone from the wider network (often with no person record) who leads the family plan or owns an action in it can be
/// invited to the family view by their network record, asked against the contact rule as a household member is; they
/// record progress on their own actions and write on the plan as themselves.
/// </summary>
public class NetworkMemberAccessTests
{
    private const string Refusal = "A manager can allow contact by recording why";

    private static NetworkMember Nan() => NetworkMember.Add(FamilyId, "Carol Rivers", "Maternal grandmother", isFriend: false).Value!;

    private static NetworkMember Uncle()
    {
        var lee = NetworkMember.Add(FamilyId, "Lee Rivers", "Jade's brother", isFriend: false).Value!;
        Assert.True(lee.RestrictContact("Threats towards Jade", "Non-molestation order", new DateOnly(2027, 1, 31), Today).Succeeded);
        return lee;
    }

    private static FamilyContacts Contacts(params NetworkMember[] network) =>
        new(network.Select(n => new ContactablePerson(n.Name, n.PersonId, n.Id, n.Restriction)).Prepend(new ContactablePerson("Jade Rivers", Mum, null, null)));

    private static PlanActionDetails OwnedBy(NetworkMember member, string what) =>
        Action(what) with { Owner = new ActionOwner(ActionOwnerKind.NetworkMember, member.PersonId, member.Name) { NetworkMemberId = member.Id } };

    private static Result<FamilyMemberAccess> Invite(FamilyViewInvitee invitee, FamilyContacts contacts, string contact = "carol@example.com") =>
        FamilyMemberAccess.Invite(FamilyId, invitee, contacts, ContactChannel.Email, contact, FamilyMemberAccess.Hash("link-secret"), Practitioner, Now, Today);

    [Fact]
    public void EveryPublicInvite_TakesTheFamilysContacts()
    {
        var overloads = typeof(FamilyMemberAccess).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Where(m => m.Name == nameof(FamilyMemberAccess.Invite)).ToList();

        Assert.NotEmpty(overloads);
        Assert.All(overloads, m => Assert.Contains(m.GetParameters(), p => p.ParameterType == typeof(FamilyContacts)));
    }

    [Fact]
    public void Invite_ANetworkMemberWhoLeadsTheDraftPlan_NamesTheirNetworkRecord()
    {
        var nan = Nan();
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);
        Assert.True(plan.UpdateDetails(new PlanDetails(null, null, PlanLead.NetworkMember(nan.Id), null, null), Contacts(nan), Today).Succeeded);

        var result = Invite(FamilyViewInvitee.NetworkMember(nan.Id, nan.Name, plan), Contacts(nan));

        Assert.True(result.Succeeded, result.Error);
        var access = result.Value!;
        Assert.Equal(nan.Id, access.NetworkMemberId);
        Assert.Null(access.PersonId);
        Assert.Equal(FamilyViewPerson.NetworkMember(nan.Id), access.Holder);
        Assert.Equal(nan.Id, access.Holder.Id);
        Assert.Equal("carol@example.com", access.Contact);
    }

    [Fact]
    public void IssueCode_ToSomeoneRestrictedSinceTheyWereInvited_SendsNoCode_AndSaysOnlyThatTheLinkWasStopped()
    {
        var nan = Nan();
        var plan = ReadyToAgree(OwnedBy(nan, "Nan will have the children on Saturdays"));
        AgreeOrFail(plan);
        var access = Invite(FamilyViewInvitee.NetworkMember(nan.Id, nan.Name, plan), Contacts(nan)).Value!;
        Assert.True(nan.RestrictContact("Threats towards Jade", null, null, Today).Succeeded);

        var problem = access.IssueCode("123456", Contacts(nan), Now, Today);

        Assert.Equal(LinkProblem.Revoked, problem);
        Assert.Null(access.CodeHash);
        Assert.Equal(0, access.CodesSent);
        Assert.True(nan.OverrideContactRestriction(byManager: true, Practitioner, "Agreed at the review: she collects the children", Now).Succeeded);
        Assert.Equal(LinkProblem.None, access.IssueCode("123456", Contacts(nan), Now, Today));
        Assert.Equal(1, access.CodesSent);
    }

    [Fact]
    public void Invite_ANetworkMemberWhoOwnsAnActionInTheAgreedPlan_IsAllowed()
    {
        var nan = Nan();
        var plan = ReadyToAgree(OwnedBy(nan, "Nan will have the children on Saturdays"));
        AgreeOrFail(plan);

        Assert.True(plan.NamesNetworkMember(nan.Id));
        Assert.True(Invite(FamilyViewInvitee.NetworkMember(nan.Id, nan.Name, plan), Contacts(nan)).Succeeded);
    }

    [Fact]
    public void Invite_ANetworkMemberWhoNeitherLeadsNorOwnsAnAction_IsRefused()
    {
        var nan = Nan();
        var plan = ReadyToAgree();

        var result = Invite(FamilyViewInvitee.NetworkMember(nan.Id, nan.Name, plan), Contacts(nan));

        Assert.Equal("Carol Rivers can only be invited while they lead the family plan or own an action in it", result.Error);
        Assert.Equal("invitee", result.Field);
        Assert.False(Invite(FamilyViewInvitee.NetworkMember(nan.Id, nan.Name, null), Contacts(nan)).Succeeded);
    }

    [Fact]
    public void Invite_ARestrictedNetworkMember_IsRefusedWithThePlainEnglishReason()
    {
        var lee = Uncle();
        var plan = ReadyToAgree();
        // Named on the plan before the restriction was recorded.
        Assert.True(plan.AddAction(OwnedBy(lee, "Lee will drive Jade to the hospital")).Succeeded);

        var result = Invite(FamilyViewInvitee.NetworkMember(lee.Id, lee.Name, plan), Contacts(lee), "lee@example.com");

        Assert.Equal(
            $"Lee Rivers must not be contacted (Non-molestation order until 31 January 2027: Threats towards Jade), so they cannot be given online access to the family's plan. {Refusal}",
            result.Error);
        Assert.Equal("invitee", result.Field);
    }

    [Fact]
    public void Invite_ARestrictedNetworkMember_AfterAManagersOverride_IsAllowed()
    {
        var lee = Uncle();
        Assert.True(lee.OverrideContactRestriction(byManager: true, Manager, "The refuge worker supports contact about the plan", Now).Succeeded);
        var plan = ReadyToAgree();
        Assert.True(plan.AddAction(OwnedBy(lee, "Lee will drive Jade to the hospital")).Succeeded);

        var result = Invite(FamilyViewInvitee.NetworkMember(lee.Id, lee.Name, plan), Contacts(lee), "lee@example.com");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(lee.Id, result.Value!.NetworkMemberId);
    }

    [Fact]
    public void Invite_ARestrictedHouseholdMember_IsRefusedByTheSameRule()
    {
        var restriction = ContactRestriction.Record("Risk to the children", null, null, Today).Value!;
        var contacts = new FamilyContacts([new ContactablePerson("Dean Rivers", Gran, null, restriction)]);

        var result = Invite(FamilyViewInvitee.HouseholdMember(Gran, "Dean Rivers", isCurrentMemberWithConsent: true), contacts, "dean@example.com");

        Assert.Equal($"Dean Rivers must not be contacted (Risk to the children), so they cannot be given online access to the family's plan. {Refusal}", result.Error);
    }

    [Fact]
    public void Invite_WithContactDetailsThatCannotBeUsed_NamesTheContactField()
    {
        var nan = Nan();
        var plan = ReadyToAgree(OwnedBy(nan, "Nan will have the children on Saturdays"));

        var result = Invite(FamilyViewInvitee.NetworkMember(nan.Id, nan.Name, plan), Contacts(nan), "carol@example");

        Assert.Equal("Enter an email address in the correct format, like name@example.com", result.Error);
        Assert.Equal("contact", result.Field);
    }

    [Fact]
    public void NetworkMember_RecordsProgressOnTheirOwnAction_AsThemselves_ButNotOnOthers()
    {
        var nan = Nan();
        var plan = ReadyToAgree(OwnedBy(nan, "Nan will have the children on Saturdays"), Action("Gran will collect the children from school"));
        var version = AgreeOrFail(plan);
        var (nans, others) = (version.Actions[0].ActionKey, version.Actions[1].ActionKey);
        var who = FamilyViewPerson.NetworkMember(nan.Id);

        Assert.True(plan.RecordProgressByFamilyMember(nans, who, PlanActionStatus.InProgress, "Two Saturdays so far", Now).Succeeded);
        Assert.Equal("You can only update your own actions in the agreed plan", plan.RecordProgressByFamilyMember(others, who, PlanActionStatus.Done, null, Now).Error);

        var update = Assert.Single(plan.CurrentVersion!.Action(nans)!.Updates);
        Assert.Equal(nan.Id, update.ById);
        Assert.Equal(PlanActionStatus.InProgress, update.Status);
        Assert.Empty(plan.CurrentVersion.Action(others)!.Updates);
    }

    [Fact]
    public void NetworkMember_WritesOnThePlan_AsThemselves()
    {
        var nan = Nan();

        var comment = FamilyPlanComment.Write(FamilyId, FamilyViewPerson.NetworkMember(nan.Id), FamilyCommentKind.Comment, "Saturdays are going well", Now).Value!;

        Assert.Equal(nan.Id, comment.NetworkMemberId);
        Assert.Null(comment.PersonId);
        Assert.Equal(FamilyViewPerson.NetworkMember(nan.Id), comment.Writer);
    }

    [Fact]
    public void ReachableByMember_KeysANetworkMemberByTheirNetworkRecord()
    {
        var nan = Nan();
        var plan = ReadyToAgree(OwnedBy(nan, "Nan will have the children on Saturdays"));
        var access = Invite(FamilyViewInvitee.NetworkMember(nan.Id, nan.Name, plan), Contacts(nan)).Value!;

        var reachable = FamilyMemberAccess.ReachableByMember([access], Now.AddMinutes(1));

        Assert.Equal((FamilyId, nan.Id), Assert.Single(reachable).Key);
    }
}
