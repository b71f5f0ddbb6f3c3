using System.Globalization;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;

namespace FamilyFirst.Domain.Conferences;

/// <summary>
/// A Family Group Conference, from referral through independent preparation, the conference's three
/// parts (information sharing, private family time, agreeing the plan) to its review. Each step checks
/// the one before it; a step out of order is refused with a plain message.
/// </summary>
/// <remarks>
/// Dates (referral, conference, plan agreed) are taken from the <c>now</c> passed in, in the offset the
/// caller gives it, so the web layer should pass UK local time.
/// </remarks>
public sealed class FamilyGroupConference
{
    private static readonly ConferenceStage[] PreparationStages = [ConferenceStage.CoordinatorAllocated, ConferenceStage.Prepared];

    private readonly List<string> _worries = [];
    private readonly List<string> _questions = [];
    private readonly List<Guid> _bottomLineIds = [];
    private readonly List<Guid> _removedBottomLineIds = [];
    private readonly List<ConferenceInvitation> _invitations = [];
    private readonly List<ChildParticipation> _childParticipation = [];
    private readonly List<PrivateFamilyTimeSession> _privateFamilyTime = [];
    private readonly List<PlanPresentation> _planPresentations = [];
    private readonly List<ConferenceReview> _reviews = [];
    private readonly List<ConferenceHistoryEntry> _history = [];

    private FamilyGroupConference()
    {
        ReferrerUserId = string.Empty;
        Consent = null!;
    }

