using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Conferences;
using FamilyContacts = FamilyFirst.Domain.Families.FamilyContacts;
using FamilyFirst.Domain.Meetings;

namespace FamilyFirst.Domain.Tests.Conferences;

/// <summary>Drives a conference, step by step through the real methods, to the stage a test needs.</summary>
internal static class TestConference
{
    public const string Referrer = "referrer-1";
    public const string LeadPractitioner = "lead-1";
    public const string SocialWorker = "social-worker-1";
    public const string TeamManager = "manager-1";
    public const string Coordinator = "coordinator-1";

    public static readonly Guid FamilyId = Guid.Parse("0f1c2d3e-0000-4000-8000-000000000001");
    public static readonly Guid MotherId = Guid.Parse("0f1c2d3e-0000-4000-8000-000000000002");
    public static readonly Guid NoContactBottomLine = Guid.Parse("0f1c2d3e-0000-4000-8000-0000000000b1");
    public static readonly Guid SchoolBottomLine = Guid.Parse("0f1c2d3e-0000-4000-8000-0000000000b2");
    public static readonly Guid FirstPlanId = Guid.Parse("0f1c2d3e-0000-4000-8000-0000000000c1");
    public static readonly Guid AmendedPlanId = Guid.Parse("0f1c2d3e-0000-4000-8000-0000000000c2");

    public static readonly DateTimeOffset ReferredAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly ReferralDay = new(2026, 3, 2);
    public static readonly DateTimeOffset ConferenceAt = new(2026, 4, 1, 10, 0, 0, TimeSpan.FromHours(1));

    public static Consent ValidConsent => new("Jo Smith", MotherId, true, new DateOnly(2026, 2, 27), true, true);

    public static CaseInvolvement Involvement => new(LeadPractitioner, [SocialWorker, TeamManager]);

    public static FamilyGroupConference Referred(DateTimeOffset? referredAt = null)
    {
        var at = referredAt ?? ReferredAt;
        var referred = FamilyGroupConference.Refer(
            FamilyId,
            Referrer,
            ValidConsent with { GivenOn = DateOnly.FromDateTime(at.DateTime).AddDays(-3) },
            ["Kai is missing school", "Arguments at home frighten the children"],
            ["How will Kai get to school every day?", "Who will the children go to when things get heated?"],
            [NoContactBottomLine, SchoolBottomLine],
            at);
        return referred.Succeeded ? referred.Value! : throw new InvalidOperationException(referred.Error);
    }

    public static FamilyGroupConference Allocated(DateTimeOffset? referredAt = null)
    {
        var conference = Referred(referredAt);
        Must(conference.AllocateCoordinator(Coordinator, Involvement, (referredAt ?? ReferredAt).AddMinutes(30), TeamManager));
        return conference;
    }

    /// <summary>Jo (mother) and Gran accept, Uncle Lee is not invited because of risk, Ms Patel (school) accepts.</summary>
    public static FamilyGroupConference Prepared(DateTimeOffset? referredAt = null, DateTimeOffset? conferenceAt = null)
    {
        var start = referredAt ?? ReferredAt;
        var conference = Allocated(start);
        var jo = Add(conference, "Jo Smith", ParticipantKind.Family, "mother", MotherId);
        var gran = Add(conference, "Gran", ParticipantKind.Family, "maternal grandmother", null);
        var lee = Add(conference, "Uncle Lee", ParticipantKind.Family, "uncle", null);
        var patel = Add(conference, "Ms Patel", ParticipantKind.Professional, "head of year", null);
        foreach (var invitation in new[] { jo, gran, patel })
        {
            Must(conference.InviteToConference(invitation, FamilyContacts.None, ReferralDay));
            Must(conference.RecordInvitationAccepted(invitation, FamilyContacts.None, ReferralDay));
        }

        Must(conference.RecordNotInvited(lee, "Risk to the children: bail conditions"));
        Must(conference.RecordChildParticipation("Kai", null, ChildParticipationWay.AdvocateSpeaksForThem, "Sam Advocate"));
        Must(conference.SetDateAndVenue(conferenceAt ?? ConferenceAt, "Riverside Family Hub", start.AddHours(1)));
        Must(conference.CompletePreparation(start.AddHours(2), Coordinator));
        return conference;
    }

