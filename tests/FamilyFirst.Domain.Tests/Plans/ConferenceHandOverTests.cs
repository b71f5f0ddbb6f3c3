using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.Plans;

/// <summary>
/// One journey from conference to plan: what the conference agreed (the family's own words, the plan lead from the
/// household or the wider network, the review date) is taken into the family plan, and the contact rule is asked.
/// </summary>
public class ConferenceHandOverTests
{
    private static readonly Guid ConferenceId = Guid.Parse("00000000-0000-4000-8000-0000000000c1");
    private static readonly DateOnly ReviewOn = new(2026, 6, 1);

    // Spaces, a blank line and the family's own spelling: kept exactly as written.
    private const string FamilysWords = "Nan Carol takes Kai to school on mondays.\n\n  If it is not working Jade rings Carol the night before. ";

    private static readonly NetworkMember Grandmother = NetworkMember.Add(FamilyId, "Carol Rivers", "Maternal grandmother", isFriend: false).Value!;

    private static NetworkMember Uncle()
    {
        var lee = NetworkMember.Add(FamilyId, "Lee Rivers", "Jade's brother", isFriend: false).Value!;
        Assert.True(lee.RestrictContact("Threats towards Jade", "Non-molestation order", new DateOnly(2027, 1, 31), Today).Succeeded);
        return lee;
    }

    private static FamilyContacts Contacts(params NetworkMember[] network) =>
        new(network.Select(n => new ContactablePerson(n.Name, n.PersonId, n.Id, n.Restriction)).Prepend(new ContactablePerson("Jade Rivers", Mum, null, null)));

    [Fact]
    public void TakeFromConference_KeepsTheFamilysWordsExactlyAndTheNetworkLeadAndTheReviewDate()
    {
        var plan = FamilyPlan.StartFromFamilyGroupConference(FamilyId, ConferenceId, Practitioner, Now);

        var result = plan.TakeFromConference(new ConferenceHandOver(ConferenceId, FamilysWords, PlanLead.NetworkMember(Grandmother.Id), ReviewOn), Contacts(Grandmother), Today);

        Assert.True(result.Succeeded, result.Error);
        var draft = plan.Draft!;
        Assert.Equal(FamilysWords, draft.FamilysOwnWords);
        Assert.Equal(ConferenceId, draft.FamilysOwnWordsConferenceId);
        Assert.Equal(Grandmother.Id, draft.PlanLeadNetworkMemberId);
        Assert.Null(draft.PlanLeadFamilyMemberId);
        Assert.Equal(Grandmother.Id, draft.PlanLeadId);
        Assert.Equal(ReviewOn, draft.ReviewBy);
    }

    [Fact]
    public void TakeFromConference_WithARestrictedLead_IsRefusedAndChangesNothing()
    {
        var lee = Uncle();
        var plan = FamilyPlan.StartFromFamilyGroupConference(FamilyId, ConferenceId, Practitioner, Now);
        var revision = plan.Revision;

        var result = plan.TakeFromConference(new ConferenceHandOver(ConferenceId, FamilysWords, PlanLead.NetworkMember(lee.Id), ReviewOn), Contacts(lee), Today);

        Assert.Equal(
            "Lee Rivers must not be contacted (Non-molestation order until 31 January 2027: Threats towards Jade), so they cannot be named as the plan lead. A manager can allow contact by recording why",
            result.Error);
        Assert.Null(plan.Draft!.FamilysOwnWords);
        Assert.Null(plan.Draft.PlanLeadId);
        Assert.Equal(revision, plan.Revision);
    }

    [Fact]
    public void TakeFromConference_WithoutTheFamilysWords_IsRefused()
    {
        var plan = FamilyPlan.StartFromFamilyGroupConference(FamilyId, ConferenceId, Practitioner, Now);

        var result = plan.TakeFromConference(new ConferenceHandOver(ConferenceId, "  ", PlanLead.HouseholdMember(Mum), ReviewOn), Contacts(), Today);

        Assert.Equal("The conference has no plan in the family's own words to take into the family plan", result.Error);
    }

    [Fact]
    public void TakeFromConference_WithAReviewDateInThePast_IsRefused()
    {
        var plan = FamilyPlan.StartFromFamilyGroupConference(FamilyId, ConferenceId, Practitioner, Now);

        var result = plan.TakeFromConference(new ConferenceHandOver(ConferenceId, FamilysWords, PlanLead.HouseholdMember(Mum), Today.AddDays(-1)), Contacts(), Today);

        Assert.Equal("The review date from the conference must be today or in the future", result.Error);
    }