    private FamilyGroupConference(Guid familyId, string referrerUserId, Consent consent, DateOnly referredOn)
    {
        Id = Guid.NewGuid();
        FamilyId = familyId;
        ReferrerUserId = referrerUserId;
        Consent = consent;
        ReferredOn = referredOn;
        Stage = ConferenceStage.Referred;
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    public ConferenceStage Stage { get; private set; }

    public string ReferrerUserId { get; private set; }

    public DateOnly ReferredOn { get; private set; }

    public Consent Consent { get; private set; }

    /// <summary>What the professionals are worried about.</summary>
    public IReadOnlyList<string> Worries => _worries;

    /// <summary>The questions the family's plan must answer.</summary>
    public IReadOnlyList<string> Questions => _questions;

    /// <summary>The approved bottom lines chosen at referral.</summary>
    public IReadOnlyList<Guid> BottomLineIds => _bottomLineIds;

    /// <summary>
    /// The family's bottom lines removed for this conference at referral, each with a reason recorded in the history.
    /// Every other approved, current bottom line of the family applies (see <see cref="Plans.BottomLinesAtDecision"/>).
    /// </summary>
    public IReadOnlyList<Guid> RemovedBottomLineIds => _removedBottomLineIds;

    public string? CoordinatorUserId { get; private set; }

    public IReadOnlyList<ConferenceInvitation> Invitations => _invitations;

    public IReadOnlyList<ChildParticipation> ChildParticipation => _childParticipation;

    public DateTimeOffset? ScheduledFor { get; private set; }

    public string? Venue { get; private set; }

    /// <summary>When information sharing began: the start of the conference itself.</summary>
    public DateTimeOffset? ConferenceStartedAt { get; private set; }

    /// <summary>The day the conference was held.</summary>
    public DateOnly? ConferenceHeldOn { get; private set; }

    /// <summary>The sessions of private family time, in the order held (a database need not give them back in that order).</summary>
    public IReadOnlyList<PrivateFamilyTimeSession> PrivateFamilyTime => [.. _privateFamilyTime.OrderBy(s => s.StartedAt)];

    /// <summary>The plans the family presented, in the order presented (a database need not give them back in that order).</summary>
    public IReadOnlyList<PlanPresentation> PlanPresentations => [.. _planPresentations.OrderBy(p => p.PresentedAt)];

    /// <summary>The family member named to lead the plan, as an entry on the invitation list.</summary>
    public Guid? PlanLeadInvitationId { get; private set; }

    public Guid? AgreedPlanId { get; private set; }

    public DateOnly? PlanAgreedOn { get; private set; }

    public IReadOnlyList<ConferenceReview> Reviews => _reviews;

    public DateOnly? WithdrawnOn { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public string? ClosingReason { get; private set; }

    /// <summary>Every stage change, oldest first, for the family's chronology.</summary>
    public IReadOnlyList<ConferenceHistoryEntry> History => _history;

    /// <summary>The review waiting to be held, if one is scheduled.</summary>
    public ConferenceReview? NextReview => _reviews.LastOrDefault(r => r.HeldOn is null);

    /// <summary>Calendar days from referral to conference, once the conference has been held.</summary>
    public int? DaysFromReferralToConference => ConferenceHeldOn is { } held ? held.DayNumber - ReferredOn.DayNumber : null;

    public bool IsOpen => Stage is not (ConferenceStage.Closed or ConferenceStage.Withdrawn);

    /// <summary>Refers a family for a conference. A conference is voluntary: it needs consent from a person with parental responsibility.</summary>
    public static Result<FamilyGroupConference> Refer(
        Guid familyId,
        string referrerUserId,
        Consent? consent,
        IEnumerable<string> worries,
        IEnumerable<string> questions,
        IEnumerable<Guid> bottomLineIds,
        DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(referrerUserId);
        var today = DateOnly.FromDateTime(now.DateTime);

        var consentError = CheckConsent(consent, today);
        if (consentError is not null)
        {
            return Result<FamilyGroupConference>.Fail(consentError);
        }

        var worryList = Tidy(worries);
        if (worryList.Count == 0)
        {
            return Result<FamilyGroupConference>.Fail("Enter at least one worry");
        }

        var questionList = Tidy(questions);
        if (questionList.Count == 0)
        {
            return Result<FamilyGroupConference>.Fail("Enter at least one question the family's plan must answer");
        }

        var conference = new FamilyGroupConference(familyId, referrerUserId, consent! with { GivenBy = consent.GivenBy.Trim() }, today);
        conference._worries.AddRange(worryList);
        conference._questions.AddRange(questionList);
        conference._bottomLineIds.AddRange(bottomLineIds.Distinct());
        conference._history.Add(new ConferenceHistoryEntry(null, ConferenceStage.Referred, now, referrerUserId, "Referred for a Family Group Conference"));
        return Result<FamilyGroupConference>.Ok(conference);
    }

    /// <summary>
    /// Refers a family, with its bottom lines following it: every approved, current bottom line of the family applies
    /// to the conference unless it is left out, and leaving any out needs a reason, which is recorded in the history.
    /// </summary>
    public static Result<FamilyGroupConference> Refer(
        Guid familyId,
        string referrerUserId,
        Consent? consent,
        IEnumerable<string> worries,
        IEnumerable<string> questions,
        IReadOnlyCollection<Plans.BottomLine> familyBottomLines,
        IReadOnlyCollection<Guid> chosenBottomLineIds,
        string? reasonForLeavingOut,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(familyBottomLines);
        ArgumentNullException.ThrowIfNull(chosenBottomLineIds);
        var usable = familyBottomLines.Where(b => b.FamilyId == familyId && b.IsUsable).ToList();
        if (chosenBottomLineIds.Except(usable.Select(b => b.Id)).Any())
        {
            return Result<FamilyGroupConference>.Fail("Select bottom lines a manager has approved for this family", nameof(chosenBottomLineIds));
        }

        var leftOut = usable.Where(b => !chosenBottomLineIds.Contains(b.Id)).ToList();
        var reason = Clean(reasonForLeavingOut);
        if (leftOut.Count > 0 && reason is null)
        {
            return Result<FamilyGroupConference>.Fail(leftOut.Count == 1
                ? $"Enter why the bottom line ‘{leftOut[0].Text}’ does not apply to this conference, or select it"
                : "Enter why the bottom lines not selected do not apply to this conference, or select them",
                nameof(reasonForLeavingOut));
        }

        var referred = Refer(familyId, referrerUserId, consent, worries, questions, usable.Where(b => chosenBottomLineIds.Contains(b.Id)).Select(b => b.Id), now);
        if (referred.Succeeded)
        {
            foreach (var line in leftOut)
            {
                referred.Value!._removedBottomLineIds.Add(line.Id);
                referred.Value!.Note(now, referrerUserId, $"Bottom line ‘{line.Text}’ does not apply to this conference: {reason}");
            }
        }

        return referred;
    }

    /// <summary>
    /// Allocates the coordinator, who must be independent: never the lead practitioner, the referrer, or
    /// anyone on the case. The coordinator can be changed until the conference starts.
    /// </summary>
    public Result AllocateCoordinator(string coordinatorUserId, CaseInvolvement involvement, DateTimeOffset now, string byUserId)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Stage is not (ConferenceStage.Referred or ConferenceStage.CoordinatorAllocated or ConferenceStage.Prepared))
        {
            return Result.Fail("You cannot change the coordinator once the conference has started");
        }

        if (string.IsNullOrWhiteSpace(coordinatorUserId))
        {
            return Result.Fail("Select a coordinator");
        }

        if (SameUser(coordinatorUserId, involvement.LeadPractitionerUserId))
        {
            return Result.Fail("The coordinator must be independent of the case. Select someone other than the family's lead practitioner");
        }

        if (SameUser(coordinatorUserId, ReferrerUserId))
        {
            return Result.Fail("The coordinator must be independent of the case. Select someone other than the person who made the referral");
        }

        if (involvement.OthersOnCaseUserIds.Any(id => SameUser(coordinatorUserId, id)))
        {
            return Result.Fail("The coordinator must be independent of the case. Select someone who does not work on the family's case");
        }

        var wasAllocated = CoordinatorUserId is not null;
        CoordinatorUserId = coordinatorUserId.Trim();
        if (Stage == ConferenceStage.Referred)
        {
            MoveTo(ConferenceStage.CoordinatorAllocated, now, byUserId, "Coordinator allocated");
        }
        else
        {
            Note(now, byUserId, wasAllocated ? "Coordinator changed" : "Coordinator allocated");
        }

        return Result.Ok();
    }

