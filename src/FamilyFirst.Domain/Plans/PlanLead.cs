namespace FamilyFirst.Domain.Plans;

/// <summary>
/// Who leads a family plan: someone in the household (by their person record) or in the wider network (by their network
/// record, for example the grandmother who will make sure the plan happens).
/// </summary>
public sealed record PlanLead(Guid? PersonId, Guid? NetworkMemberId)
{
    public static PlanLead HouseholdMember(Guid personId) => new(personId, null);

    public static PlanLead NetworkMember(Guid networkMemberId) => new(null, networkMemberId);
}

/// <summary>What the draft plan says besides its actions, as on the plan's details form.</summary>
public sealed record PlanDetails(
    string? ContingencyPlan,
    string? ResourcesAskedOfAgencies,
    PlanLead? Lead,
    string? ReviewArrangements,
    DateOnly? ReviewBy);

/// <summary>
/// What a Family Group Conference hands to the family plan when the family's plan is agreed there: the plan the family
/// wrote in private family time (kept exactly), the plan lead named at the conference (from the household or the wider
/// network; null when the conference named someone the family's record does not hold, who is then chosen on the plan)
/// and the review date set there.
/// </summary>
public sealed record ConferenceHandOver(Guid ConferenceId, string FamilysOwnWords, PlanLead? Lead, DateOnly? ReviewBy);

/// <summary>What became of a review date moved on a conference after its hand-over, for the family plan's draft.</summary>
public enum ConferenceReviewDateResult
{
    /// <summary>The draft took the new date.</summary>
    Carried,

    /// <summary>The draft already had that date.</summary>
    AlreadyThatDate,

    /// <summary>The plan's review date was changed on the plan since the hand-over, so it was kept.</summary>
    KeptAsChangedOnThePlan,

    /// <summary>The plan has no draft that came from this conference (it has been agreed, or was never handed over).</summary>
    NoDraftFromTheConference,
}

/// <summary>The outcome, and the draft's review date after it (null when there is no draft or it has none).</summary>
public sealed record ConferenceReviewDateOutcome(ConferenceReviewDateResult Result, DateOnly? PlanReviewBy);
