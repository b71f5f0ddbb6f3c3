using System.Globalization;
using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Domain.Training;

/// <summary>Where a piece of consultancy is: asked for, aims agreed, sessions being held, or closed with its outcome.</summary>
public enum ConsultancyStatus
{
    Requested,
    Agreed,
    InProgress,
    Closed,
}

/// <summary>How far an agreed aim was met, judged when the piece of work closes.</summary>
public enum AimResult
{
    Met,
    PartlyMet,
    NotMet,
}

/// <summary>
/// Who asked for consultancy and what they asked: a council team or a partner organisation (with its sector, as
/// training participants have), a contact, and the request in their words.
/// </summary>
public sealed record ConsultancyRequest(
    ParticipantKind? Kind,
    Guid? TeamId,
    string? TeamName,
    OrganisationType? OrganisationType,
    string? OrganisationName,
    string? ContactName,
    string? ContactEmail,
    string? WhatWasAsked)
{
    public const int NameMaximumLength = 200;
    public const int AskedMaximumLength = 2000;

    /// <summary>The problems with the request, by field, in the Design System's wording.</summary>
    public IReadOnlyList<FieldError> Errors()
    {
        var errors = new List<FieldError>();
        switch (Kind)
        {
            case null:
                errors.Add(new(nameof(Kind), "Select whether a council team or a partner organisation asked"));
                break;
            case ParticipantKind.CouncilStaff when TeamId is null || string.IsNullOrWhiteSpace(TeamName):
                errors.Add(new(nameof(TeamId), "Select the team that asked"));
                break;
            case ParticipantKind.PartnerAgency:
                if (OrganisationType is null)
                {
                    errors.Add(new(nameof(OrganisationType), "Select the kind of organisation that asked"));
                }

                if (string.IsNullOrWhiteSpace(OrganisationName))
                {
                    errors.Add(new(nameof(OrganisationName), "Enter the name of the organisation that asked"));
                }
                else if (OrganisationName.Trim().Length > NameMaximumLength)
                {
                    errors.Add(new(nameof(OrganisationName), $"Organisation must be {NameMaximumLength} characters or less"));
                }

                break;
        }

        if (string.IsNullOrWhiteSpace(ContactName))
        {
            errors.Add(new(nameof(ContactName), "Enter the name of the person to contact"));
        }
        else if (ContactName.Trim().Length > NameMaximumLength)
        {
            errors.Add(new(nameof(ContactName), $"Contact name must be {NameMaximumLength} characters or less"));
        }

        if (string.IsNullOrWhiteSpace(ContactEmail))
        {
            errors.Add(new(nameof(ContactEmail), "Enter the contact's email address"));
        }
        else if (ContactEmail.Trim().Length > ParticipantDetails.EmailMaximumLength || !ContactRules.IsEmailAddress(ContactEmail))
        {
            errors.Add(new(nameof(ContactEmail), "Enter an email address in the correct format, like name@example.com"));
        }

        if (string.IsNullOrWhiteSpace(WhatWasAsked))
        {
            errors.Add(new(nameof(WhatWasAsked), "Enter what they asked for"));
        }
        else if (WhatWasAsked.Trim().Length > AskedMaximumLength)
        {
            errors.Add(new(nameof(WhatWasAsked), "What they asked for must be 2,000 characters or less"));
        }

        return errors;
    }

    /// <summary>A request from a training or consultancy enquiry: the enquirer, their organisation and what they asked, carried over.</summary>
    public static ConsultancyRequest FromEnquiry(Enquiry enquiry)
    {
        ArgumentNullException.ThrowIfNull(enquiry);
        return new(
            enquiry.OrganisationType is null ? null : ParticipantKind.PartnerAgency,
            null,
            null,
            enquiry.OrganisationType,
            enquiry.OrganisationName,
            enquiry.ContactName,
            enquiry.Email,
            enquiry.WhatWouldHelp);
    }
}

/// <summary>
/// A piece of consultancy: a council team or a partner organisation asks for help developing restorative work; the
/// lead trainer agrees aims with them, holds sessions, and closes it with the outcome and how far each aim was met.
/// It guards its own state: nothing changes once it is closed, sessions held are not in the future nor before the
/// request, and closing needs agreed aims, a result for each and an outcome.
/// </summary>
public sealed class ConsultancyPiece
{
    public const int AimMaximumLength = 300;
    public const int MaximumAims = 8;
    public const int OutcomeMaximumLength = 2000;

