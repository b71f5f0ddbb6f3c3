namespace FamilyFirst.Domain.Plans;

/// <summary>Where a bottom line is in its life: written, approved by a manager, or retired.</summary>
public enum BottomLineStatus
{
    Draft,
    Approved,
    Retired,
}

/// <summary>What happened to a bottom line, for its history.</summary>
public enum BottomLineChangeKind
{
    Written,
    Reworded,
    Approved,
    Retired,

    /// <summary>A manager sent the draft back to its author with comments; it waits for them to change the words.</summary>
    Returned,
}

/// <summary>
/// One of the local authority's non-negotiable safety requirements for a family, written by the practitioner in plain
/// words (for example "the children do not have unsupervised contact with X"). It can be used in a conference or a
/// plan only once a manager has approved it, and stops applying when retired.
/// </summary>
public sealed class BottomLine
{
    private readonly List<BottomLineChange> _history = [];

    private BottomLine()
    {
        Text = string.Empty;
    }

    private BottomLine(Guid familyId, string text, Guid writtenById, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        FamilyId = familyId;
        Text = text;
        WrittenById = writtenById;
        WrittenAt = now;
        Status = BottomLineStatus.Draft;
        _history.Add(new BottomLineChange(BottomLineChangeKind.Written, writtenById, now, text, null));
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    /// <summary>The bottom line in plain words, exactly as written.</summary>
    public string Text { get; private set; }

    public Guid WrittenById { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    public BottomLineStatus Status { get; private set; }

    public Guid? ApprovedById { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public Guid? RetiredById { get; private set; }

    public DateTimeOffset? RetiredAt { get; private set; }

    public string? RetirementReason { get; private set; }

    /// <summary>Every change, oldest first, with who made it and when.</summary>
    public IReadOnlyList<BottomLineChange> History => _history;

    /// <summary>True only when a manager has approved it and it has not been retired: only then may a conference or plan use it.</summary>
    public bool IsUsable => Status == BottomLineStatus.Approved;

    /// <summary>
    /// True when a manager returned the draft with comments and nobody has changed the words since: it waits for its
    /// author, not for a manager.
    /// </summary>
    public bool IsReturned => Status == BottomLineStatus.Draft && _history.Count > 0 && _history[^1].Kind == BottomLineChangeKind.Returned;

    /// <summary>The latest time a manager returned it, with their comments (in <see cref="BottomLineChange.Reason"/>), if ever.</summary>
    public BottomLineChange? LastReturn => _history.LastOrDefault(h => h.Kind == BottomLineChangeKind.Returned);

    /// <summary>The longest comments a manager may write when returning a bottom line.</summary>
    public const int MaxCommentsLength = 2_000;

    public static Result<BottomLine> Write(Guid familyId, string? text, Guid writtenById, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<BottomLine>.Fail("Enter the bottom line");
        }

        return Result<BottomLine>.Ok(new BottomLine(familyId, text, writtenById, now));
    }

    /// <summary>
    /// Changes the words before approval. Once approved the words are fixed, because plans and conferences have
    /// relied on them: to change an approved bottom line, retire it with a reason and write a new one.
    /// </summary>
    public Result Reword(string? text, Guid changedById, DateTimeOffset now)
    {
        switch (Status)
        {
            case BottomLineStatus.Approved:
                return Result.Fail("You can only change a bottom line before it is approved. Retire it and write a new one instead");
            case BottomLineStatus.Retired:
                return Result.Fail("This bottom line has been retired and cannot be changed");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Result.Fail("Enter the bottom line");
        }

        Text = text;
        _history.Add(new BottomLineChange(BottomLineChangeKind.Reworded, changedById, now, text, null));
        return Result.Ok();
    }

    /// <summary>
    /// True when the person wrote the bottom line or changed its words: they are one of its authors, so they may not
    /// be the one who approves it.
    /// </summary>
    public bool IsWordedBy(Guid userId) =>
        WrittenById == userId || _history.Any(h => h.Kind == BottomLineChangeKind.Reworded && h.ById == userId);

    /// <summary>
    /// A manager approves the bottom line. Whether the person is a manager is checked by the service's authorisation;
    /// here the rule is that someone other than the author approves it, so every bottom line has a second pair of eyes.
    /// A manager who changed the words is an author too.
    /// </summary>
    public Result Approve(Guid managerId, DateTimeOffset now)
    {
        switch (Status)
        {
            case BottomLineStatus.Approved:
                return Result.Fail("This bottom line has already been approved");
            case BottomLineStatus.Retired:
                return Result.Fail("This bottom line has been retired and cannot be approved");
        }

        if (IsWordedBy(managerId))
        {
            return Result.Fail("A manager who did not write this bottom line must approve it");
        }

        Status = BottomLineStatus.Approved;
        ApprovedById = managerId;
        ApprovedAt = now;
        _history.Add(new BottomLineChange(BottomLineChangeKind.Approved, managerId, now, Text, null));
        return Result.Ok();
    }

    /// <summary>
    /// A manager returns the draft to its author with comments instead of approving it. It stays a draft, out of the
    /// managers' approvals until its words are changed. As with approval, nobody returns a bottom line they worded.
    /// </summary>
    public Result Return(string? comments, Guid managerId, DateTimeOffset now)
    {
        switch (Status)
        {
            case BottomLineStatus.Approved:
                return Result.Fail("This bottom line has already been approved");
            case BottomLineStatus.Retired:
                return Result.Fail("This bottom line has been retired and cannot be returned");
        }

        if (IsReturned)
        {
            return Result.Fail("This bottom line has already been returned. It comes back for approval once its words are changed");
        }

        if (IsWordedBy(managerId))
        {
            return Result.Fail("A manager who did not write this bottom line must return it");
        }

        if (string.IsNullOrWhiteSpace(comments))
        {
            return Result.Fail("Enter your comments for the person who wrote the bottom line");
        }

        if (comments.Length > MaxCommentsLength)
        {
            return Result.Fail("Comments must be 2,000 characters or less");
        }

        _history.Add(new BottomLineChange(BottomLineChangeKind.Returned, managerId, now, Text, comments.Trim()));
        return Result.Ok();
    }

    /// <summary>Stops the bottom line applying. A draft may be retired too (withdrawn before approval).</summary>
    public Result Retire(string? reason, Guid retiredById, DateTimeOffset now)
    {
        if (Status == BottomLineStatus.Retired)
        {
            return Result.Fail("This bottom line has already been retired");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Enter why the bottom line is being retired");
        }

        Status = BottomLineStatus.Retired;
        RetiredById = retiredById;
        RetiredAt = now;
        RetirementReason = reason;
        _history.Add(new BottomLineChange(BottomLineChangeKind.Retired, retiredById, now, Text, reason));
        return Result.Ok();
    }
}

/// <summary>One entry in a bottom line's history: what happened, who did it, when, and the words at that point.</summary>
public sealed record BottomLineChange(BottomLineChangeKind Kind, Guid ById, DateTimeOffset At, string Text, string? Reason);