    /// <summary>Adds someone from the family's network, or a professional, to the invitation list.</summary>
    public Result<ConferenceInvitation> AddToInvitationList(string name, ParticipantKind kind, string? relationship, Guid? personId, Guid? networkMemberId = null)
    {
        if (Preparing() is { } notPreparing)
        {
            return Result<ConferenceInvitation>.Fail(notPreparing.Error!);
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return Result<ConferenceInvitation>.Fail("Enter the person's name");
        }

        if (personId is not null && _invitations.Any(i => i.PersonId == personId))
        {
            return Result<ConferenceInvitation>.Fail($"{name.Trim()} is already on the invitation list");
        }

        if (networkMemberId is not null && _invitations.Any(i => i.NetworkMemberId == networkMemberId))
        {
            return Result<ConferenceInvitation>.Fail($"{name.Trim()} is already on the invitation list");
        }

        var invitation = new ConferenceInvitation(name.Trim(), kind, Clean(relationship), personId, networkMemberId);
        _invitations.Add(invitation);
        return Result<ConferenceInvitation>.Ok(invitation);
    }

    /// <summary>
    /// Invites someone on the list. A person who must not be contacted (by the family's record, see
    /// <see cref="FamilyContacts"/>) is refused unless a manager has allowed contact.
    /// </summary>
    public Result InviteToConference(Guid invitationId, FamilyContacts contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        return ChangeInvitation(invitationId, invitation => invitation.Status switch
        {
            InvitationStatus.Invited or InvitationStatus.Accepted => Result.Fail($"{invitation.Name} has already been invited"),
            _ => MayBeInvited(invitation, contacts, today) is { Succeeded: false } refused ? refused : Apply(invitation, InvitationStatus.Invited, null, null),
        });
    }

