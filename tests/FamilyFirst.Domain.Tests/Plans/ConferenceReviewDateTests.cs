using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.Plans;

/// <summary>
/// A review date moved on the conference after it handed its plan over is carried to the family plan's draft from that
/// conference, unless the plan's own review date was changed since.
/// </summary>
public class ConferenceReviewDateTests
{
    private static readonly Guid ConferenceId = Guid.Parse("00000000-0000-4000-8000-0000000000c1");
    private static readonly DateOnly HandedOver = new(2026, 6, 1);
    private static readonly DateOnly Moved = new(2026, 7, 6);

    private static FamilyContacts Contacts => new([new ContactablePerson("Jade Rivers", Mum, null, null)]);

    private static FamilyPlan HandedOverPlan()
    {
        var plan = FamilyPlan.StartFromFamilyGroupConference(FamilyId, ConferenceId, Practitioner, Now);
        Assert.True(plan.TakeFromConference(new ConferenceHandOver(ConferenceId, "Our plan", PlanLead.HouseholdMember(Mum), HandedOver), Contacts, Today).Succeeded);
        return plan;
    }

    [Fact]
    public void AMovedReviewDate_IsCarriedToTheDraftFromTheConference()
    {
        var plan = HandedOverPlan();
        var revision = plan.Revision;

        var result = plan.TakeReviewDateFromConference(ConferenceId, Moved, Today);

        Assert.Equal(new ConferenceReviewDateOutcome(ConferenceReviewDateResult.Carried, Moved), result.Value);
        Assert.Equal(Moved, plan.Draft!.ReviewBy);
        Assert.Equal(Moved, plan.Draft.ReviewByFromConference);
        Assert.Equal(revision + 1, plan.Revision);

        // Moved again: still the conference's date on the plan, so it follows.
        Assert.Equal(ConferenceReviewDateResult.Carried, plan.TakeReviewDateFromConference(ConferenceId, Moved.AddDays(7), Today).Value!.Result);
        Assert.Equal(Moved.AddDays(7), plan.Draft.ReviewBy);
    }

    [Fact]
    public void AReviewDateChangedOnThePlan_IsKept_AndTheOutcomeSaysSo()
    {
        var plan = HandedOverPlan();
        var onThePlan = new DateOnly(2026, 5, 20);
        Assert.True(plan.UpdateDetails(new PlanDetails(null, null, PlanLead.HouseholdMember(Mum), null, onThePlan), Contacts, Today).Succeeded);
        var revision = plan.Revision;

        var result = plan.TakeReviewDateFromConference(ConferenceId, Moved, Today);

        Assert.Equal(new ConferenceReviewDateOutcome(ConferenceReviewDateResult.KeptAsChangedOnThePlan, onThePlan), result.Value);
        Assert.Equal(onThePlan, plan.Draft!.ReviewBy);
        Assert.Equal(revision, plan.Revision);
    }

    [Fact]
    public void ADraftFromAnotherConference_OrAnAgreedPlan_IsLeftAlone()
    {
        var plan = HandedOverPlan();

        Assert.Equal(ConferenceReviewDateResult.NoDraftFromTheConference, plan.TakeReviewDateFromConference(Guid.NewGuid(), Moved, Today).Value!.Result);
        Assert.Equal(HandedOver, plan.Draft!.ReviewBy);

        var direct = ReadyToAgree();
        Assert.Equal(ConferenceReviewDateResult.NoDraftFromTheConference, direct.TakeReviewDateFromConference(ConferenceId, Moved, Today).Value!.Result);
        Assert.Equal(new DateOnly(2026, 6, 1), direct.Draft!.ReviewBy);

        Assert.True(plan.AddAction(Action("Gran will collect the children from school")).Succeeded);
        Assert.True(plan.UpdateDetails(new PlanDetails("We ring Auntie Bev", null, PlanLead.HouseholdMember(Mum), null, HandedOver), Contacts, Today).Succeeded);
        AgreeOrFail(plan);
        var agreedRevision = plan.Revision;
        Assert.Equal(ConferenceReviewDateResult.NoDraftFromTheConference, plan.TakeReviewDateFromConference(ConferenceId, Moved, Today).Value!.Result);
        Assert.Equal(HandedOver, plan.NextReviewDue);
        Assert.Equal(agreedRevision, plan.Revision);

        // A later version's draft did not come from the conference's hand-over.
        Assert.True(plan.StartRevision().Succeeded);
        Assert.Null(plan.Draft!.ReviewByFromConference);
        Assert.Equal(ConferenceReviewDateResult.NoDraftFromTheConference, plan.TakeReviewDateFromConference(ConferenceId, Moved, Today).Value!.Result);
    }

    [Fact]
    public void ADateInThePast_IsRefused_AndNothingChanges()
    {
        var plan = HandedOverPlan();
        var revision = plan.Revision;

        var result = plan.TakeReviewDateFromConference(ConferenceId, Today.AddDays(-1), Today);

        Assert.Equal("The review date from the conference must be today or in the future", result.Error);
        Assert.Equal(HandedOver, plan.Draft!.ReviewBy);
        Assert.Equal(revision, plan.Revision);
    }
}
