namespace FamilyFirst.Domain.Enquiries;

/// <summary>A member of staff acting on an enquiry, as the history records them.</summary>
public sealed record EnquiryActor(string Id, string Name);

/// <summary>
/// A request for support, a referral of a family, or a question about restorative practice training, sent
/// through the online enquiry form. Triage officers assign it, note their thinking, then accept it for a
/// family case or close it with a reason. Every change is kept in its history.
/// </summary>
public sealed class Enquiry
{
    public const int NoteMaximumLength = 2000;

    private readonly List<EnquiryHistoryEntry> _history = [];

    private Enquiry()
    {
        Reference = string.Empty;
        ContactName = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The reference given to the person, such as ENQ-7K4M-2Q9P.</summary>
    public string Reference { get; private set; }

    /// <summary>
    /// The form's own key (its draft). The same submission sent twice carries the same key, and the
    /// database allows one enquiry per key.
    /// </summary>
    public Guid SubmissionKey { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public EnquiryStatus Status { get; private set; }

    public EnquiryType Type { get; private set; }

    public EnquirerRole EnquirerRole { get; private set; }

    public OrganisationType? OrganisationType { get; private set; }

    public string? OrganisationName { get; private set; }

    /// <summary>For a referral: the referrer says the family knows about it and agrees.</summary>
    public bool? FamilyKnowsAndAgrees { get; private set; }

    public string? FamilyNames { get; private set; }

    public string? ChildrenAges { get; private set; }

    public string? Postcode { get; private set; }

    public string? WhatIsHappening { get; private set; }

    public string? WhatWouldHelp { get; private set; }

    public string ContactName { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public ContactMethod PreferredContactMethod { get; private set; }

    public bool SafeToLeaveMessage { get; private set; }

    public DateTime PrivacyNoticeAgreedAtUtc { get; private set; }

    /// <summary>
    /// The team whose queue a family enquiry is in, once a manager has routed it at triage; until then (null) it is in
    /// the front-door queue every triage officer sees. See <see cref="EnquiryRouting"/>.
    /// </summary>
    public Guid? TeamId { get; private set; }

    /// <summary>The team's name when it was routed, for the history and the queue.</summary>
    public string? TeamName { get; private set; }

    public string? AssignedToId { get; private set; }

    public string? AssignedToName { get; private set; }

    /// <summary>Why it was closed, in the words of the closure reason chosen at the time.</summary>
    public string? ClosureReason { get; private set; }

    /// <summary>When it was accepted or closed.</summary>
    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The family case opened from this enquiry, once there is one (the case keeps the link back).</summary>
    public Guid? FamilyCaseId { get; private set; }

    /// <summary>Goes up with every change, so two people changing it at once cannot overwrite each other.</summary>
    public int Version { get; private set; }

    /// <summary>Every change, oldest first.</summary>
    public IReadOnlyList<EnquiryHistoryEntry> History => _history;

    public IEnumerable<EnquiryHistoryEntry> Notes => _history.Where(h => h.Event == EnquiryEvent.NoteAdded);

    public bool IsAboutAFamily => Type != EnquiryType.TrainingOrConsultancy;

    public bool IsOpen => Status is EnquiryStatus.New or EnquiryStatus.InTriage;

    /// <summary>Makes the enquiry from a complete set of answers, refusing an incomplete one.</summary>
    public static Result<Enquiry> Submit(EnquiryAnswers answers, string reference, Guid submissionKey, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (!EnquiryReference.IsWellFormed(reference))
        {
            throw new ArgumentException("Not an enquiry reference.", nameof(reference));
        }

        if (EnquiryJourney.FirstIncomplete(answers) is { } missing)
        {
            return Result<Enquiry>.Fail($"The enquiry is not complete: {missing} has not been answered");
        }

        var a = answers.WithoutUnusedAnswers();
        var enquiry = new Enquiry
        {
            Id = Guid.NewGuid(),
            Reference = reference,
            SubmissionKey = submissionKey,
            ReceivedAtUtc = now.UtcDateTime,
            Status = EnquiryStatus.New,
            Type = a.Type!.Value,
            EnquirerRole = a.Role!.Value,
            OrganisationType = a.OrganisationType,
            OrganisationName = a.OrganisationName,
            FamilyKnowsAndAgrees = a.FamilyKnowsAndAgrees,
            FamilyNames = a.FamilyNames,
            ChildrenAges = a.ChildrenAges,
            Postcode = a.Postcode is null ? null : ContactRules.NormalisePostcode(a.Postcode),
            WhatIsHappening = a.WhatIsHappening,
            WhatWouldHelp = a.WhatWouldHelp,
            ContactName = a.ContactName!,
            Email = string.IsNullOrWhiteSpace(a.Email) ? null : a.Email.Trim(),
            Phone = string.IsNullOrWhiteSpace(a.Phone) ? null : a.Phone.Trim(),
            PreferredContactMethod = a.PreferredContactMethod!.Value,
            SafeToLeaveMessage = a.SafeToLeaveMessage!.Value,
            PrivacyNoticeAgreedAtUtc = now.UtcDateTime,
        };
        enquiry.Record(EnquiryEvent.Received, null, "Online form", now, "Enquiry received through the online form");
        return Result<Enquiry>.Ok(enquiry);
    }

    /// <summary>Gives the enquiry to a triage officer (the one acting, or a colleague). Starts triage.</summary>
    public Result AssignTo(EnquiryActor assignee, EnquiryActor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(assignee);
        ArgumentNullException.ThrowIfNull(by);
        if (!IsOpen)
        {
            return Result.Fail($"This enquiry is {Status.Describe().ToLowerInvariant()} and cannot be assigned");
        }

        if (AssignedToId == assignee.Id)
        {
            return Result.Fail($"This enquiry is already assigned to {assignee.Name}");
        }

        AssignedToId = assignee.Id;
        AssignedToName = assignee.Name;
        StartTriage();
        Record(EnquiryEvent.Assigned, by.Id, by.Name, now, assignee.Id == by.Id ? $"{by.Name} assigned the enquiry to themselves" : $"Assigned to {assignee.Name}");
        return Result.Ok();
    }

    /// <summary>
    /// Routes a family enquiry to a team's queue (a manager's decision at triage). Moving it to another team hands it
    /// over: whoever it was assigned to in the old team no longer holds it. Starts triage.
    /// </summary>
    public Result RouteTo(Guid teamId, string teamName, EnquiryActor by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamName);
        ArgumentNullException.ThrowIfNull(by);
        if (!IsAboutAFamily)
        {
            return Result.Fail("A training or consultancy enquiry goes to the trainers, not to a team");
        }

        if (!IsOpen)
        {
            return Result.Fail($"This enquiry is {Status.Describe().ToLowerInvariant()} and cannot be routed to a team");
        }

        if (TeamId == teamId)
        {
            return Result.Fail($"This enquiry is already with {teamName}");
        }

        var handedOver = TeamId is not null && AssignedToName is not null ? $" (no longer assigned to {AssignedToName})" : string.Empty;
        if (TeamId is not null)
        {
            AssignedToId = null;
            AssignedToName = null;
        }

        TeamId = teamId;
        TeamName = teamName;
        StartTriage();
        Record(EnquiryEvent.RoutedToTeam, by.Id, by.Name, now, $"Routed to {teamName}{handedOver}");
        return Result.Ok();
    }

    /// <summary>
    /// Routes a new family enquiry to the team that covers its postcode district, as it arrives (see
    /// <see cref="EnquiryAreas"/>). The history records it as done by area, not by a person; the enquiry stays new, and a
    /// manager can still route it elsewhere by hand.
    /// </summary>
    public Result RouteByArea(Guid teamId, string teamName, string district, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(teamName);
        ArgumentException.ThrowIfNullOrWhiteSpace(district);
        if (!IsAboutAFamily)
        {
            return Result.Fail("A training or consultancy enquiry goes to the trainers, not to a team");
        }

        if (Status != EnquiryStatus.New || TeamId is not null)
        {
            return Result.Fail("Only a new enquiry not yet with a team is routed by area");
        }

        TeamId = teamId;
        TeamName = teamName;
        Record(EnquiryEvent.RoutedToTeam, null, "Routing by area", now, $"Routed to {teamName} by area (postcode district {district})");
        return Result.Ok();
    }

    /// <summary>Adds a triage note. Starts triage.</summary>
    public Result AddNote(string? text, EnquiryActor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result.Fail("Enter a triage note");
        }

        if (text.Length > NoteMaximumLength)
        {
            return Result.Fail($"Triage note must be {NoteMaximumLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters or less");
        }

        if (!IsOpen)
        {
            return Result.Fail($"This enquiry is {Status.Describe().ToLowerInvariant()}: reopen it to add a note");
        }

        StartTriage();
        Record(EnquiryEvent.NoteAdded, by.Id, by.Name, now, "Triage note added", text);
        return Result.Ok();
    }

    /// <summary>Accepts a family enquiry so that a family case can be opened from it.</summary>
    public Result Accept(EnquiryActor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!IsAboutAFamily)
        {
            return Result.Fail("A training or consultancy enquiry cannot be accepted for a family case");
        }

        if (!IsOpen)
        {
            return Result.Fail($"This enquiry is already {Status.Describe().ToLowerInvariant()}");
        }

        Status = EnquiryStatus.Accepted;
        DecidedAtUtc = now.UtcDateTime;
        Record(EnquiryEvent.Accepted, by.Id, by.Name, now, "Accepted for a family case");
        return Result.Ok();
    }