    private readonly List<ConsultancyAim> _aims = [];
    private readonly List<ConsultancySession> _sessions = [];

    private ConsultancyPiece()
    {
        ContactName = string.Empty;
        ContactEmail = string.Empty;
        WhatWasAsked = string.Empty;
        LeadTrainerId = string.Empty;
        LeadTrainerName = string.Empty;
    }

    public Guid Id { get; private set; }

    public ParticipantKind Kind { get; private set; }

    public Guid? TeamId { get; private set; }

    public string? TeamName { get; private set; }

    public OrganisationType? OrganisationType { get; private set; }

    public string? OrganisationName { get; private set; }

    public string ContactName { get; private set; }

    public string ContactEmail { get; private set; }

    public string WhatWasAsked { get; private set; }

    public string LeadTrainerId { get; private set; }

    public string LeadTrainerName { get; private set; }

    /// <summary>The enquiry it came from, if it came from the public form.</summary>
    public Guid? EnquiryId { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    public ConsultancyStatus Status { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? OutcomeSummary { get; private set; }

    /// <summary>Goes up with every change, so two trainers changing the piece at once cannot overwrite each other.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<ConsultancyAim> Aims => _aims;

    public IEnumerable<ConsultancyAim> AimsInOrder => _aims.OrderBy(a => a.Position);

    public IReadOnlyList<ConsultancySession> Sessions => _sessions;

    /// <summary>Most recent first.</summary>
    public IEnumerable<ConsultancySession> SessionsHeld => _sessions.OrderByDescending(s => s.HeldOn).ThenByDescending(s => s.Sequence);

    public bool IsClosed => Status == ConsultancyStatus.Closed;

    /// <summary>"Northmoor Academy (School or education)" or "North team (council)".</summary>
    public string Organisation => Describe(Kind, TeamName, OrganisationType, OrganisationName);

    public static string Describe(ParticipantKind kind, string? teamName, OrganisationType? type, string? organisationName) =>
        kind == ParticipantKind.CouncilStaff
            ? $"{teamName} (council)"
            : $"{organisationName} ({(type ?? Enquiries.OrganisationType.Other).Describe()})";

    /// <summary>Records a request for consultancy, with its aims if they are already agreed.</summary>
    public static Result<ConsultancyPiece> Create(ConsultancyRequest request, IEnumerable<string?> aims, TrainerRef? leadTrainer, DateOnly requestedOn, Guid? enquiryId = null)
    {
        var piece = new ConsultancyPiece { Id = Guid.NewGuid(), RequestedOn = requestedOn, EnquiryId = enquiryId };
        var refused = piece.Apply(request, aims, leadTrainer);
        return refused.Succeeded ? Result<ConsultancyPiece>.Ok(piece) : Result<ConsultancyPiece>.Fail(refused);
    }

    /// <summary>Changes who asked, what, the aims and the lead trainer. Refused once the piece is closed.</summary>
    public Result Change(ConsultancyRequest request, IEnumerable<string?> aims, TrainerRef? leadTrainer)
    {
        if (IsClosed)
        {
            return Result.Fail("This piece of work is closed, so it cannot be changed");
        }

        return Apply(request, aims, leadTrainer);
    }

    /// <summary>The first problem with a request, its aims and lead trainer, by field; or null.</summary>
    public static FieldError? Check(ConsultancyRequest request, IReadOnlyList<string> aims, TrainerRef? leadTrainer)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(aims);
        return request.Errors() is { Count: > 0 } errors ? errors[0] : CheckAimsAndLead(aims, leadTrainer);
    }

    /// <summary>The first problem with the aims (up to 8, each up to 300 characters) and the lead trainer (needed), by field; or null.</summary>
    public static FieldError? CheckAimsAndLead(IReadOnlyList<string> aims, TrainerRef? leadTrainer)
    {
        ArgumentNullException.ThrowIfNull(aims);
        if (aims.Count > MaximumAims)
        {
            return new("Aims", $"A piece of work can have up to {MaximumAims} aims");
        }

        if (aims.Any(a => a.Length > AimMaximumLength))
        {
            return new("Aims", $"Each aim must be {AimMaximumLength} characters or less");
        }

        return leadTrainer is null ? new("LeadTrainerId", "Select the lead trainer") : null;
    }

    /// <summary>Aims as typed, one per line, blanks dropped.</summary>
    public static IReadOnlyList<string> CleanAims(IEnumerable<string?> aims) =>
        aims.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).ToList();

