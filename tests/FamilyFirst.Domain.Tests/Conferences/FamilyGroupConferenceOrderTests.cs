using FamilyFirst.Domain.Conferences;
using FamilyContacts = FamilyFirst.Domain.Families.FamilyContacts;
using FamilyFirst.Domain.Meetings;
using static FamilyFirst.Domain.Tests.Conferences.TestConference;

namespace FamilyFirst.Domain.Tests.Conferences;

/// <summary>Every step taken at a stage it does not belong to is refused with a plain message and changes nothing.</summary>
public class FamilyGroupConferenceOrderTests
{
    private const string BeforeCoordinator = "Allocate a coordinator before preparing the conference";
    private const string PreparationOver = "You cannot change the preparation once the conference has started";
    private const string BeforePreparation = "You cannot start the conference before preparation is complete";
    private const string BeforeInformationSharing = "You cannot start private family time before information sharing";
    private const string BeforePrivateFamilyTime = "You cannot present the plan before private family time";
    private const string BeforePresented = "You cannot decide on the plan before the family has presented it";
    private const string AlreadyAgreed = "The plan has already been agreed";
    private const string BeforeAgreed = "You cannot schedule a review before the plan is agreed";
    private const string BeforeReviewScheduled = "You cannot record a review before one is scheduled";
    private const string CloseTooEarly = "You can only close a conference after its review, or when the plan was not agreed";
    private const string IsClosed = "This conference is closed";
    private const string IsWithdrawn = "The family has withdrawn consent, so this conference cannot continue";

