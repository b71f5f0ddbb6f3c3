namespace FamilyFirst.Domain.Plans;

/// <summary>How one action stood at a plan review.</summary>
public sealed record ActionProgress(Guid ActionKey, string What, PlanActionStatus Status, string? Note);

/// <summary>Progress given at a review for one action: its status now and, if wanted, a note.</summary>
public sealed record ActionProgressUpdate(Guid ActionKey, PlanActionStatus Status, string? Note);

/// <summary>A review of the agreed family plan: each action's progress at the time, notes, and when to review next.</summary>
public sealed class PlanReview
{
    private readonly List<ActionProgress> _progress = [];

    private PlanReview()
    {
    }

    internal PlanReview(DateOnly reviewedOn, int versionNumber, IEnumerable<ActionProgress> progress, string? notes, DateOnly? nextReviewOn, Guid reviewedById, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        ReviewedOn = reviewedOn;
        VersionNumber = versionNumber;
        _progress.AddRange(progress);
        Notes = notes;
        NextReviewOn = nextReviewOn;
        ReviewedById = reviewedById;
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public DateOnly ReviewedOn { get; private set; }

    /// <summary>The agreed plan version that was reviewed.</summary>
    public int VersionNumber { get; private set; }

    /// <summary>Every action in that version, as it stood at the review.</summary>
    public IReadOnlyList<ActionProgress> Progress => _progress;

    public string? Notes { get; private set; }

    /// <summary>When the plan will next be reviewed; null when no further review is planned.</summary>
    public DateOnly? NextReviewOn { get; private set; }

    /// <summary>Why no further review is planned, when the reviewer cleared the next review date.</summary>
    public string? NoNextReviewReason { get; internal set; }

    public Guid ReviewedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }
}

/// <summary>
/// The local authority did not agree a draft plan: the reason, naming the bottom lines or safety concern.
/// The family may amend the plan and present it again.
/// </summary>
public sealed record PlanNotAgreed(int DraftNumber, string Reason, IReadOnlyList<Guid> BottomLineIds, Guid DecidedById, DateTimeOffset At);
