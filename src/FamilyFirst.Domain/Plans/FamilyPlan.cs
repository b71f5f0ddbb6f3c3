using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;

namespace FamilyFirst.Domain.Plans;

/// <summary>Where a family plan came from.</summary>
public enum PlanSource
{
    /// <summary>Written by the family in private family time at a Family Group Conference.</summary>
    FamilyGroupConference,

    /// <summary>Written with the family directly on the case.</summary>
    Direct,
}

/// <summary>
/// A family's plan and all its versions. The draft is edited; agreeing it freezes it as the next numbered version.
/// Progress on actions is recorded against the current agreed version as updates, not as new versions, because only
/// an agreed change to what the plan says is a new version. Every save increments <see cref="Revision"/>, which
/// pages send back to detect two people editing the plan at once.
/// </summary>
public sealed class FamilyPlan
{
    public const string StaleMessage =
        "Someone else changed this plan while you were editing it. Your changes have not been saved: they are shown below so you can apply them again.";

    private readonly List<PlanVersion> _versions = [];
    private readonly List<PlanReview> _reviews = [];
    private readonly List<PlanNotAgreed> _notAgreed = [];

    private FamilyPlan()
    {
    }

    private FamilyPlan(Guid familyId, PlanSource source, Guid? familyGroupConferenceId, Guid createdById, DateTimeOffset now)
    {
        Id = Guid.NewGuid();
        FamilyId = familyId;
        Source = source;
        FamilyGroupConferenceId = familyGroupConferenceId;
        CreatedById = createdById;
        CreatedAt = now;
        Revision = 1;
        _versions.Add(PlanVersion.FirstDraft());
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    public PlanSource Source { get; private set; }

    /// <summary>The conference whose private family time produced the plan, when it came from one.</summary>
    public Guid? FamilyGroupConferenceId { get; private set; }

    public Guid CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Goes up by one on every save; the optimistic concurrency token.</summary>
    public int Revision { get; private set; }

    /// <summary>When the plan is next due for review: set when a version is agreed and at each review.</summary>
    public DateOnly? NextReviewDue { get; private set; }

    /// <summary>Every version, the draft (if any) included, oldest first.</summary>
    public IReadOnlyList<PlanVersion> Versions => _versions;

    public IReadOnlyList<PlanReview> Reviews => _reviews;

    /// <summary>Each time the local authority did not agree a draft, with its reason.</summary>
    public IReadOnlyList<PlanNotAgreed> NotAgreed => _notAgreed;

    /// <summary>The version being written, or null when every version is agreed.</summary>
    public PlanVersion? Draft => _versions.SingleOrDefault(v => !v.IsAgreed);

    /// <summary>The latest agreed version: the plan the family is working to. Null until the first is agreed.</summary>
    public PlanVersion? CurrentVersion => _versions.Where(v => v.IsAgreed).MaxBy(v => v.Number);

    public IEnumerable<PlanVersion> AgreedVersions => _versions.Where(v => v.IsAgreed).OrderBy(v => v.Number);

    public PlanVersion? Version(int number) => _versions.FirstOrDefault(v => v.Number == number);

    public static FamilyPlan StartDirect(Guid familyId, Guid createdById, DateTimeOffset now) =>
        new(familyId, PlanSource.Direct, null, createdById, now);

    public static FamilyPlan StartFromFamilyGroupConference(Guid familyId, Guid familyGroupConferenceId, Guid createdById, DateTimeOffset now) =>
        new(familyId, PlanSource.FamilyGroupConference, familyGroupConferenceId, createdById, now);

    /// <summary>Refuses a save made from a page that showed an earlier revision of the plan.</summary>
    public Result EnsureNotStale(int expectedRevision) =>
        expectedRevision == Revision ? Result.Ok() : Result.Fail(StaleMessage);

    /// <summary>
    /// Adds an action whose owner is checked against the family's contact restrictions: someone who must not be
    /// contacted cannot own an action unless a manager has allowed contact.
    /// </summary>
    public Result<PlanAction> AddAction(PlanActionDetails details, FamilyContacts contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        var owner = MayOwn(details.Owner, contacts, today);
        return owner.Succeeded ? AddAction(details) : Result<PlanAction>.Fail(owner.Error!);
    }

    /// <summary>Changes an action, checking its owner as <see cref="AddAction(PlanActionDetails, FamilyContacts, DateOnly)"/> does.</summary>
    public Result ChangeAction(Guid actionKey, PlanActionDetails details, FamilyContacts contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        var owner = MayOwn(details.Owner, contacts, today);
        return owner.Succeeded ? ChangeAction(actionKey, details) : owner;
    }

    /// <summary>Whether the person may own a plan action (professionals and services always may).</summary>
    public static Result MayOwn(ActionOwner owner, FamilyContacts contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(contacts);
        if (owner.Kind == ActionOwnerKind.ProfessionalOrService)
        {
            return Result.Ok();
        }

        // An owner chosen by their record may come without a name (a meeting's agreement): the record gives it.
        var name = string.IsNullOrWhiteSpace(owner.Name)
            ? contacts.People.FirstOrDefault(p => (owner.PersonId is { } person && p.PersonId == person) || (owner.NetworkMemberId is { } member && p.NetworkMemberId == member))?.Name
            : owner.Name;
        return string.IsNullOrWhiteSpace(name) ? Result.Ok() : contacts.MayReach(owner.PersonId, owner.NetworkMemberId, name, ContactWay.ActionOwner, today);
    }

    /// <summary>Sets the draft's details as <see cref="UpdateDetails(string?, string?, Guid?, string?, DateOnly?)"/>, refusing a plan lead who must not be contacted.</summary>
    public Result UpdateDetails(
        string? contingencyPlan,
        string? resourcesAskedOfAgencies,
        Guid? planLeadFamilyMemberId,
        string? reviewArrangements,
        DateOnly? reviewBy,
        FamilyContacts contacts,
        DateOnly today) =>
        UpdateDetails(
            new PlanDetails(contingencyPlan, resourcesAskedOfAgencies, planLeadFamilyMemberId is { } lead ? PlanLead.HouseholdMember(lead) : null, reviewArrangements, reviewBy),
            contacts,
            today);

    /// <summary>
    /// Sets the draft's contingency plan, resources, plan lead and review, all at once as on the form. The plan lead
    /// may be anyone in the family's network, household or wider network, except someone who must not be contacted
    /// (unless a manager has allowed contact).
    /// </summary>
    public Result UpdateDetails(PlanDetails details, FamilyContacts contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(contacts);
        if (Draft is not { } draft)
        {
            return Result.Fail(NoDraftMessage);
        }

        var mayLead = MayLead(details.Lead, contacts, today);
        if (!mayLead.Succeeded)
        {
            return mayLead;
        }

        draft.UpdateDetails(details.ContingencyPlan, details.ResourcesAskedOfAgencies, null, details.ReviewArrangements, details.ReviewBy);
        draft.ChoosePlanLead(details.Lead);
        Saved();
        return Result.Ok();
    }

    /// <summary>
    /// Takes what the conference agreed into the draft: the family's own words from private family time, exactly as
    /// written; the plan lead named there (household or wider network, asked against the contact rule); and the
    /// review date, when the conference set one. The actions, owners and dates are then written into the plan.
    /// </summary>
    public Result TakeFromConference(ConferenceHandOver handOver, FamilyContacts contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(handOver);
        ArgumentNullException.ThrowIfNull(contacts);
        if (Draft is not { } draft)
        {
            return Result.Fail(NoDraftMessage);
        }

        if (string.IsNullOrWhiteSpace(handOver.FamilysOwnWords))
        {
            return Result.Fail("The conference has no plan in the family's own words to take into the family plan");
        }

        var mayLead = MayLead(handOver.Lead, contacts, today);
        if (!mayLead.Succeeded)
        {
            return mayLead;
        }

        if (handOver.ReviewBy is { } reviewBy && reviewBy < today)
        {
            return Result.Fail("The review date from the conference must be today or in the future");
        }

        draft.TakeFromConference(handOver.ConferenceId, handOver.FamilysOwnWords, handOver.Lead, handOver.ReviewBy);
        Saved();
        return Result.Ok();
    }

    /// <summary>
    /// The conference's review date was moved after it handed its plan over: the draft that came from that conference
    /// takes the new date, unless the plan's review date has been changed on the plan since (then the plan's date is
    /// kept, and the outcome says so). An agreed plan, a draft from elsewhere and a date in the past are left alone.
    /// </summary>
    public Result<ConferenceReviewDateOutcome> TakeReviewDateFromConference(Guid conferenceId, DateOnly reviewBy, DateOnly today)
    {
        if (Draft is not { } draft || draft.FamilysOwnWordsConferenceId != conferenceId || draft.ReviewByFromConference is not { } carried)
        {
            return Result<ConferenceReviewDateOutcome>.Ok(new ConferenceReviewDateOutcome(ConferenceReviewDateResult.NoDraftFromTheConference, Draft?.ReviewBy));
        }

        if (draft.ReviewBy != carried)
        {
            return Result<ConferenceReviewDateOutcome>.Ok(new ConferenceReviewDateOutcome(ConferenceReviewDateResult.KeptAsChangedOnThePlan, draft.ReviewBy));
        }

        if (reviewBy < today)
        {
            return Result<ConferenceReviewDateOutcome>.Fail("The review date from the conference must be today or in the future");
        }

        if (draft.ReviewBy == reviewBy)
        {
            return Result<ConferenceReviewDateOutcome>.Ok(new ConferenceReviewDateOutcome(ConferenceReviewDateResult.AlreadyThatDate, reviewBy));
        }

        draft.CarryReviewDateFromConference(reviewBy);
        Saved();
        return Result<ConferenceReviewDateOutcome>.Ok(new ConferenceReviewDateOutcome(ConferenceReviewDateResult.Carried, reviewBy));
    }

    /// <summary>Whether the person may lead the plan: anyone in the family's network, unless they must not be contacted.</summary>
    public static Result MayLead(PlanLead? lead, FamilyContacts contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        if (lead is null)
        {
            return Result.Ok();
        }

        var person = contacts.People.FirstOrDefault(p =>
            (lead.NetworkMemberId is { } member && p.NetworkMemberId == member) ||
            (lead.NetworkMemberId is null && lead.PersonId is { } id && p.PersonId == id));
        return person is null ? Result.Ok() : contacts.MayReach(lead.PersonId ?? person.PersonId, lead.NetworkMemberId, person.Name, ContactWay.PlanLead, today);
    }

    /// <summary>
    /// Adds an action without asking the contact rules. Internal so no page can bypass them: pages use
    /// <see cref="AddAction(PlanActionDetails, FamilyContacts, DateOnly)"/>; tests and demo data may use this.
    /// </summary>
    internal Result<PlanAction> AddAction(PlanActionDetails details)
    {
        if (Draft is not { } draft)
        {
            return Result<PlanAction>.Fail(NoDraftMessage);
        }

        var check = details.Check();
        if (!check.Succeeded)
        {
            return Result<PlanAction>.Fail(check.Error!);
        }

        var action = PlanAction.Create(details);
        draft.AddAction(action);
        Saved();
        return Result<PlanAction>.Ok(action);
    }

    /// <summary>Changes an action without asking the contact rules; internal, as <see cref="AddAction(PlanActionDetails)"/>.</summary>
    internal Result ChangeAction(Guid actionKey, PlanActionDetails details)
    {
        if (Draft is not { } draft)
        {
            return Result.Fail(NoDraftMessage);
        }

        if (draft.Action(actionKey) is not { } action)
        {
            return Result.Fail(ActionNotFoundMessage);
        }

        var check = details.Check();
        if (!check.Succeeded)
        {
            return check;
        }

        action.Change(details);
        Saved();
        return Result.Ok();
    }

    public Result RemoveAction(Guid actionKey)
    {
        if (Draft is not { } draft)
        {
            return Result.Fail(NoDraftMessage);
        }

        if (draft.Action(actionKey) is not { } action)
        {
            return Result.Fail(ActionNotFoundMessage);
        }

        draft.RemoveAction(action);
        Saved();
        return Result.Ok();
    }

    /// <summary>
    /// Sets the draft's contingency plan, resources asked of agencies, plan lead and review arrangements, all at once as
    /// on the form, without asking whether the plan lead may be contacted. Internal so no page can bypass the contact
    /// rules: pages use the overload that takes the family's contacts.
    /// </summary>
    internal Result UpdateDetails(
        string? contingencyPlan,
        string? resourcesAskedOfAgencies,
        Guid? planLeadFamilyMemberId,
        string? reviewArrangements,
        DateOnly? reviewBy)
    {
        if (Draft is not { } draft)
        {
            return Result.Fail(NoDraftMessage);
        }

        draft.UpdateDetails(contingencyPlan, resourcesAskedOfAgencies, planLeadFamilyMemberId, reviewArrangements, reviewBy);
        Saved();
        return Result.Ok();
    }

    /// <summary>Records that the local authority did not agree the draft. The draft stays open for the family to amend.</summary>
    public Result RecordNotAgreed(string? reason, IEnumerable<Guid> bottomLineIds, Guid decidedById, DateTimeOffset now)
    {
        if (Draft is not { } draft)
        {
            return Result.Fail(NoDraftMessage);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Enter why the plan cannot be agreed, naming the bottom lines or safety concern");
        }

        _notAgreed.Add(new PlanNotAgreed(draft.Number, reason, bottomLineIds.Distinct().ToList(), decidedById, now));
        Saved();
        return Result.Ok();
    }

    /// <summary>
    /// The bottom lines that apply to agreeing the draft (every approved, current bottom line of the family, except one
    /// removed for the conference the plan came from), each with the draft's actions that address it and what was
    /// written about how the plan meets it otherwise.
    /// </summary>
    public BottomLinesAtDecision BottomLinesAtAgreement(
        IEnumerable<BottomLine> familyBottomLines,
        IEnumerable<Guid>? removedForConference,
        IReadOnlyDictionary<Guid, string?>? howMet) =>
        BottomLinesAtDecision.For(FamilyId, familyBottomLines, removedForConference, howMet, Draft?.Actions ?? []);

    /// <summary>
    /// Agrees the draft, which becomes the next numbered version and can no longer change. Every bottom line that
    /// applies must be addressed, by an action or by saying how the plan meets it: a plan cannot be agreed while one is
    /// not. Those met without an action are kept with the version, each with how the plan meets it.
    /// </summary>
    public Result<PlanVersion> Agree(
        IReadOnlyCollection<Guid> agreedFamilyMemberIds,
        string? localAuthorityDecision,
        IEnumerable<BottomLine> familyBottomLines,
        IEnumerable<Guid>? removedForConference,
        IReadOnlyDictionary<Guid, string?>? howMet,
        Guid agreedById,
        DateTimeOffset now)
    {
        if (Draft is not { } draft)
        {
            return Result<PlanVersion>.Fail("There is no draft of this plan to agree");
        }

        var lines = familyBottomLines.ToList();
        if (lines.Any(b => b.FamilyId != FamilyId))
        {
            throw new ArgumentException("Bottom lines from another family were passed to this family's plan.", nameof(familyBottomLines));
        }

        var refusal = FirstMissingPart(draft, agreedFamilyMemberIds, localAuthorityDecision);
        if (refusal is not null)
        {
            return Result<PlanVersion>.Fail(refusal);
        }

        var bottomLines = BottomLinesAtAgreement(lines, removedForConference, howMet);
        var addressed = bottomLines.CheckEveryOneAddressed();
        if (!addressed.Succeeded)
        {
            return Result<PlanVersion>.Fail(addressed.Error!);
        }

        var metOtherwise = bottomLines.Lines.Where(l => l.Actions.Count == 0).ToList();
        draft.MarkAgreed(
            agreedFamilyMemberIds,
            localAuthorityDecision!,
            metOtherwise.Select(l => l.BottomLine.Id),
            metOtherwise.Count > 0 ? string.Join(Environment.NewLine, metOtherwise.Select(l => $"‘{l.BottomLine.Text}’: {l.HowMet}")) : null,
            agreedById,
            now);
        NextReviewDue = draft.ReviewBy;
        Saved();
        return Result<PlanVersion>.Ok(draft);
    }

    /// <summary>
    /// Agrees the draft, which becomes the next numbered version and can no longer change. Every active (approved,
    /// not retired) bottom line must be addressed by at least one action; if not, agreement needs a reason and the
    /// uncovered bottom lines are recorded with it. Bottom lines that are drafts or retired are ignored. Internal: pages use
    /// the overload that asks <see cref="BottomLinesAtDecision"/>, so no page can agree a plan with a bottom line unaddressed.
    /// </summary>
    internal Result<PlanVersion> Agree(
        IReadOnlyCollection<Guid> agreedFamilyMemberIds,
        string? localAuthorityDecision,
        IEnumerable<BottomLine> activeBottomLines,
        string? reasonIfBottomLinesUncovered,
        Guid agreedById,
        DateTimeOffset now)
    {
        if (Draft is not { } draft)
        {
            return Result<PlanVersion>.Fail("There is no draft of this plan to agree");
        }

        var refusal = FirstMissingPart(draft, agreedFamilyMemberIds, localAuthorityDecision);
        if (refusal is not null)
        {
            return Result<PlanVersion>.Fail(refusal);
        }

        var bottomLines = activeBottomLines.ToList();
        if (bottomLines.Any(b => b.FamilyId != FamilyId))
        {
            throw new ArgumentException("Bottom lines from another family were passed to this family's plan.", nameof(activeBottomLines));
        }

        var uncovered = bottomLines
            .Where(b => b.IsUsable && !draft.Actions.Any(a => a.AddressesBottomLineId == b.Id))
            .ToList();

        if (uncovered.Count > 0 && string.IsNullOrWhiteSpace(reasonIfBottomLinesUncovered))
        {
            return Result<PlanVersion>.Fail(UncoveredMessage(uncovered));
        }

        draft.MarkAgreed(
            agreedFamilyMemberIds,
            localAuthorityDecision!,
            uncovered.Select(b => b.Id),
            uncovered.Count > 0 ? reasonIfBottomLinesUncovered : null,
            agreedById,
            now);
        NextReviewDue = draft.ReviewBy;
        Saved();
        return Result<PlanVersion>.Ok(draft);
    }

    /// <summary>Opens a new draft as a copy of the current agreed version, so an agreed change can be written and agreed.</summary>
    public Result<PlanVersion> StartRevision()
    {
        if (Draft is not null)
        {
            return Result<PlanVersion>.Fail("A new version of this plan is already being written");
        }

        var current = CurrentVersion ?? throw new InvalidOperationException("A plan with no draft must have an agreed version.");
        var draft = current.DraftNextVersion();
        _versions.Add(draft);
        Saved();
        return Result<PlanVersion>.Ok(draft);
    }

    /// <summary>
    /// Records progress on an action in the agreed plan (by the family or staff). It is an update, not a new version;
    /// a draft being written gets the same update so its copy of the action stays current.
    /// </summary>
    public Result RecordProgress(Guid actionKey, PlanActionStatus status, string? note, Guid updatedById, DateTimeOffset now)
    {
        var check = CheckProgress(actionKey, status, note);
        if (!check.Succeeded)
        {
            return check;
        }

        ApplyProgress(actionKey, status, note, updatedById, now);
        Saved();
        return Result.Ok();
    }

    /// <summary>
    /// A family member records progress on an action in the agreed plan that is theirs to do (they are its owner):
    /// marking it done or in progress, or adding an update in their own words without changing its status.
    /// </summary>
    public Result RecordProgressByFamilyMember(Guid actionKey, Guid personId, PlanActionStatus? status, string? note, DateTimeOffset now) =>
        RecordProgressByFamilyMember(actionKey, FamilyViewPerson.HouseholdMember(personId), status, note, now);

    /// <summary>
    /// As <see cref="RecordProgressByFamilyMember(Guid, Guid, PlanActionStatus?, string?, DateTimeOffset)"/>, for a
    /// household member or a network member who owns the action; the update is recorded as theirs
    /// (<see cref="FamilyViewPerson.Id"/>).
    /// </summary>
    public Result RecordProgressByFamilyMember(Guid actionKey, FamilyViewPerson who, PlanActionStatus? status, string? note, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(who);
        if (CurrentVersion?.Action(actionKey) is not { } action || !who.Owns(action.Owner))
        {
            return Result.Fail("You can only update your own actions in the agreed plan");
        }

        if (status is null && string.IsNullOrWhiteSpace(note))
        {
            return Result.Fail("Enter your update");
        }

        return RecordProgress(actionKey, status ?? action.Status, note, who.Id, now);
    }

    /// <summary>
    /// Whether the network member takes part in the plan: they lead it, or own an action in it, in the agreed version
    /// the family is working to or in the draft being written. Only they, from the wider network, may be invited to
    /// see the plan online.
    /// </summary>
    public bool NamesNetworkMember(Guid networkMemberId) =>
        new[] { CurrentVersion, Draft }.OfType<PlanVersion>().Any(v =>
            v.PlanLeadNetworkMemberId == networkMemberId || v.Actions.Any(a => a.Owner.NetworkMemberId == networkMemberId));

    /// <summary>
    /// Records a review of the current agreed version: the progress given for each action is recorded as an update,
    /// then every action's progress is kept with the review as it stood. The next review date stays as it was unless a
    /// new one is given; clearing it (no further review) is a deliberate choice that needs a reason.
    /// </summary>
    public Result<PlanReview> RecordReview(
        DateOnly reviewedOn,
        IEnumerable<ActionProgressUpdate> progress,
        string? notes,
        DateOnly? nextReviewOn,
        Guid reviewedById,
        DateTimeOffset now,
        string? reasonForNoNextReview = null)
    {
        if (CurrentVersion is not { } current)
        {
            return Result<PlanReview>.Fail(NotAgreedYetMessage);
        }

        var noNextReview = string.IsNullOrWhiteSpace(reasonForNoNextReview) ? null : reasonForNoNextReview.Trim();
        if (nextReviewOn is not null && noNextReview is not null)
        {
            return Result<PlanReview>.Fail("Enter a next review date or a reason for having no next review, not both");
        }

        if (nextReviewOn is { } next && next <= reviewedOn)
        {
            return Result<PlanReview>.Fail("The next review date must be after the review date");
        }

        var updates = progress.ToList();
        if (updates.GroupBy(u => u.ActionKey).Any(g => g.Count() > 1))
        {
            throw new ArgumentException("Each action's progress may be given once per review.", nameof(progress));
        }

        foreach (var update in updates)
        {
            var check = CheckProgress(update.ActionKey, update.Status, update.Note);
            if (!check.Succeeded)
            {
                return Result<PlanReview>.Fail(check.Error!);
            }
        }

        var nextReview = noNextReview is not null ? null : nextReviewOn ?? NextReviewDue;
        if (noNextReview is null && nextReviewOn is null && nextReview is { } kept && kept <= reviewedOn)
        {
            return Result<PlanReview>.Fail($"The next review was due on {PlanNames.LongDate(kept)}, which is not after this review. Enter the date of the next review, or why there will be no further review");
        }

        foreach (var update in updates)
        {
            ApplyProgress(update.ActionKey, update.Status, update.Note, reviewedById, now);
        }

        var snapshot = current.Actions
            .Select(a => new ActionProgress(a.ActionKey, a.What, a.Status, updates.FirstOrDefault(u => u.ActionKey == a.ActionKey)?.Note))
            .ToList();
        var review = new PlanReview(reviewedOn, current.Number, snapshot, string.IsNullOrWhiteSpace(notes) ? null : notes, nextReview, reviewedById, now)
        {
            NoNextReviewReason = noNextReview,
        };
        _reviews.Add(review);
        NextReviewDue = nextReview;
        Saved();
        return Result<PlanReview>.Ok(review);
    }

    /// <summary>Actions in the agreed plan whose date has passed and which are neither done nor recorded as not done.</summary>
    public IReadOnlyList<PlanAction> OverdueActions(DateOnly today) =>
        CurrentVersion?.Actions.Where(a => a.IsOverdue(today)).ToList() ?? [];

    /// <summary>True when the review date has passed (the day itself is not overdue) without a review being recorded.</summary>
    public bool IsReviewOverdue(DateOnly today) => NextReviewDue is { } due && due < today;

    /// <summary>Actions in the agreed plan that are still open and due from today to <paramref name="days"/> days ahead (see <see cref="PlanAction.IsDueSoon"/>).</summary>
    public IReadOnlyList<PlanAction> ActionsDueSoon(DateOnly today, int days) =>
        CurrentVersion?.Actions.Where(a => a.IsDueSoon(today, days)).ToList() ?? [];

    /// <summary>True when the next review is from today to <paramref name="days"/> days ahead, both ends included; never when no review date is set.</summary>
    public bool IsReviewDueSoon(DateOnly today, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        return CurrentVersion is not null && NextReviewDue is { } due && due >= today && due.DayNumber - today.DayNumber <= days;
    }

    private const string NoDraftMessage = "This plan has been agreed. Start a new version to change it";
    private const string ActionNotFoundMessage = "This action is no longer in the plan";
    private const string NotAgreedYetMessage = "Progress can only be recorded once the plan has been agreed";

    private Result CheckProgress(Guid actionKey, PlanActionStatus status, string? note)
    {
        if (CurrentVersion is not { } current)
        {
            return Result.Fail(NotAgreedYetMessage);
        }

        if (current.Action(actionKey) is null)
        {
            return Result.Fail("This action is not in the agreed plan");
        }

        if (status == PlanActionStatus.NotDone && string.IsNullOrWhiteSpace(note))
        {
            return Result.Fail("Enter why the action was not done");
        }

        return Result.Ok();
    }

    private void ApplyProgress(Guid actionKey, PlanActionStatus status, string? note, Guid updatedById, DateTimeOffset now)
    {
        var update = new ActionUpdate(status, string.IsNullOrWhiteSpace(note) ? null : note, updatedById, now);
        CurrentVersion!.Action(actionKey)!.RecordProgress(update);
        Draft?.Action(actionKey)?.RecordProgress(update);
    }

    private static string? FirstMissingPart(PlanVersion draft, IReadOnlyCollection<Guid> agreedFamilyMemberIds, string? localAuthorityDecision)
    {
        if (draft.Actions.Count == 0)
        {
            return "Add at least one action to the plan";
        }

        if (string.IsNullOrWhiteSpace(draft.ContingencyPlan))
        {
            return "Enter what the family will do if the plan is not working";
        }

        if (draft.PlanLeadId is null)
        {
            return "Select the family plan lead";
        }

        if (draft.ReviewBy is null)
        {
            return "Enter when the plan will be reviewed";
        }

        if (agreedFamilyMemberIds.Count == 0)
        {
            return "Select which family members agreed the plan";
        }

        if (string.IsNullOrWhiteSpace(localAuthorityDecision))
        {
            return "Enter the local authority's decision";
        }

        return null;
    }

    private static string UncoveredMessage(IReadOnlyList<BottomLine> uncovered)
    {
        if (uncovered.Count == 1)
        {
            return $"No action addresses the bottom line ‘{uncovered[0].Text}’. Add an action for it, or give a reason for agreeing the plan without one";
        }

        var names = string.Join(", ", uncovered.Select(b => $"‘{b.Text}’"));
        return $"No action addresses these bottom lines: {names}. Add an action for each, or give a reason for agreeing the plan without them";
    }

    private void Saved() => Revision++;
}