    // Late enough that no time check gets in before the stage check.
    private static readonly DateTimeOffset Late = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);

    private static readonly Dictionary<string, Func<FamilyGroupConference, string?>> Steps = new()
    {
        ["allocate coordinator"] = c => c.AllocateCoordinator("coordinator-9", Involvement, Late, TeamManager).Error,
        ["add to invitation list"] = c => c.AddToInvitationList("Aunt May", ParticipantKind.Family, "aunt", null).Error,
        ["record needs"] = c => c.RecordNeeds(JoOrAnyone(c), ParticipationNeeds.None).Error,
        ["record child participation"] = c => c.RecordChildParticipation("Mia", null, ChildParticipationWay.Attends, null).Error,
        ["set date and venue"] = c => c.SetDateAndVenue(Late.AddDays(7), "Hub", Late).Error,
        ["complete preparation"] = c => c.CompletePreparation(Late, Coordinator).Error,
        ["start information sharing"] = c => c.StartInformationSharing(Late, Coordinator).Error,
        ["start private family time"] = c => c.StartPrivateFamilyTime(Late, [JoOrAnyone(c)], Coordinator).Error,
        ["end private family time"] = c => c.EndPrivateFamilyTime(Late, Coordinator).Error,
        ["present plan"] = c => c.PresentPlan(AmendedPlanId, Late, Coordinator).Error,
        ["agree plan"] = c => c.AgreePlan(JoOrAnyone(c), [NoContactBottomLine, SchoolBottomLine], FamilyContacts.None, Late, Referrer).Error,
        ["decline plan"] = c => c.DeclinePlan("Fails a bottom line", [NoContactBottomLine], null, Late, Referrer).Error,
        ["schedule review"] = c => c.ScheduleReview(null, Late, Coordinator).Error,
        ["record review held"] = c => c.RecordReviewHeld(new DateOnly(2026, 11, 30), Late, Coordinator).Error,
        ["close"] = c => c.Close(null, Late, Coordinator).Error,
        ["withdraw consent"] = c => c.WithdrawConsent(null, Late, Referrer).Error,
    };

    public static TheoryData<ConferenceStage, string, string> OutOfOrder => new()
    {
        { ConferenceStage.Referred, "add to invitation list", BeforeCoordinator },
        { ConferenceStage.Referred, "record child participation", BeforeCoordinator },
        { ConferenceStage.Referred, "set date and venue", BeforeCoordinator },
        { ConferenceStage.Referred, "complete preparation", BeforeCoordinator },
        { ConferenceStage.InformationSharing, "add to invitation list", PreparationOver },
        { ConferenceStage.InformationSharing, "record needs", PreparationOver },
        { ConferenceStage.PlanAgreed, "record child participation", PreparationOver },
        { ConferenceStage.InformationSharing, "set date and venue", PreparationOver },
        { ConferenceStage.InformationSharing, "allocate coordinator", "You cannot change the coordinator once the conference has started" },
        { ConferenceStage.Prepared, "complete preparation", "Preparation is already complete" },
        { ConferenceStage.InformationSharing, "complete preparation", "The conference has already started" },
        { ConferenceStage.Referred, "start information sharing", BeforePreparation },
        { ConferenceStage.CoordinatorAllocated, "start information sharing", BeforePreparation },
        { ConferenceStage.InformationSharing, "start information sharing", "Information sharing has already started" },
        { ConferenceStage.Referred, "start private family time", BeforeInformationSharing },
        { ConferenceStage.CoordinatorAllocated, "start private family time", BeforeInformationSharing },
        { ConferenceStage.Prepared, "start private family time", BeforeInformationSharing },
        { ConferenceStage.PrivateFamilyTime, "start private family time", "Private family time has already started" },
        { ConferenceStage.PlanPresented, "start private family time", "The family has presented its plan. Record whether it is agreed before more private family time" },
        { ConferenceStage.PlanAgreed, "start private family time", "The plan has been agreed, so private family time has finished" },
        { ConferenceStage.InformationSharing, "end private family time", "You cannot end private family time before it has started" },
        { ConferenceStage.PlanPresented, "end private family time", "You cannot end private family time before it has started" },
        { ConferenceStage.Prepared, "present plan", BeforePrivateFamilyTime },
        { ConferenceStage.InformationSharing, "present plan", BeforePrivateFamilyTime },
        { ConferenceStage.PrivateFamilyTime, "present plan", "End private family time before the family presents its plan" },
        { ConferenceStage.PlanPresented, "present plan", "The plan has already been presented. Record whether it is agreed" },
        { ConferenceStage.PlanAgreed, "present plan", AlreadyAgreed },
        { ConferenceStage.InformationSharing, "agree plan", BeforePresented },
        { ConferenceStage.PrivateFamilyTime, "agree plan", BeforePresented },
        { ConferenceStage.PlanNotAgreed, "agree plan", "The family must present an amended plan before a new decision" },
        { ConferenceStage.PlanAgreed, "agree plan", AlreadyAgreed },
        { ConferenceStage.PrivateFamilyTime, "decline plan", BeforePresented },
        { ConferenceStage.PlanNotAgreed, "decline plan", "The family must present an amended plan before a new decision" },
        { ConferenceStage.ReviewScheduled, "decline plan", AlreadyAgreed },
        { ConferenceStage.PlanPresented, "schedule review", BeforeAgreed },
        { ConferenceStage.PlanNotAgreed, "schedule review", BeforeAgreed },
        { ConferenceStage.PlanAgreed, "record review held", BeforeReviewScheduled },
        { ConferenceStage.Reviewed, "record review held", BeforeReviewScheduled },
        { ConferenceStage.InformationSharing, "close", CloseTooEarly },
        { ConferenceStage.PlanAgreed, "close", CloseTooEarly },
        { ConferenceStage.ReviewScheduled, "close", CloseTooEarly },
        { ConferenceStage.Closed, "allocate coordinator", IsClosed },
        { ConferenceStage.Closed, "schedule review", IsClosed },
        { ConferenceStage.Closed, "close", IsClosed },
        { ConferenceStage.Closed, "withdraw consent", IsClosed },
        { ConferenceStage.Withdrawn, "add to invitation list", IsWithdrawn },
        { ConferenceStage.Withdrawn, "start information sharing", IsWithdrawn },
        { ConferenceStage.Withdrawn, "present plan", IsWithdrawn },
        { ConferenceStage.Withdrawn, "withdraw consent", IsWithdrawn },
    };

    [Theory]
    [MemberData(nameof(OutOfOrder))]
    public void Step_AtAStageItDoesNotBelongTo_IsRefusedAndChangesNothing(ConferenceStage stage, string step, string expected)
    {
        var conference = At(stage);
        var historyBefore = conference.History.Count;

        var error = Steps[step](conference);

        Assert.Equal(expected, error);
        Assert.Equal(stage, conference.Stage);
        Assert.Equal(historyBefore, conference.History.Count);
    }

    [Fact]
    public void EveryStep_AtEveryStage_SucceedsOrRefusesWithoutThrowing()
    {
        foreach (var stage in Enum.GetValues<ConferenceStage>())
        {
            foreach (var (name, step) in Steps)
            {
                var conference = At(stage);

                var error = Record.Exception(() => step(conference));

                Assert.True(error is null, $"'{name}' at {stage} threw {error?.GetType().Name}: {error?.Message}");
            }
        }
    }

    [Fact]
    public void EndPrivateFamilyTime_Twice_IsRefused()
    {
        var conference = AfterPrivateFamilyTime();

        var result = conference.EndPrivateFamilyTime(Late, Coordinator);

        Assert.Equal("Private family time has already ended", result.Error);
    }

    private static Guid JoOrAnyone(FamilyGroupConference conference) =>
        conference.Invitations.FirstOrDefault(i => i.Name == "Jo Smith")?.Id ?? Guid.NewGuid();
}