    public static FamilyGroupConference AtInformationSharing(DateTimeOffset? referredAt = null, DateTimeOffset? conferenceAt = null)
    {
        var conference = Prepared(referredAt, conferenceAt);
        Must(conference.StartInformationSharing(conferenceAt ?? ConferenceAt, Coordinator));
        return conference;
    }

    public static FamilyGroupConference InPrivateFamilyTime()
    {
        var conference = AtInformationSharing();
        Must(conference.StartPrivateFamilyTime(ConferenceAt.AddHours(1), [Id(conference, "Jo Smith"), Id(conference, "Gran")], Coordinator));
        return conference;
    }

    public static FamilyGroupConference AfterPrivateFamilyTime()
    {
        var conference = InPrivateFamilyTime();
        Must(conference.EndPrivateFamilyTime(ConferenceAt.AddHours(2), Coordinator));
        return conference;
    }

    public static FamilyGroupConference PlanPresented()
    {
        var conference = AfterPrivateFamilyTime();
        Must(conference.PresentPlan(FirstPlanId, ConferenceAt.AddHours(2.25), Coordinator));
        return conference;
    }

    public static FamilyGroupConference PlanAgreed()
    {
        var conference = PlanPresented();
        Must(conference.AgreePlan(Id(conference, "Jo Smith"), [NoContactBottomLine, SchoolBottomLine], FamilyContacts.None, ConferenceAt.AddHours(2.5), Referrer));
        return conference;
    }

    public static FamilyGroupConference PlanNotAgreed()
    {
        var conference = PlanPresented();
        Must(conference.DeclinePlan("The plan lets Uncle Lee collect the children", [NoContactBottomLine], null, ConferenceAt.AddHours(2.5), Referrer));
        return conference;
    }

    public static FamilyGroupConference ReviewScheduled()
    {
        var conference = PlanAgreed();
        Must(conference.ScheduleReview(null, ConferenceAt.AddHours(3), Coordinator));
        return conference;
    }

    public static FamilyGroupConference Reviewed()
    {
        var conference = ReviewScheduled();
        Must(conference.RecordReviewHeld(new DateOnly(2026, 7, 1), new DateTimeOffset(2026, 7, 1, 15, 0, 0, TimeSpan.FromHours(1)), Coordinator));
        return conference;
    }

    public static FamilyGroupConference Closed()
    {
        var conference = Reviewed();
        Must(conference.Close("Plan working well", new DateTimeOffset(2026, 7, 2, 9, 0, 0, TimeSpan.FromHours(1)), Coordinator));
        return conference;
    }

    public static FamilyGroupConference Withdrawn()
    {
        var conference = Allocated();
        Must(conference.WithdrawConsent("Jo would rather work with the family worker alone", ReferredAt.AddDays(5), Referrer));
        return conference;
    }

    public static FamilyGroupConference At(ConferenceStage stage) => stage switch
    {
        ConferenceStage.Referred => Referred(),
        ConferenceStage.CoordinatorAllocated => Allocated(),
        ConferenceStage.Prepared => Prepared(),
        ConferenceStage.InformationSharing => AtInformationSharing(),
        ConferenceStage.PrivateFamilyTime => InPrivateFamilyTime(),
        ConferenceStage.PlanPresented => PlanPresented(),
        ConferenceStage.PlanAgreed => PlanAgreed(),
        ConferenceStage.PlanNotAgreed => PlanNotAgreed(),
        ConferenceStage.ReviewScheduled => ReviewScheduled(),
        ConferenceStage.Reviewed => Reviewed(),
        ConferenceStage.Closed => Closed(),
        ConferenceStage.Withdrawn => Withdrawn(),
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static Guid Id(FamilyGroupConference conference, string name) => conference.Invitations.Single(i => i.Name == name).Id;

    public static void Must(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Test set-up step refused: {result.Error}");
        }
    }

    private static Guid Add(FamilyGroupConference conference, string name, ParticipantKind kind, string relationship, Guid? personId)
    {
        var added = conference.AddToInvitationList(name, kind, relationship, personId);
        return added.Succeeded ? added.Value!.Id : throw new InvalidOperationException(added.Error);
    }
}