    /// <summary>
    /// Records that a family case was opened from this accepted enquiry. One case per enquiry: a second
    /// attempt (for example from two browser tabs) is refused.
    /// </summary>
    public Result RecordFamilyCaseOpened(Guid familyCaseId, string familyCaseReference, EnquiryActor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (FamilyCaseId is not null)
        {
            return Result.Fail("A family case has already been opened from this enquiry");
        }

        if (Status != EnquiryStatus.Accepted)
        {
            return Result.Fail("Accept the enquiry before opening a family case from it");
        }

        FamilyCaseId = familyCaseId;
        Record(EnquiryEvent.FamilyCaseOpened, by.Id, by.Name, now, $"Family case {familyCaseReference} opened from this enquiry");
        return Result.Ok();
    }

    /// <summary>Closes the enquiry with a reason from the council's list, and an optional note.</summary>
    public Result Close(string? reason, string? note, EnquiryActor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Select a reason for closing the enquiry");
        }

        if (note is not null && note.Length > NoteMaximumLength)
        {
            return Result.Fail($"Note must be {NoteMaximumLength.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters or less");
        }

        if (!IsOpen)
        {
            return Result.Fail($"This enquiry is already {Status.Describe().ToLowerInvariant()}");
        }

        Status = EnquiryStatus.Closed;
        ClosureReason = reason;
        DecidedAtUtc = now.UtcDateTime;
        Record(EnquiryEvent.Closed, by.Id, by.Name, now, $"Closed: {reason}", string.IsNullOrWhiteSpace(note) ? null : note);
        return Result.Ok();
    }

    /// <summary>
    /// Records that the person who sent a training enquiry was booked on a training session, which answers the
    /// enquiry: it is accepted, and the history says on what.
    /// </summary>
    public Result RecordTrainingBooked(string sessionDescription, EnquiryActor by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionDescription);
        ArgumentNullException.ThrowIfNull(by);
        if (IsAboutAFamily)
        {
            return Result.Fail("Only a training or consultancy enquiry can become a training booking");
        }

        if (!IsOpen)
        {
            return Result.Fail($"This enquiry is already {Status.Describe().ToLowerInvariant()}: reopen it to book from it");
        }

        Status = EnquiryStatus.Accepted;
        DecidedAtUtc = now.UtcDateTime;
        Record(EnquiryEvent.TrainingBooked, by.Id, by.Name, now, $"Booked on {sessionDescription}");
        return Result.Ok();
    }

    /// <summary>Records that a training or consultancy enquiry became a piece of consultancy work, which accepts it.</summary>
    public Result RecordConsultancyStarted(string pieceDescription, EnquiryActor by, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pieceDescription);
        ArgumentNullException.ThrowIfNull(by);
        if (IsAboutAFamily)
        {
            return Result.Fail("Only a training or consultancy enquiry can become a piece of consultancy work");
        }

        if (!IsOpen)
        {
            return Result.Fail($"This enquiry is already {Status.Describe().ToLowerInvariant()}: reopen it to record consultancy from it");
        }

        Status = EnquiryStatus.Accepted;
        DecidedAtUtc = now.UtcDateTime;
        Record(EnquiryEvent.ConsultancyStarted, by.Id, by.Name, now, $"Recorded as consultancy: {pieceDescription}");
        return Result.Ok();
    }

    /// <summary>Puts a closed or accepted enquiry back into triage, for a decision made in error.</summary>
    public Result Reopen(EnquiryActor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (IsOpen)
        {
            return Result.Fail("This enquiry is already open");
        }

        if (FamilyCaseId is not null)
        {
            return Result.Fail("A family case has been opened from this enquiry, so it cannot be reopened - close the family case instead");
        }

        Status = EnquiryStatus.InTriage;
        ClosureReason = null;
        DecidedAtUtc = null;
        Record(EnquiryEvent.Reopened, by.Id, by.Name, now, "Reopened for triage");
        return Result.Ok();
    }

    private void StartTriage()
    {
        if (Status == EnquiryStatus.New)
        {
            Status = EnquiryStatus.InTriage;
        }
    }

    private void Record(EnquiryEvent what, string? actorId, string actorName, DateTimeOffset now, string description, string? note = null)
    {
        Version++;
        _history.Add(new EnquiryHistoryEntry(what, actorId, actorName, now.UtcDateTime, description, note, Status));
    }
}

