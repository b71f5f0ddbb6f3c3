using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Meetings;

/// <summary>
/// A meeting held with a family on its case: a restorative conversation, a circle, a restorative or
/// Family Group Conference, a review, or a professionals' meeting.
/// </summary>
/// <remarks>
/// Start and end are <see cref="DateTimeOffset"/> values: a meeting is a moment in time, and the offset
/// keeps 10am in British Summer Time unambiguous across the clock change. The web layer stores them as
/// UTC and shows them in UK time.
/// </remarks>
public sealed class Meeting
{
    /// <summary>An informal conversation is recorded on one short page, so its summary is kept short.</summary>
    public const int SummaryMaxLength = 2000;

    private readonly List<MeetingParticipant> _participants = [];
    private readonly List<CircleRound> _rounds = [];
    private readonly List<MeetingAgreement> _agreements = [];

    private Meeting()
    {
        FacilitatorUserId = string.Empty;
    }

    private Meeting(Guid familyId, MeetingType type, DateTimeOffset startsAt, DateTimeOffset? endsAt, string? venue, string facilitatorUserId)
    {
        Id = Guid.NewGuid();
        FamilyId = familyId;
        Type = type;
        StartsAt = startsAt;
        EndsAt = endsAt;
        Venue = venue;
        FacilitatorUserId = facilitatorUserId;
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    public MeetingType Type { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset? EndsAt { get; private set; }

    /// <summary>Where it is held. May be empty for an informal conversation (a doorstep, a corridor).</summary>
    public string? Venue { get; private set; }

    /// <summary>The staff user who facilitates; in a circle, the keeper.</summary>
    public string FacilitatorUserId { get; private set; }

    /// <summary>What happened, in a few paragraphs.</summary>
    public string? Summary { get; private set; }

    public IReadOnlyList<MeetingParticipant> Participants => _participants;

    /// <summary>The rounds of a circle, in order. Empty for other meetings.</summary>
    public IReadOnlyList<CircleRound> Rounds => _rounds;

    public IReadOnlyList<MeetingAgreement> Agreements => _agreements;

    public bool IsCircle => Type is MeetingType.ProactiveCircle or MeetingType.ResponsiveCircle;

    /// <summary>
    /// How many times its date, time or venue has changed since it was booked: a calendar file carries it as the
    /// event's sequence, so a calendar that already has the meeting replaces it with the new time.
    /// </summary>
    public int Revision { get; private set; }

    /// <summary>
    /// True once anything shows the meeting took place: what happened, anyone's attendance, a circle's rounds or an
    /// agreement. A restorative conversation is recorded after it was held.
    /// </summary>
    public bool HasBeenHeld =>
        Type == MeetingType.RestorativeConversation
        || Summary is not null
        || _participants.Any(p => p.Attendance != Attendance.NotYetRecorded)
        || _rounds.Count > 0
        || _agreements.Count > 0;

    /// <summary>Books a meeting with the family.</summary>
    public static Result<Meeting> Schedule(
        Guid familyId,
        MeetingType type,
        DateTimeOffset startsAt,
        DateTimeOffset? endsAt,
        string? venue,
        string facilitatorUserId)
    {
        if (string.IsNullOrWhiteSpace(facilitatorUserId))
        {
            return Result<Meeting>.Fail(type is MeetingType.ProactiveCircle or MeetingType.ResponsiveCircle
                ? "Select the keeper of the circle"
                : "Select who will facilitate the meeting");
        }

        if (type != MeetingType.RestorativeConversation && string.IsNullOrWhiteSpace(venue))
        {
            return Result<Meeting>.Fail("Enter where the meeting will be held", nameof(Venue));
        }

        if (endsAt is { } end && end <= startsAt)
        {
            return Result<Meeting>.Fail("The end time must be after the start time", nameof(EndsAt));
        }

        return Result<Meeting>.Ok(new Meeting(familyId, type, startsAt, endsAt, Clean(venue), facilitatorUserId.Trim()));
    }

    /// <summary>
    /// Records an informal restorative conversation in one step: when, who took part and what was said.
    /// Everyone named was there, so each is marked as attended.
    /// </summary>
    public static Result<Meeting> RecordConversation(
        Guid familyId,
        DateTimeOffset heldAt,
        DateTimeOffset now,
        string facilitatorUserId,
        IReadOnlyList<NewParticipant> participants,
        string whatWasSaid)
    {
        if (heldAt > now)
        {
            return Result<Meeting>.Fail("The conversation must be in the past", nameof(StartsAt));
        }

        if (participants.Count == 0)
        {
            return Result<Meeting>.Fail("Enter who took part in the conversation");
        }

        if (string.IsNullOrWhiteSpace(whatWasSaid))
        {
            return Result<Meeting>.Fail("Enter what was talked about", nameof(Summary));
        }

        var scheduled = Schedule(familyId, MeetingType.RestorativeConversation, heldAt, null, null, facilitatorUserId);
        if (!scheduled.Succeeded)
        {
            return scheduled;
        }

        var meeting = scheduled.Value!;
        var summary = meeting.RecordSummary(whatWasSaid);
        if (!summary.Succeeded)
        {
            return Result<Meeting>.Fail(summary);
        }

        foreach (var participant in participants)
        {
            var added = meeting.AddParticipant(participant);
            if (!added.Succeeded)
            {
                return Result<Meeting>.Fail(added);
            }

            added.Value!.RecordAttendance(Attendance.Attended);
        }

        return Result<Meeting>.Ok(meeting);
    }

    /// <summary>
    /// Moves a meeting that has not been held yet to a new time or place, in the future. Once it has been held, when
    /// and where it happened is part of the record. Giving the same time and place again changes nothing.
    /// </summary>
    public Result Reschedule(DateTimeOffset startsAt, DateTimeOffset? endsAt, string? venue, DateTimeOffset now)
    {
        if (HasBeenHeld)
        {
            return Result.Fail("This meeting has been held, so its date, time and venue cannot be changed");
        }

        if (string.IsNullOrWhiteSpace(venue))
        {
            return Result.Fail("Enter where the meeting will be held", nameof(Venue));
        }

        if (endsAt is { } end && end <= startsAt)
        {
            return Result.Fail("The end time must be after the start time", nameof(EndsAt));
        }

        var place = Clean(venue);
        if (startsAt == StartsAt && endsAt == EndsAt && place == Venue)
        {
            return Result.Ok();
        }

        if (startsAt <= now)
        {
            return Result.Fail("The new date and time must be in the future", nameof(StartsAt));
        }

        StartsAt = startsAt;
        EndsAt = endsAt;
        Venue = place;
        Revision++;
        return Result.Ok();
    }

    public Result RecordSummary(string? summary)
    {
        var text = Clean(summary);
        if (text is not null && text.Length > SummaryMaxLength)
        {
            return Result.Fail($"What happened must be {SummaryMaxLength:N0} characters or less", nameof(Summary));
        }

        Summary = text;
        return Result.Ok();
    }

    /// <summary>
    /// Invites someone to the meeting: family and network members who must not be contacted (by the family's record,
    /// see <see cref="FamilyContacts"/>) are refused unless a manager has allowed contact.
    /// </summary>
    public Result<MeetingParticipant> InviteParticipant(NewParticipant participant, FamilyContacts contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(contacts);
        if (participant.Kind != ParticipantKind.Professional && !string.IsNullOrWhiteSpace(participant.Name))
        {
            var mayReach = contacts.MayReach(participant.PersonId, null, participant.Name, ContactWay.MeetingInvitation, today);
            if (!mayReach.Succeeded)
            {
                return Result<MeetingParticipant>.Fail(mayReach.Error!);
            }
        }

        return AddParticipant(participant);
    }

    /// <summary>Adds someone who took part (a conversation already held, or a professional); see <see cref="InviteParticipant"/> to invite.</summary>
    public Result<MeetingParticipant> AddParticipant(NewParticipant participant)
    {
        if (string.IsNullOrWhiteSpace(participant.Name))
        {
            return Result<MeetingParticipant>.Fail("Enter the participant's name");
        }

        if (participant.PersonId is { } personId && _participants.Any(p => p.PersonId == personId))
        {
            return Result<MeetingParticipant>.Fail($"{participant.Name.Trim()} is already taking part in this meeting");
        }

        var added = new MeetingParticipant(participant.Name.Trim(), participant.Kind, participant.PersonId, Clean(participant.Role));
        _participants.Add(added);
        return Result<MeetingParticipant>.Ok(added);
    }

    public Result RecordAttendance(Guid participantId, Attendance attendance)
    {
        var participant = _participants.FirstOrDefault(p => p.Id == participantId);
        if (participant is null)
        {
            return Result.Fail("Select someone who is taking part in this meeting");
        }

        participant.RecordAttendance(attendance);
        return Result.Ok();
    }

    /// <summary>Records the next round of a circle. A circle's rounds end with its closing.</summary>
    public Result<CircleRound> AddRound(CircleRoundKind kind, string? prompt, string? notes)
    {
        if (!IsCircle)
        {
            return Result<CircleRound>.Fail("Rounds can only be recorded for a circle");
        }

        if (_rounds.Any(r => r.Kind == CircleRoundKind.Closing))
        {
            return Result<CircleRound>.Fail("The circle has closed. You cannot add a round after the closing");
        }

        var round = new CircleRound(_rounds.Count + 1, kind, Clean(prompt), Clean(notes));
        _rounds.Add(round);
        return Result<CircleRound>.Ok(round);
    }

    /// <summary>The day the meeting is held, as the council counts days (the stored start is an instant in UTC).</summary>
    public DateOnly DayIn(TimeZoneInfo councilZone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(StartsAt, councilZone).DateTime);

    /// <summary>Records who will do what, by when (on or after the day of the meeting in the council's zone).</summary>
    public Result<MeetingAgreement> AddAgreement(string whoWillDoIt, Guid? personId, string whatTheyWillDo, DateOnly byWhen, TimeZoneInfo councilZone)
    {
        if (string.IsNullOrWhiteSpace(whoWillDoIt))
        {
            return Result<MeetingAgreement>.Fail("Enter who will do this");
        }

        if (string.IsNullOrWhiteSpace(whatTheyWillDo))
        {
            return Result<MeetingAgreement>.Fail("Enter what they will do");
        }

        if (byWhen < DayIn(councilZone))
        {
            return Result<MeetingAgreement>.Fail("The date it will be done by must be on or after the day of the meeting");
        }

        var agreement = new MeetingAgreement(Id, whoWillDoIt.Trim(), personId, whatTheyWillDo.Trim(), byWhen);
        _agreements.Add(agreement);
        return Result<MeetingAgreement>.Ok(agreement);
    }

    /// <summary>The agreements not yet in the family plan, ready to be added as actions in one step.</summary>
    public IReadOnlyList<AgreedAction> AgreementsNotYetInPlan() =>
        _agreements.Where(a => !a.IsInPlan).Select(a => a.ToPlanAction()).ToList();

    /// <summary>Notes that an agreement has become a plan action, so it is not added twice.</summary>
    public Result RecordAgreementAddedToPlan(Guid agreementId, Guid planActionId)
    {
        var agreement = _agreements.FirstOrDefault(a => a.Id == agreementId);
        if (agreement is null)
        {
            return Result.Fail("Select an agreement from this meeting");
        }

        if (agreement.IsInPlan)
        {
            return Result.Fail("This agreement is already in the family plan");
        }

        agreement.RecordAddedToPlan(planActionId);
        return Result.Ok();
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