    /// <summary>
    /// Records a session held: on a day from the request to today, of 15 minutes to 24 hours, with at least one
    /// person there. Refused once the piece is closed.
    /// </summary>
    public Result<ConsultancySession> RecordSession(DateOnly? heldOn, decimal? hours, int? attendees, string? whoAttended, string? notes, DateOnly today)
    {
        if (IsClosed)
        {
            return Result<ConsultancySession>.Fail("This piece of work is closed, so no more sessions can be recorded");
        }

        if (ConsultancySession.Check(heldOn, hours, attendees, whoAttended, notes, RequestedOn, today) is { } error)
        {
            return Result<ConsultancySession>.Fail(error.Message, error.Field);
        }

        var session = new ConsultancySession(heldOn!.Value, hours!.Value, attendees!.Value, whoAttended!.Trim(), string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(), _sessions.Count + 1);
        _sessions.Add(session);
        Status = ConsultancyStatus.InProgress;
        Version++;
        return Result<ConsultancySession>.Ok(session);
    }

    /// <summary>
    /// Closes the piece with its outcome and how far each agreed aim was met. Needs at least one agreed aim, a result
    /// for every aim and an outcome; it closes today, which is never before the last session held.
    /// </summary>
    public Result Close(string? outcome, IReadOnlyDictionary<Guid, AimResult?> results, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (IsClosed)
        {
            return Result.Fail("This piece of work is already closed");
        }

        if (_aims.Count == 0)
        {
            return Result.Fail("Agree at least one aim before closing the piece of work: change it to add the aims");
        }

        if (AimsInOrder.FirstOrDefault(a => results.GetValueOrDefault(a.Id) is null) is { } unanswered)
        {
            return Result.Fail($"Select whether aim {unanswered.Position} was met", $"Results[{unanswered.Id}]");
        }

        if (string.IsNullOrWhiteSpace(outcome))
        {
            return Result.Fail("Enter the outcome of the piece of work", "Outcome");
        }

        if (outcome.Trim().Length > OutcomeMaximumLength)
        {
            return Result.Fail("Outcome must be 2,000 characters or less", "Outcome");
        }

        foreach (var aim in _aims)
        {
            aim.Judge(results[aim.Id]!.Value);
        }

        OutcomeSummary = outcome.Trim();
        ClosedOn = today;
        Status = ConsultancyStatus.Closed;
        Version++;
        return Result.Ok();
    }

    private Result Apply(ConsultancyRequest request, IEnumerable<string?> aims, TrainerRef? leadTrainer)
    {
        ArgumentNullException.ThrowIfNull(aims);
        var cleaned = CleanAims(aims);
        if (Check(request, cleaned, leadTrainer) is { } error)
        {
            return Result.Fail(error.Message, error.Field);
        }

        Kind = request.Kind!.Value;
        (TeamId, TeamName, OrganisationType, OrganisationName) = Kind == ParticipantKind.CouncilStaff
            ? (request.TeamId, request.TeamName!.Trim(), null, null)
            : ((Guid?)null, (string?)null, request.OrganisationType, request.OrganisationName!.Trim());
        ContactName = request.ContactName!.Trim();
        ContactEmail = request.ContactEmail!.Trim();
        WhatWasAsked = request.WhatWasAsked!.Trim();
        LeadTrainerId = leadTrainer!.Id;
        LeadTrainerName = leadTrainer.Name;
        for (var i = 0; i < cleaned.Count; i++)
        {
            if (i < _aims.Count)
            {
                _aims.Single(a => a.Position == i + 1).Reword(cleaned[i]);
            }
            else
            {
                _aims.Add(new ConsultancyAim(i + 1, cleaned[i]));
            }
        }

        _aims.RemoveAll(a => a.Position > cleaned.Count);
        Status = _sessions.Count > 0 ? ConsultancyStatus.InProgress : _aims.Count > 0 ? ConsultancyStatus.Agreed : ConsultancyStatus.Requested;
        Version++;
        return Result.Ok();
    }
}

