namespace FamilyFirst.Domain.Conferences;

/// <summary>Where a Family Group Conference has got to, in the order of the Family Rights Group model.</summary>
public enum ConferenceStage
{
    Referred,
    CoordinatorAllocated,
    Prepared,
    InformationSharing,
    PrivateFamilyTime,
    PlanPresented,
    PlanAgreed,

    /// <summary>The referrer did not agree the plan; the family may amend it and present it again.</summary>
    PlanNotAgreed,
    ReviewScheduled,
    Reviewed,
    Closed,

    /// <summary>The family withdrew consent: a conference is voluntary.</summary>
    Withdrawn,
}

/// <summary>The stages in the words shown to practitioners and families.</summary>
public static class ConferenceStageNames
{
    public static string Describe(ConferenceStage stage) => stage switch
    {
        ConferenceStage.Referred => "Referred",
        ConferenceStage.CoordinatorAllocated => "Coordinator allocated",
        ConferenceStage.Prepared => "Ready for the conference",
        ConferenceStage.InformationSharing => "Information sharing",
        ConferenceStage.PrivateFamilyTime => "Private family time",
        ConferenceStage.PlanPresented => "Plan presented",
        ConferenceStage.PlanAgreed => "Plan agreed",
        ConferenceStage.PlanNotAgreed => "Plan not agreed",
        ConferenceStage.ReviewScheduled => "Review scheduled",
        ConferenceStage.Reviewed => "Reviewed",
        ConferenceStage.Closed => "Closed",
        ConferenceStage.Withdrawn => "Consent withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>What happens next at this stage, in a few words (for a coordinator's list of their conferences).</summary>
    public static string NextStep(ConferenceStage stage) => stage switch
    {
        ConferenceStage.Referred => "Allocate a coordinator",
        ConferenceStage.CoordinatorAllocated => "Prepare: invitations, children, date and venue",
        ConferenceStage.Prepared => "Hold the conference",
        ConferenceStage.InformationSharing => "Private family time",
        ConferenceStage.PrivateFamilyTime => "Record the family's plan",
        ConferenceStage.PlanPresented => "The referrer's decision on the plan",
        ConferenceStage.PlanNotAgreed => "More private family time, or close",
        ConferenceStage.PlanAgreed => "Schedule the review",
        ConferenceStage.ReviewScheduled => "Hold the review",
        ConferenceStage.Reviewed => "Another review, or close",
        ConferenceStage.Closed or ConferenceStage.Withdrawn => "None",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };
}
