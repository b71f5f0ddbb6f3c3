namespace FamilyFirst.Domain.Conferences;

/// <summary>A period of private family time: when it started and ended, and who from the family was there.</summary>
public sealed class PrivateFamilyTimeSession
{
    private readonly List<Guid> _presentInvitationIds = [];

    private PrivateFamilyTimeSession()
    {
    }

    internal PrivateFamilyTimeSession(DateTimeOffset startedAt, IEnumerable<Guid> presentInvitationIds)
    {
        Id = Guid.NewGuid();
        StartedAt = startedAt;
        _presentInvitationIds.AddRange(presentInvitationIds);
    }

    public Guid Id { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    /// <summary>The invitation list entries of the family members and friends who were present.</summary>
    public IReadOnlyList<Guid> PresentInvitationIds => _presentInvitationIds;

    public bool HasEnded => EndedAt is not null;

    internal void End(DateTimeOffset endedAt) => EndedAt = endedAt;
}

/// <summary>The referrer's decision on a plan the family presented.</summary>
public enum PlanDecision
{
    Awaiting,
    Agreed,
    NotAgreed,
}

/// <summary>
/// One presentation of the family's plan and the referrer's decision. A plan not agreed says why, naming
/// the bottom lines it fails or the safety concern; the family may then amend it and present it again.
/// </summary>
public sealed class PlanPresentation
{
    private readonly List<Guid> _failedBottomLineIds = [];
    private readonly List<BottomLineMet> _bottomLinesMet = [];

    private PlanPresentation()
    {
    }

    internal PlanPresentation(Guid planId, DateTimeOffset presentedAt)
    {
        Id = Guid.NewGuid();
        PlanId = planId;
        PresentedAt = presentedAt;
        Decision = PlanDecision.Awaiting;
    }

    public Guid Id { get; private set; }

    /// <summary>The family plan (version) presented.</summary>
    public Guid PlanId { get; private set; }

    public DateTimeOffset PresentedAt { get; private set; }

    public PlanDecision Decision { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? NotAgreedReason { get; private set; }

    public IReadOnlyList<Guid> FailedBottomLineIds => _failedBottomLineIds;

    public string? SafetyConcern { get; private set; }

    /// <summary>When the plan was agreed: each bottom line that applied and how the plan meets it.</summary>
    public IReadOnlyList<BottomLineMet> BottomLinesMet => _bottomLinesMet;

    internal void Agree(DateTimeOffset at, IEnumerable<BottomLineMet> bottomLinesMet)
    {
        Decision = PlanDecision.Agreed;
        DecidedAt = at;
        _bottomLinesMet.AddRange(bottomLinesMet);
    }

    internal void Decline(DateTimeOffset at, string reason, IEnumerable<Guid> failedBottomLineIds, string? safetyConcern)
    {
        Decision = PlanDecision.NotAgreed;
        DecidedAt = at;
        NotAgreedReason = reason;
        _failedBottomLineIds.AddRange(failedBottomLineIds);
        SafetyConcern = safetyConcern;
    }
}

/// <summary>A bottom line that applied when a conference agreed the family's plan, and how the plan meets it, in the referrer's words.</summary>
public sealed class BottomLineMet
{
    private BottomLineMet()
    {
        How = string.Empty;
    }

    internal BottomLineMet(Guid bottomLineId, string how)
    {
        Id = Guid.NewGuid();
        BottomLineId = bottomLineId;
        How = how;
    }

    public Guid Id { get; private set; }

    public Guid BottomLineId { get; private set; }

    public string How { get; private set; }
}

/// <summary>A review conference: when it is due, and when it was held.</summary>
public sealed class ConferenceReview
{
    private ConferenceReview()
    {
    }

    internal ConferenceReview(DateOnly dueOn)
    {
        Id = Guid.NewGuid();
        DueOn = dueOn;
    }

    public Guid Id { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateOnly? HeldOn { get; private set; }

    internal void Move(DateOnly dueOn) => DueOn = dueOn;

    internal void RecordHeld(DateOnly heldOn) => HeldOn = heldOn;
}

/// <summary>An entry in the conference's history for the family's chronology: what changed, when and by whom.</summary>
public sealed class ConferenceHistoryEntry
{
    private ConferenceHistoryEntry()
    {
        ByUserId = string.Empty;
        Description = string.Empty;
    }

    internal ConferenceHistoryEntry(ConferenceStage? fromStage, ConferenceStage toStage, DateTimeOffset at, string byUserId, string description)
    {
        Id = Guid.NewGuid();
        FromStage = fromStage;
        ToStage = toStage;
        At = at;
        ByUserId = byUserId;
        Description = description;
    }

    public Guid Id { get; private set; }

    /// <summary>The stage before; null for the referral. Equal to <see cref="ToStage"/> when something changed within a stage.</summary>
    public ConferenceStage? FromStage { get; private set; }

    public ConferenceStage ToStage { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ByUserId { get; private set; }

    public string Description { get; private set; }
}