    [Fact]
    public void TakeFromConference_WithoutAReviewDate_KeepsTheDraftsOwn()
    {
        var plan = ReadyToAgree();

        Assert.True(plan.TakeFromConference(new ConferenceHandOver(ConferenceId, FamilysWords, PlanLead.HouseholdMember(Mum), null), Contacts(), Today).Succeeded);

        Assert.Equal(new DateOnly(2026, 6, 1), plan.Draft!.ReviewBy);
        Assert.Equal(Mum, plan.Draft.PlanLeadFamilyMemberId);
    }

    [Fact]
    public void TakeFromConference_WhenThePlanIsAgreed_IsRefused()
    {
        var plan = ReadyToAgree();
        AgreeOrFail(plan);

        var result = plan.TakeFromConference(new ConferenceHandOver(ConferenceId, FamilysWords, PlanLead.HouseholdMember(Mum), ReviewOn), Contacts(), Today);

        Assert.Equal("This plan has been agreed. Start a new version to change it", result.Error);
    }

    [Fact]
    public void TheFamilysWordsAndTheNetworkLead_AreCarriedIntoTheNextVersion()
    {
        var plan = ReadyToAgree();
        Assert.True(plan.TakeFromConference(new ConferenceHandOver(ConferenceId, FamilysWords, PlanLead.NetworkMember(Grandmother.Id), ReviewOn), Contacts(Grandmother), Today).Succeeded);
        var agreed = AgreeOrFail(plan);

        var next = plan.StartRevision().Value!;

        Assert.Equal(Grandmother.Id, agreed.PlanLeadNetworkMemberId);
        Assert.Equal(FamilysWords, next.FamilysOwnWords);
        Assert.Equal(ConferenceId, next.FamilysOwnWordsConferenceId);
        Assert.Equal(Grandmother.Id, next.PlanLeadNetworkMemberId);
    }

    [Fact]
    public void UpdateDetails_WithANetworkMemberAsLead_NamesThemAndAHouseholdLeadReplacesThem()
    {
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);

        Assert.True(plan.UpdateDetails(new PlanDetails("Ring Carol", null, PlanLead.NetworkMember(Grandmother.Id), null, ReviewOn), Contacts(Grandmother), Today).Succeeded);
        Assert.Equal(Grandmother.Id, plan.Draft!.PlanLeadNetworkMemberId);

        Assert.True(plan.UpdateDetails(new PlanDetails("Ring Carol", null, PlanLead.HouseholdMember(Mum), null, ReviewOn), Contacts(Grandmother), Today).Succeeded);
        Assert.Equal(Mum, plan.Draft.PlanLeadFamilyMemberId);
        Assert.Null(plan.Draft.PlanLeadNetworkMemberId);
    }

    [Fact]
    public void UpdateDetails_WithARestrictedNetworkMemberAsLead_IsRefusedAndChangesNothing()
    {
        var lee = Uncle();
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);

        var result = plan.UpdateDetails(new PlanDetails("Ring Lee", null, PlanLead.NetworkMember(lee.Id), null, ReviewOn), Contacts(lee), Today);

        Assert.False(result.Succeeded);
        Assert.Contains("cannot be named as the plan lead", result.Error, StringComparison.Ordinal);
        Assert.Null(plan.Draft!.ContingencyPlan);
        Assert.Null(plan.Draft.PlanLeadId);
    }

    [Fact]
    public void UpdateDetails_WithARestrictedLeadWhoseOrderHasEnded_IsAllowed()
    {
        var lee = Uncle();
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);

        var result = plan.UpdateDetails(new PlanDetails(null, null, PlanLead.NetworkMember(lee.Id), null, null), Contacts(lee), new DateOnly(2027, 2, 1));

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void Agree_WithANetworkMemberAsLead_IsAllowed()
    {
        var plan = FamilyPlan.StartDirect(FamilyId, Practitioner, Now);
        Assert.True(plan.AddAction(Action("Carol takes Kai to school on Mondays")).Succeeded);
        Assert.True(plan.UpdateDetails(new PlanDetails("Jade rings Carol", null, PlanLead.NetworkMember(Grandmother.Id), null, ReviewOn), Contacts(Grandmother), Today).Succeeded);

        var agreed = plan.Agree([Mum, Grandmother.Id], "Agreed", [], null, Practitioner, Now);

        Assert.True(agreed.Succeeded, agreed.Error);
        Assert.Equal([Mum, Grandmother.Id], agreed.Value!.AgreedFamilyMemberIds);
    }
}
