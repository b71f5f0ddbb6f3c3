namespace FamilyFirst.Domain.Plans;

/// <summary>Whether a plan version is still being written or has been agreed (and so can no longer change).</summary>
public enum PlanVersionStatus
{
    Draft,
    Agreed,
}

/// <summary>
/// One version of a family plan. At most one is a draft being written; agreed versions are kept as they were agreed
/// (only their actions' progress is updated), so earlier versions stay readable.
/// </summary>
public sealed class PlanVersion
{
    private readonly List<PlanAction> _actions = [];
    private readonly List<Guid> _agreedFamilyMemberIds = [];
    private readonly List<Guid> _uncoveredBottomLineIds = [];

    private PlanVersion()
    {
    }

    private PlanVersion(int number)
    {
        Id = Guid.NewGuid();
        Number = number;
        Status = PlanVersionStatus.Draft;
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3, ... A draft carries the number it will have when agreed.</summary>
    public int Number { get; private set; }

    public PlanVersionStatus Status { get; private set; }

    public bool IsAgreed => Status == PlanVersionStatus.Agreed;

    public IReadOnlyList<PlanAction> Actions => _actions;

    /// <summary>"What we will do if the plan is not working", in the family's words.</summary>
    public string? ContingencyPlan { get; private set; }

    /// <summary>The resources the family has asked agencies for, in the family's words.</summary>
    public string? ResourcesAskedOfAgencies { get; private set; }

    /// <summary>The family member named as plan lead, when the lead is in the household.</summary>
    public Guid? PlanLeadFamilyMemberId { get; private set; }

    /// <summary>The wider network member named as plan lead (for example a grandmother), when the lead is in the network.</summary>
    public Guid? PlanLeadNetworkMemberId { get; private set; }

    /// <summary>Whoever leads the plan, by their network record or their person record; null until one is chosen.</summary>
    public Guid? PlanLeadId => PlanLeadNetworkMemberId ?? PlanLeadFamilyMemberId;

    /// <summary>
    /// The plan the family wrote in private family time and presented at a Family Group Conference, kept exactly as
    /// they wrote it (never trimmed or reworded). Carried into later versions until another conference replaces it.
    /// </summary>
    public string? FamilysOwnWords { get; private set; }

    /// <summary>The conference at which the family presented <see cref="FamilysOwnWords"/>.</summary>
    public Guid? FamilysOwnWordsConferenceId { get; private set; }

    /// <summary>How the plan will be reviewed, in the family's words.</summary>
    public string? ReviewArrangements { get; private set; }

    /// <summary>When the plan will next be reviewed.</summary>
    public DateOnly? ReviewBy { get; private set; }

    /// <summary>
    /// The review date this draft took from the conference it came from (at the hand-over, or when the conference's
    /// review was moved since); while <see cref="ReviewBy"/> is still this date, the plan's review date has not been
    /// changed on the plan, and a review moved on the conference is carried to it. Not copied into later versions.
    /// </summary>
    public DateOnly? ReviewByFromConference { get; private set; }

    public DateTimeOffset? AgreedAt { get; private set; }

    /// <summary>The member of staff who recorded the agreement for the local authority.</summary>
    public Guid? AgreedById { get; private set; }

    public IReadOnlyList<Guid> AgreedFamilyMemberIds => _agreedFamilyMemberIds;

    /// <summary>The local authority's decision, in words.</summary>
    public string? LocalAuthorityDecision { get; private set; }

    /// <summary>Active bottom lines no action addressed when the plan was agreed.</summary>
    public IReadOnlyList<Guid> UncoveredBottomLineIds => _uncoveredBottomLineIds;

    /// <summary>Why the plan was agreed although some bottom lines had no action.</summary>
    public string? UncoveredBottomLinesReason { get; private set; }

    public PlanAction? Action(Guid actionKey) => _actions.FirstOrDefault(a => a.ActionKey == actionKey);

    internal static PlanVersion FirstDraft() => new(1);

    internal PlanVersion DraftNextVersion()
    {
        var draft = new PlanVersion(Number + 1)
        {
            ContingencyPlan = ContingencyPlan,
            ResourcesAskedOfAgencies = ResourcesAskedOfAgencies,
            PlanLeadFamilyMemberId = PlanLeadFamilyMemberId,
            PlanLeadNetworkMemberId = PlanLeadNetworkMemberId,
            FamilysOwnWords = FamilysOwnWords,
            FamilysOwnWordsConferenceId = FamilysOwnWordsConferenceId,
            ReviewArrangements = ReviewArrangements,
            ReviewBy = ReviewBy,
        };
        draft._actions.AddRange(_actions.Select(a => a.CopyForNextVersion()));
        return draft;
    }

    internal void AddAction(PlanAction action) => _actions.Add(action);

    internal void RemoveAction(PlanAction action) => _actions.Remove(action);

    internal void UpdateDetails(string? contingencyPlan, string? resourcesAskedOfAgencies, Guid? planLeadFamilyMemberId, string? reviewArrangements, DateOnly? reviewBy)
    {
        ContingencyPlan = contingencyPlan;
        ResourcesAskedOfAgencies = resourcesAskedOfAgencies;
        PlanLeadFamilyMemberId = planLeadFamilyMemberId;
        PlanLeadNetworkMemberId = null;
        ReviewArrangements = reviewArrangements;
        ReviewBy = reviewBy;
    }

    internal void ChoosePlanLead(PlanLead? lead)
    {
        PlanLeadFamilyMemberId = lead?.NetworkMemberId is null ? lead?.PersonId : null;
        PlanLeadNetworkMemberId = lead?.NetworkMemberId;
    }

    internal void TakeFromConference(Guid conferenceId, string familysOwnWords, PlanLead? lead, DateOnly? reviewBy)
    {
        FamilysOwnWords = familysOwnWords;
        FamilysOwnWordsConferenceId = conferenceId;
        if (lead is not null)
        {
            ChoosePlanLead(lead);
        }

        if (reviewBy is not null)
        {
            ReviewBy = reviewBy;
            ReviewByFromConference = reviewBy;
        }
    }

    internal void CarryReviewDateFromConference(DateOnly reviewBy)
    {
        ReviewBy = reviewBy;
        ReviewByFromConference = reviewBy;
    }

    internal void MarkAgreed(
        IEnumerable<Guid> agreedFamilyMemberIds,
        string localAuthorityDecision,
        IEnumerable<Guid> uncoveredBottomLineIds,
        string? uncoveredBottomLinesReason,
        Guid agreedById,
        DateTimeOffset now)
    {
        Status = PlanVersionStatus.Agreed;
        _agreedFamilyMemberIds.AddRange(agreedFamilyMemberIds.Distinct());
        LocalAuthorityDecision = localAuthorityDecision;
        _uncoveredBottomLineIds.AddRange(uncoveredBottomLineIds);
        UncoveredBottomLinesReason = uncoveredBottomLinesReason;
        AgreedById = agreedById;
        AgreedAt = now;
    }
}