/// <summary>What happened to an enquiry.</summary>
public enum EnquiryEvent
{
    Received,
    Assigned,
    NoteAdded,
    Accepted,
    Closed,
    Reopened,
    FamilyCaseOpened,
    TrainingBooked,
    RoutedToTeam,
    ConsultancyStarted,
}

/// <summary>One change to an enquiry: who, when, what, and the status it left the enquiry in.</summary>
public sealed class EnquiryHistoryEntry
{
    private EnquiryHistoryEntry()
    {
        ActorName = string.Empty;
        Description = string.Empty;
    }

    internal EnquiryHistoryEntry(EnquiryEvent what, string? actorId, string actorName, DateTime atUtc, string description, string? note, EnquiryStatus statusAfter)
    {
        Id = Guid.NewGuid();
        Event = what;
        ActorId = actorId;
        ActorName = actorName;
        AtUtc = atUtc;
        Description = description;
        Note = note;
        StatusAfter = statusAfter;
    }

    public Guid Id { get; private set; }

    public EnquiryEvent Event { get; private set; }

    /// <summary>The member of staff, or null for the person who sent the form.</summary>
    public string? ActorId { get; private set; }

    /// <summary>Their name at the time, so the history reads the same after they leave.</summary>
    public string ActorName { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string Description { get; private set; }

    /// <summary>The triage note or closing note, as typed.</summary>
    public string? Note { get; private set; }

    public EnquiryStatus StatusAfter { get; private set; }
}
