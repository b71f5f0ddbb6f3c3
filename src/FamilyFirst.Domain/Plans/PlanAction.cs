namespace FamilyFirst.Domain.Plans;

/// <summary>Who does an action: someone in the family, someone in the family's network, or a professional or service.</summary>
public enum ActionOwnerKind
{
    FamilyMember,
    NetworkMember,
    ProfessionalOrService,
}

/// <summary>How far an action has got.</summary>
public enum PlanActionStatus
{
    NotStarted,
    InProgress,
    Done,
    NotDone,
}

/// <summary>Who will do an action: a person on the family's record (by id) and/or a name as written, such as "School nurse".</summary>
public sealed record ActionOwner(ActionOwnerKind Kind, Guid? PersonId, string? Name)
{
    /// <summary>The wider network member who owns the action, when chosen from the family's network.</summary>
    public Guid? NetworkMemberId { get; init; }
}

/// <summary>Who will check an action has been done: a person on record (by id) and/or a name as written.</summary>
public sealed record ActionChecker(Guid? PersonId, string? Name);

/// <summary>A progress note on an action: the status it moved to, why, who recorded it and when.</summary>
public sealed record ActionUpdate(PlanActionStatus Status, string? Note, Guid ById, DateTimeOffset At);

/// <summary>
/// What an action says, as entered on the form: what will be done, who does it, by when, who checks, and which worry
/// (by the worry's item key) or bottom line it addresses. The family's words are kept exactly as written.
/// </summary>
public sealed record PlanActionDetails(
    string What,
    ActionOwner Owner,
    DateOnly ByWhen,
    ActionChecker WhoChecks,
    Guid? AddressesWorryKey = null,
    Guid? AddressesBottomLineId = null)
{
    public Result Check()
    {
        if (string.IsNullOrWhiteSpace(What))
        {
            return Result.Fail("Enter what will be done");
        }

        if (ByWhen == default)
        {
            return Result.Fail("Enter the date the action will be done by");
        }

        if (Owner is null || (Owner.PersonId is null && string.IsNullOrWhiteSpace(Owner.Name)))
        {
            return Result.Fail("Enter who will do this");
        }

        if (WhoChecks is null || (WhoChecks.PersonId is null && string.IsNullOrWhiteSpace(WhoChecks.Name)))
        {
            return Result.Fail("Enter who will check this has been done");
        }

        return Result.Ok();
    }
}

/// <summary>
/// One action in a family plan: what, who, by when, who checks, what it addresses, and how far it has got.
/// Each plan version holds its own copy; the same action keeps its <see cref="ActionKey"/> from version to version.
/// </summary>
public sealed class PlanAction
{
    private readonly List<ActionUpdate> _updates = [];

    private PlanAction()
    {
        What = string.Empty;
        Owner = null!;
        WhoChecks = null!;
    }

    private PlanAction(Guid actionKey, PlanActionDetails details)
    {
        Id = Guid.NewGuid();
        ActionKey = actionKey;
        What = details.What;
        Owner = details.Owner;
        ByWhen = details.ByWhen;
        WhoChecks = details.WhoChecks;
        AddressesWorryKey = details.AddressesWorryKey;
        AddressesBottomLineId = details.AddressesBottomLineId;
        Status = PlanActionStatus.NotStarted;
    }

    public Guid Id { get; private set; }

    /// <summary>The same for this action in every version of the plan, so versions can be compared.</summary>
    public Guid ActionKey { get; private set; }

    /// <summary>What will be done, in the family's own words, exactly as written.</summary>
    public string What { get; private set; }

    public ActionOwner Owner { get; private set; }

    public DateOnly ByWhen { get; private set; }

    public ActionChecker WhoChecks { get; private set; }

    /// <summary>The item key of the worry (from the safety assessment) this action addresses, if any.</summary>
    public Guid? AddressesWorryKey { get; private set; }

    public Guid? AddressesBottomLineId { get; private set; }

    public PlanActionStatus Status { get; private set; }

    /// <summary>Progress notes, oldest first. Progress is recorded against the agreed plan without making a new version.</summary>
    public IReadOnlyList<ActionUpdate> Updates => _updates;

    /// <summary>The action's agreed content, for comparing versions or filling in the change form.</summary>
    public PlanActionDetails Details => new(What, Owner, ByWhen, WhoChecks, AddressesWorryKey, AddressesBottomLineId);

    /// <summary>Still to do: neither done nor recorded as not done.</summary>
    public bool IsOpen => Status is PlanActionStatus.NotStarted or PlanActionStatus.InProgress;

    /// <summary>Overdue when its date has passed (the day itself is not overdue) and it is neither done nor recorded as not done.</summary>
    public bool IsOverdue(DateOnly today) =>
        IsOpen && ByWhen < today;

    /// <summary>
    /// Due soon when it is still open and its date is from today to <paramref name="days"/> days ahead, both ends
    /// included: with 3 days, an action due on the 10th is due soon from the 7th to the 10th, and overdue from the 11th.
    /// </summary>
    public bool IsDueSoon(DateOnly today, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return IsOpen && ByWhen >= today && ByWhen.DayNumber - today.DayNumber <= days;
    }

    internal static PlanAction Create(PlanActionDetails details) => new(Guid.NewGuid(), details);

    internal void Change(PlanActionDetails details)
    {
        What = details.What;
        Owner = details.Owner;
        ByWhen = details.ByWhen;
        WhoChecks = details.WhoChecks;
        AddressesWorryKey = details.AddressesWorryKey;
        AddressesBottomLineId = details.AddressesBottomLineId;
    }

    internal void RecordProgress(ActionUpdate update)
    {
        Status = update.Status;
        _updates.Add(update);
    }

    /// <summary>A copy for the next version's draft: same action key, same progress so far.</summary>
    internal PlanAction CopyForNextVersion()
    {
        var copy = new PlanAction(ActionKey, Details) { Status = Status };
        copy._updates.AddRange(_updates);
        return copy;
    }
}