    /// <summary>Whether the person on the list may be invited (or sent a letter) today.</summary>
    public static Result MayBeInvited(ConferenceInvitation invitation, FamilyContacts contacts, DateOnly today, ContactWay way = ContactWay.ConferenceInvitation)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        ArgumentNullException.ThrowIfNull(contacts);
        return invitation.Kind == ParticipantKind.Professional
            ? Result.Ok()
            : contacts.MayReach(invitation.PersonId, invitation.NetworkMemberId, invitation.Name, way, today);
    }

    public Result RecordInvitationAccepted(Guid invitationId, FamilyContacts contacts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        return ChangeInvitation(invitationId, invitation => invitation.Status switch
        {
            _ when MayBeInvited(invitation, contacts, today) is { Succeeded: false } refused => refused,
            InvitationStatus.ToInvite or InvitationStatus.NotInvited => Result.Fail($"Invite {invitation.Name} before recording their answer"),
            InvitationStatus.Accepted => Result.Fail($"{invitation.Name} has already accepted"),
            _ => Apply(invitation, InvitationStatus.Accepted, null, null),
        });
    }

    public Result RecordInvitationDeclined(Guid invitationId, string? reason)
    {
        return ChangeInvitation(invitationId, invitation => invitation.Status switch
        {
            InvitationStatus.ToInvite or InvitationStatus.NotInvited => Result.Fail($"Invite {invitation.Name} before recording their answer"),
            InvitationStatus.Declined => Result.Fail($"{invitation.Name} has already declined"),
            _ => Apply(invitation, InvitationStatus.Declined, null, Clean(reason)),
        });
    }

    /// <summary>Records that, as agreed with the family, someone is not invited. The reason (for example a risk) is required.</summary>
    public Result RecordNotInvited(Guid invitationId, string reason)
    {
        return ChangeInvitation(invitationId, invitation => string.IsNullOrWhiteSpace(reason)
            ? Result.Fail($"Enter why {invitation.Name} is not being invited, for example a risk to the child")
            : Apply(invitation, InvitationStatus.NotInvited, reason.Trim(), null));
    }

    public Result RecordNeeds(Guid invitationId, ParticipationNeeds needs)
    {
        var tidy = needs with
        {
            InterpreterLanguage = Clean(needs.InterpreterLanguage),
            Access = Clean(needs.Access),
        };

        return ChangeInvitation(invitationId, invitation =>
        {
            invitation.RecordNeeds(tidy);
            return Result.Ok();
        });
    }

    /// <summary>Records how a child will take part. Recording again for the same child replaces the earlier choice.</summary>
    public Result RecordChildParticipation(string childName, Guid? childPersonId, ChildParticipationWay way, string? advocateName)
    {
        if (Preparing() is { } notPreparing)
        {
            return notPreparing;
        }

        if (string.IsNullOrWhiteSpace(childName))
        {
            return Result.Fail("Enter the child's name");
        }

        var advocate = Clean(advocateName);
        if (way == ChildParticipationWay.AdvocateSpeaksForThem && advocate is null)
        {
            return Result.Fail("Enter the name of the advocate who will speak for the child");
        }

        if (way != ChildParticipationWay.AdvocateSpeaksForThem)
        {
            advocate = null;
        }

        var existing = _childParticipation.FirstOrDefault(c => c.IsFor(childName.Trim(), childPersonId));
        if (existing is not null)
        {
            existing.Change(way, advocate);
        }
        else
        {
            _childParticipation.Add(new ChildParticipation(childName.Trim(), childPersonId, way, advocate));
        }

        return Result.Ok();
    }

    /// <summary>
    /// Sets the date and venue while preparing, or moves them (for example when the conference is held early); a move
    /// is recorded in the conference's history, from and to which date.
    /// </summary>
    public Result SetDateAndVenue(DateTimeOffset startsAt, string venue, DateTimeOffset now, string? byUserId = null)
    {
        if (Preparing() is { } notPreparing)
        {
            return notPreparing;
        }

        if (string.IsNullOrWhiteSpace(venue))
        {
            return Result.Fail("Enter the venue");
        }

        if (startsAt <= now)
        {
            return Result.Fail("The date of the conference must be in the future");
        }

        var was = ScheduledFor;
        ScheduledFor = startsAt;
        Venue = venue.Trim();
        if (was is { } before && byUserId is not null)
        {
            var from = before.ToOffset(now.Offset);
            var to = startsAt.ToOffset(now.Offset);
            if (DateOnly.FromDateTime(from.DateTime) != DateOnly.FromDateTime(to.DateTime) || from.TimeOfDay != to.TimeOfDay)
            {
                Note(now, byUserId, $"Conference moved from {LongDate(DateOnly.FromDateTime(from.DateTime))} to {LongDate(DateOnly.FromDateTime(to.DateTime))}");
            }
        }

        return Result.Ok();
    }

    /// <summary>
    /// Marks preparation complete: the date and venue are set, everyone on the list has been invited or
    /// has a reason not to be, a family member has accepted, and it is known how the child takes part.
    /// </summary>
    public Result CompletePreparation(DateTimeOffset now, string byUserId)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        switch (Stage)
        {
            case ConferenceStage.Referred:
                return Result.Fail("Allocate a coordinator before preparing the conference");
            case ConferenceStage.Prepared:
                return Result.Fail("Preparation is already complete");
            case not ConferenceStage.CoordinatorAllocated:
                return Result.Fail("The conference has already started");
        }

        if (ScheduledFor is null || Venue is null)
        {
            return Result.Fail("Set the date and venue of the conference");
        }

        var notYetInvited = _invitations.FirstOrDefault(i => i.Status == InvitationStatus.ToInvite);
        if (notYetInvited is not null)
        {
            return Result.Fail($"Invite {notYetInvited.Name}, or record why they are not being invited");
        }

        if (!_invitations.Any(i => i.Kind == ParticipantKind.Family && i.Status == InvitationStatus.Accepted))
        {
            return Result.Fail("At least one family member must accept the invitation before the conference");
        }

        if (_childParticipation.Count == 0)
        {
            return Result.Fail("Record how the child will take part in the conference");
        }

        MoveTo(ConferenceStage.Prepared, now, byUserId, "Preparation complete");
        return Result.Ok();
    }

    /// <summary>Part 1 of the conference: professionals share worries, strengths, resources, bottom lines and questions.</summary>
    public Result StartInformationSharing(DateTimeOffset now, string byUserId)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Stage is ConferenceStage.Referred or ConferenceStage.CoordinatorAllocated)
        {
            return Result.Fail("You cannot start the conference before preparation is complete");
        }

        if (Stage != ConferenceStage.Prepared)
        {
            return Result.Fail("Information sharing has already started");
        }

        // The conference's stages happen on its date: recording them earlier would make the record (and the days from
        // referral to conference) wrong. A conference held early is moved to its real date first, which is recorded.
        var today = DateOnly.FromDateTime(now.DateTime);
        if (ScheduledFor is { } booked && DateOnly.FromDateTime(booked.ToOffset(now.Offset).DateTime) is var bookedOn && today < bookedOn)
        {
            return Result.Fail($"The conference is booked for {LongDate(bookedOn)}, so it cannot start before then. If it is being held early, change its date first");
        }

        ConferenceStartedAt = now;
        ConferenceHeldOn = DateOnly.FromDateTime(now.DateTime);
        MoveTo(ConferenceStage.InformationSharing, now, byUserId, "Conference started: information sharing");
        return Result.Ok();
    }

    /// <summary>
    /// Part 2: the professionals and the coordinator leave and the family writes its plan. Only family and
    /// friends on the invitation list may be present. It may be held again after a plan is not agreed.
    /// </summary>
    public Result StartPrivateFamilyTime(DateTimeOffset now, IReadOnlyCollection<Guid> presentInvitationIds, string byUserId)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Stage is ConferenceStage.Referred or ConferenceStage.CoordinatorAllocated or ConferenceStage.Prepared)
        {
            return Result.Fail("You cannot start private family time before information sharing");
        }

        if (Stage == ConferenceStage.PrivateFamilyTime)
        {
            return Result.Fail("Private family time has already started");
        }

        if (Stage == ConferenceStage.PlanPresented)
        {
            return Result.Fail("The family has presented its plan. Record whether it is agreed before more private family time");
        }

        if (Stage is not (ConferenceStage.InformationSharing or ConferenceStage.PlanNotAgreed))
        {
            return Result.Fail("The plan has been agreed, so private family time has finished");
        }

        if (presentInvitationIds.Count == 0)
        {
            return Result.Fail("Select who from the family is present");
        }

        var present = new List<ConferenceInvitation>();
        foreach (var id in presentInvitationIds.Distinct())
        {
            var invitation = _invitations.FirstOrDefault(i => i.Id == id);
            if (invitation is null)
            {
                return Result.Fail("Select people from the conference's invitation list");
            }

            present.Add(invitation);
        }

        var professionals = present.Where(p => !p.IsFamilyNetwork).Select(p => p.Name).ToList();
        if (professionals.Count > 0)
        {
            return Result.Fail($"Private family time is for the family only. {string.Join(" and ", professionals)} must leave");
        }

        var notInvited = present.FirstOrDefault(p => p.Status == InvitationStatus.NotInvited);
        if (notInvited is not null)
        {
            return Result.Fail($"{notInvited.Name} was not invited to the conference, so cannot be present for private family time");
        }

        if (now < ConferenceStartedAt)
        {
            return Result.Fail("Private family time cannot start before the conference started");
        }

        _privateFamilyTime.Add(new PrivateFamilyTimeSession(now, present.Select(p => p.Id)));
        MoveTo(ConferenceStage.PrivateFamilyTime, now, byUserId, "Private family time started");
        return Result.Ok();
    }

    public Result EndPrivateFamilyTime(DateTimeOffset now, string byUserId)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        var session = PrivateFamilyTime is [.., var latest] ? latest : null;
        if (Stage != ConferenceStage.PrivateFamilyTime || session is null)
        {
            return Result.Fail("You cannot end private family time before it has started");
        }

        if (session.HasEnded)
        {
            return Result.Fail("Private family time has already ended");
        }

        if (now <= session.StartedAt)
        {
            return Result.Fail("The end of private family time must be after it started");
        }

        session.End(now);
        Note(now, byUserId, "Private family time ended");
        return Result.Ok();
    }

    /// <summary>Part 3: the family presents its plan, or an amended plan after one was not agreed.</summary>
    public Result PresentPlan(Guid planId, DateTimeOffset now, string byUserId)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Stage == ConferenceStage.PrivateFamilyTime && PrivateFamilyTime[^1].HasEnded is false)
        {
            return Result.Fail("End private family time before the family presents its plan");
        }

        if (Stage is not (ConferenceStage.PrivateFamilyTime or ConferenceStage.PlanNotAgreed))
        {
            return Stage switch
            {
                ConferenceStage.PlanPresented => Result.Fail("The plan has already been presented. Record whether it is agreed"),
                ConferenceStage.PlanAgreed or ConferenceStage.ReviewScheduled or ConferenceStage.Reviewed =>
                    Result.Fail("The plan has already been agreed"),
                _ => Result.Fail("You cannot present the plan before private family time"),
            };
        }

        var amended = Stage == ConferenceStage.PlanNotAgreed;
        _planPresentations.Add(new PlanPresentation(planId, now));
        MoveTo(ConferenceStage.PlanPresented, now, byUserId, amended ? "Amended plan presented" : "Plan presented");
        return Result.Ok();
    }

    /// <summary>
    /// The referrer agrees the plan and someone from the family or its wider network (for example a grandmother) is named plan lead. Every bottom line that applies to the
    /// conference (every approved, current bottom line of the family not removed for it at referral) must be shown to
    /// be met, with how the plan meets it, which is kept with the decision: a plan cannot be agreed while one is not.
    /// </summary>
    public Result AgreePlan(Guid planLeadInvitationId, Plans.BottomLinesAtDecision bottomLines, FamilyContacts contacts, DateTimeOffset now, string byUserId)
    {
        ArgumentNullException.ThrowIfNull(bottomLines);
        if (bottomLines.FamilyId != FamilyId)
        {
            throw new ArgumentException("Bottom lines from another family were passed to this family's conference.", nameof(bottomLines));
        }

        if (bottomLines.Lines.Any(l => _removedBottomLineIds.Contains(l.BottomLine.Id)))
        {
            throw new ArgumentException("A bottom line removed for this conference was passed as applying to it.", nameof(bottomLines));
        }

        return AgreePlan(planLeadInvitationId, contacts, now, byUserId, bottomLines.CheckEveryOneAddressed, bottomLines.Lines.Select(l => new BottomLineMet(l.BottomLine.Id, l.HowMet ?? string.Join("; ", l.Actions))));
    }

    /// <summary>
    /// Agrees the plan confirming only the bottom lines chosen at referral as met, without saying how. Kept for the
    /// domain's own tests of the stages: pages use the overload that takes <see cref="Plans.BottomLinesAtDecision"/>.
    /// </summary>
    internal Result AgreePlan(Guid planLeadInvitationId, IReadOnlyCollection<Guid> bottomLinesConfirmedMet, FamilyContacts contacts, DateTimeOffset now, string byUserId) =>
        AgreePlan(
            planLeadInvitationId,
            contacts,
            now,
            byUserId,
            () => _bottomLineIds.Except(bottomLinesConfirmedMet).Any()
                ? Result.Fail("Confirm the plan meets every bottom line, or do not agree the plan and say which bottom line it does not meet")
                : Result.Ok(),
            []);

    private Result AgreePlan(Guid planLeadInvitationId, FamilyContacts contacts, DateTimeOffset now, string byUserId, Func<Result> bottomLinesMet, IEnumerable<BottomLineMet> howMet)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        if (Decision() is { } notPresented)
        {
            return notPresented;
        }

        var lead = _invitations.FirstOrDefault(i => i.Id == planLeadInvitationId);
        if (lead is null)
        {
            return Result.Fail("Select the family member who will lead the plan");
        }

        if (!lead.IsFamilyNetwork || lead.Status == InvitationStatus.NotInvited)
        {
            return Result.Fail("The plan lead must be someone from the family or its wider network who was invited to the conference");
        }

        var mayLead = contacts.MayReach(lead.PersonId, lead.NetworkMemberId, lead.Name, ContactWay.PlanLead, DateOnly.FromDateTime(now.DateTime));
        if (!mayLead.Succeeded)
        {
            return mayLead;
        }

        var met = bottomLinesMet();
        if (!met.Succeeded)
        {
            return met;
        }

        var presentation = PlanPresentations[^1];
        presentation.Agree(now, howMet);
        PlanLeadInvitationId = lead.Id;
        AgreedPlanId = presentation.PlanId;
        PlanAgreedOn = DateOnly.FromDateTime(now.DateTime);
        MoveTo(ConferenceStage.PlanAgreed, now, byUserId, $"Plan agreed. {lead.Name} is the plan lead");
        return Result.Ok();
    }

    /// <summary>
    /// The referrer does not agree the plan: the reason must name the bottom lines it does not meet, or the
    /// safety concern. The family may amend the plan and present it again.
    /// </summary>
    public Result DeclinePlan(string reason, IReadOnlyCollection<Guid> failedBottomLineIds, string? safetyConcern, DateTimeOffset now, string byUserId, Plans.BottomLinesAtDecision? bottomLines = null)
    {
        if (Decision() is { } notPresented)
        {
            return notPresented;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Enter why the plan is not agreed");
        }

        var concern = Clean(safetyConcern);
        if (failedBottomLineIds.Count == 0 && concern is null)
        {
            return Result.Fail("Select the bottom lines the plan does not meet, or describe the safety concern");
        }

        var applying = bottomLines?.Lines.Select(l => l.BottomLine.Id) ?? _bottomLineIds;
        if (failedBottomLineIds.Except(applying).Any())
        {
            return Result.Fail("Select bottom lines that apply to this conference");
        }

        PlanPresentations[^1].Decline(now, reason.Trim(), failedBottomLineIds.Distinct(), concern);
        MoveTo(ConferenceStage.PlanNotAgreed, now, byUserId, "Plan not agreed");
        return Result.Ok();
    }

    /// <summary>
    /// Schedules the review; without a date it falls <see cref="ConferenceRules.ReviewAfterDays"/> after the
    /// conference (or after the last review). Scheduling again moves a review not yet held.
    /// </summary>
    public Result ScheduleReview(DateOnly? reviewOn, DateTimeOffset now, string byUserId, ConferenceRules? rules = null)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Stage is not (ConferenceStage.PlanAgreed or ConferenceStage.ReviewScheduled or ConferenceStage.Reviewed))
        {
            return Result.Fail("You cannot schedule a review before the plan is agreed");
        }

        var after = _reviews.LastOrDefault(r => r.HeldOn is not null)?.HeldOn ?? ConferenceHeldOn!.Value;
        var date = reviewOn ?? DefaultReviewDate(after, rules ?? ConferenceRules.Default);
        if (date <= after)
        {
            return Result.Fail(after == ConferenceHeldOn
                ? "The date of the review must be after the conference"
                : "The date of the review must be after the last review");
        }

        if (NextReview is { } pending)
        {
            pending.Move(date);
            Note(now, byUserId, $"Review moved to {LongDate(date)}");
        }
        else
        {
            _reviews.Add(new ConferenceReview(date));
            MoveTo(ConferenceStage.ReviewScheduled, now, byUserId, $"Review scheduled for {LongDate(date)}");
        }

        return Result.Ok();
    }

    /// <summary>The review date when none is chosen: a set number of days after the conference or last review.</summary>
    public static DateOnly DefaultReviewDate(DateOnly conferenceOrLastReview, ConferenceRules? rules = null) =>
        conferenceOrLastReview.AddDays((rules ?? ConferenceRules.Default).ReviewAfterDays);

    public Result RecordReviewHeld(DateOnly heldOn, DateTimeOffset now, string byUserId)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Stage != ConferenceStage.ReviewScheduled || NextReview is not { } review)
        {
            return Result.Fail("You cannot record a review before one is scheduled");
        }

        if (heldOn > DateOnly.FromDateTime(now.DateTime))
        {
            return Result.Fail("The date of the review must be today or in the past");
        }

        if (heldOn <= ConferenceHeldOn)
        {
            return Result.Fail("The date of the review must be after the conference");
        }

        review.RecordHeld(heldOn);
        MoveTo(ConferenceStage.Reviewed, now, byUserId, "Review held");
        return Result.Ok();
    }

    /// <summary>
    /// The date by which a review is due: the scheduled date, or, when a plan is agreed but no review is
    /// booked yet, the default interval after the conference. Null when no review is waiting.
    /// </summary>
    public DateOnly? ReviewDueOn(ConferenceRules? rules = null) => Stage switch
    {
        ConferenceStage.ReviewScheduled => NextReview!.DueOn,
        ConferenceStage.PlanAgreed => DefaultReviewDate(ConferenceHeldOn!.Value, rules),
        _ => null,
    };

    /// <summary>A review is overdue from the day after its due date until it is held.</summary>
    public bool IsReviewOverdue(DateOnly today, ConferenceRules? rules = null) => ReviewDueOn(rules) is { } due && today > due;

    /// <summary>A review due from today up to the rules' "due soon" window, and not yet overdue.</summary>
    public bool IsReviewDueSoon(DateOnly today, ConferenceRules? rules = null) =>
        ReviewDueOn(rules) is { } due && due >= today && due.DayNumber - today.DayNumber <= (rules ?? ConferenceRules.Default).ReviewDueSoonDays;

    /// <summary>Whether the conference was held within the target number of days from referral; null until it is held.</summary>
    public bool? IsWithinTarget(ConferenceRules? rules = null) =>
        DaysFromReferralToConference is { } days ? days <= (rules ?? ConferenceRules.Default).TargetDaysToConference : null;

    /// <summary>The family withdraws its consent. A conference is voluntary, so this may happen at any stage.</summary>
    public Result WithdrawConsent(string? reason, DateTimeOffset now, string byUserId)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        WithdrawnOn = DateOnly.FromDateTime(now.DateTime);
        WithdrawalReason = Clean(reason);
        MoveTo(ConferenceStage.Withdrawn, now, byUserId, "The family withdrew consent");
        return Result.Ok();
    }

    /// <summary>Closes the conference after its review, or when the plan was not agreed and will not be presented again.</summary>
    public Result Close(string? reason, DateTimeOffset now, string byUserId)
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Stage is not (ConferenceStage.Reviewed or ConferenceStage.PlanNotAgreed))
        {
            return Result.Fail("You can only close a conference after its review, or when the plan was not agreed");
        }

        ClosedOn = DateOnly.FromDateTime(now.DateTime);
        ClosingReason = Clean(reason);
        MoveTo(ConferenceStage.Closed, now, byUserId, "Conference closed");
        return Result.Ok();
    }

    private static string? CheckConsent(Consent? consent, DateOnly today)
    {
        if (consent is null)
        {
            return "Record consent from a person with parental responsibility before referring";
        }

        if (string.IsNullOrWhiteSpace(consent.GivenBy))
        {
            return "Enter the name of the person who gave consent";
        }

        if (!consent.HasParentalResponsibility)
        {
            return "Consent must come from a person with parental responsibility for the child";
        }

        if (!consent.ToConference)
        {
            return "The family must consent to the Family Group Conference before it can be referred";
        }

        if (!consent.ToInformationSharing)
        {
            return "The family must consent to information being shared before the conference can be referred";
        }

        return consent.GivenOn > today ? "The date consent was given must be today or in the past" : null;
    }

    private Result? Closed() => Stage switch
    {
        ConferenceStage.Withdrawn => Result.Fail("The family has withdrawn consent, so this conference cannot continue"),
        ConferenceStage.Closed => Result.Fail("This conference is closed"),
        _ => null,
    };

    private Result? Preparing()
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        if (Stage == ConferenceStage.Referred)
        {
            return Result.Fail("Allocate a coordinator before preparing the conference");
        }

        return PreparationStages.Contains(Stage) ? null : Result.Fail("You cannot change the preparation once the conference has started");
    }

    private Result? Decision()
    {
        if (Closed() is { } closed)
        {
            return closed;
        }

        return Stage switch
        {
            ConferenceStage.PlanPresented => null,
            ConferenceStage.PlanNotAgreed => Result.Fail("The family must present an amended plan before a new decision"),
            ConferenceStage.PlanAgreed or ConferenceStage.ReviewScheduled or ConferenceStage.Reviewed => Result.Fail("The plan has already been agreed"),
            _ => Result.Fail("You cannot decide on the plan before the family has presented it"),
        };
    }

    private Result ChangeInvitation(Guid invitationId, Func<ConferenceInvitation, Result> change)
    {
        if (Preparing() is { } notPreparing)
        {
            return notPreparing;
        }

        var invitation = _invitations.FirstOrDefault(i => i.Id == invitationId);
        return invitation is null ? Result.Fail("Select someone on the invitation list") : change(invitation);
    }

    private static Result Apply(ConferenceInvitation invitation, InvitationStatus status, string? notInvitedReason, string? declinedReason)
    {
        invitation.MoveTo(status, notInvitedReason, declinedReason);
        return Result.Ok();
    }

    private void MoveTo(ConferenceStage stage, DateTimeOffset now, string byUserId, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        _history.Add(new ConferenceHistoryEntry(Stage, stage, now, byUserId, description));
        Stage = stage;
    }

    private void Note(DateTimeOffset now, string byUserId, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(byUserId);
        _history.Add(new ConferenceHistoryEntry(Stage, Stage, now, byUserId, description));
    }

    // GOV.UK date style ("4 June 2026"), whatever the server's culture.
    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static bool SameUser(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static List<string> Tidy(IEnumerable<string> items) =>
        items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