/// <summary>One aim agreed with the organisation, such as "Staff use restorative conversations after incidents".</summary>
public sealed class ConsultancyAim
{
    private ConsultancyAim()
    {
        Text = string.Empty;
    }

    internal ConsultancyAim(int position, string text)
    {
        Id = Guid.NewGuid();
        Position = position;
        Text = text;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the first aim.</summary>
    public int Position { get; private set; }

    public string Text { get; private set; }

    /// <summary>How far it was met, once the piece of work is closed.</summary>
    public AimResult? Result { get; private set; }

    internal void Reword(string text) => Text = text;

    internal void Judge(AimResult result) => Result = result;
}

/// <summary>A consultancy session held: when, how long, who was there (a count and a description) and notes.</summary>
public sealed class ConsultancySession
{
    public const decimal ShortestHours = 0.25m;
    public const decimal LongestHours = 24m;
    public const int MaximumAttendees = 500;
    public const int WhoMaximumLength = 300;
    public const int NotesMaximumLength = 2000;

    private ConsultancySession()
    {
        WhoAttended = string.Empty;
    }

    internal ConsultancySession(DateOnly heldOn, decimal hours, int attendees, string whoAttended, string? notes, int sequence)
    {
        Id = Guid.NewGuid();
        HeldOn = heldOn;
        Hours = hours;
        Attendees = attendees;
        WhoAttended = whoAttended;
        Notes = notes;
        Sequence = sequence;
    }

    public Guid Id { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public decimal Hours { get; private set; }

    public int Attendees { get; private set; }

    /// <summary>For example "Head teacher and 6 pastoral staff".</summary>
    public string WhoAttended { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>1 for the first session recorded, to keep sessions on the same day in order.</summary>
    public int Sequence { get; private set; }

    /// <summary>The first problem with a session's details, by field, in the Design System's wording; or null.</summary>
    public static FieldError? Check(DateOnly? heldOn, decimal? hours, int? attendees, string? whoAttended, string? notes, DateOnly requestedOn, DateOnly today)
    {
        if (heldOn is null)
        {
            return new("HeldOn", "Enter the date of the session");
        }

        if (heldOn > today)
        {
            return new("HeldOn", "Date of the session must be today or in the past");
        }

        if (heldOn < requestedOn)
        {
            return new("HeldOn", $"Date of the session must be on or after {requestedOn.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"))}, when the work was asked for");
        }

        if (hours is null)
        {
            return new("Hours", "Enter how long the session lasted, in hours");
        }

        if (hours < ShortestHours || hours > LongestHours)
        {
            return new("Hours", "Length must be between 0.25 and 24 hours");
        }

        if (attendees is null)
        {
            return new("Attendees", "Enter how many people attended");
        }

        if (attendees < 1 || attendees > MaximumAttendees)
        {
            return new("Attendees", $"Number of people must be between 1 and {MaximumAttendees}");
        }

        if (string.IsNullOrWhiteSpace(whoAttended))
        {
            return new("WhoAttended", "Enter who attended, like head teacher and pastoral staff");
        }

        if (whoAttended.Trim().Length > WhoMaximumLength)
        {
            return new("WhoAttended", $"Who attended must be {WhoMaximumLength} characters or less");
        }

        return notes is not null && notes.Trim().Length > NotesMaximumLength
            ? new("Notes", "Notes must be 2,000 characters or less")
            : null;
    }
}

/// <summary>Describes consultancy statuses and aim results in plain English.</summary>
public static class ConsultancyText
{
    public static string Describe(this ConsultancyStatus status) => status switch
    {
        ConsultancyStatus.Requested => "Requested",
        ConsultancyStatus.Agreed => "Aims agreed",
        ConsultancyStatus.InProgress => "In progress",
        _ => "Closed",
    };

    public static string Describe(this AimResult result) => result switch
    {
        AimResult.Met => "Met",
        AimResult.PartlyMet => "Partly met",
        _ => "Not met",
    };
}
