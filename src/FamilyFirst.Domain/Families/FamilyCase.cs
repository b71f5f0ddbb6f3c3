using FamilyFirst.Domain.Access;

namespace FamilyFirst.Domain.Families;

/// <summary>Where a family case stands.</summary>
public enum FamilyCaseStatus
{
    Open,
    Closed,
    Reopened,
}

/// <summary>A programme a family can be attached to; its attachment date starts the outcome windows.</summary>
public enum Programme
{
    FamilyFirst,
    SupportingFamilies,
}

/// <summary>
/// A family the service works with: its reference, status, lead practitioner and team, why the service is
/// involved, the people in it and the programmes it is attached to.
/// </summary>
public sealed partial class FamilyCase
{
    private readonly List<CaseAllocation> _allocations = [];
    private readonly List<CaseStatusChange> _statusHistory = [];
    private readonly List<ProgrammeAttachment> _programmes = [];
    private readonly List<FamilyMember> _members = [];
    private readonly List<Guid> _namedUserIds = [];

    private FamilyCase()
    {
        Reference = string.Empty;
        FamilyName = string.Empty;
        ReasonForInvolvement = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The reference people quote, for example "FAM-7KQ2XH".</summary>
    public string Reference { get; private set; }

    /// <summary>How staff refer to the family, for example "Smith family".</summary>
    public string FamilyName { get; private set; }

    public string ReasonForInvolvement { get; private set; }

    public FamilyCaseStatus Status { get; private set; }

    /// <summary>The enquiry the case was opened from, when it came through the enquiries queue.</summary>
    public Guid? SourceEnquiryId { get; private set; }

    public Guid OpenedBy { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public Guid? LeadPractitionerId { get; private set; }

    public Guid? TeamId { get; private set; }

    /// <summary>A restricted family (for example a staff member's relative) is seen only by the people named on it.</summary>
    public bool IsRestricted { get; private set; }

    public IReadOnlyList<Guid> NamedUserIds => _namedUserIds;

    /// <summary>Every allocation, oldest first; the current one has no end.</summary>
    public IReadOnlyList<CaseAllocation> Allocations => _allocations;

    /// <summary>Every opening, closure and reopening, oldest first.</summary>
    public IReadOnlyList<CaseStatusChange> StatusHistory => _statusHistory;

    public IReadOnlyList<ProgrammeAttachment> Programmes => _programmes;

    public IReadOnlyList<FamilyMember> Members => _members;

    public bool IsClosed => Status == FamilyCaseStatus.Closed;

    /// <summary>Opens a case, directly or from an accepted enquiry (pass its id; the page pre-fills the details from it).</summary>
    public static Result<FamilyCase> Open(
        string reference,
        string familyName,
        string reasonForInvolvement,
        Guid openedBy,
        DateTimeOffset now,
        Guid? sourceEnquiryId = null)
    {
        if (!FamilyCaseReference.IsWellFormed(reference))
        {
            throw new ArgumentException("Family case references come from FamilyCaseReference.Generate.", nameof(reference));
        }

        if (string.IsNullOrWhiteSpace(familyName))
        {
            return Result<FamilyCase>.Fail("Enter a name for the family, for example Smith family");
        }

        if (string.IsNullOrWhiteSpace(reasonForInvolvement))
        {
            return Result<FamilyCase>.Fail("Enter the reason for involvement");
        }

        var familyCase = new FamilyCase
        {
            Id = Guid.NewGuid(),
            Reference = reference.Trim().ToUpperInvariant(),
            FamilyName = familyName.Trim(),
            ReasonForInvolvement = reasonForInvolvement.Trim(),
            Status = FamilyCaseStatus.Open,
            SourceEnquiryId = sourceEnquiryId,
            OpenedBy = openedBy,
            OpenedAt = now,
        };
        familyCase._statusHistory.Add(new CaseStatusChange(FamilyCaseStatus.Open, null, openedBy, now));
        return Result<FamilyCase>.Ok(familyCase);
    }

    public Result ChangeReasonForInvolvement(string reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Enter the reason for involvement");
        }

        ReasonForInvolvement = reason.Trim();
        return Result.Ok();
    }

    /// <summary>
    /// Gives the family a lead practitioner and team (a manager's decision; see <see cref="FamilyAccessRule.CanAllocate"/>).
    /// The previous allocation ends now and stays in the history. On a restricted family the new lead
    /// practitioner is named on it, otherwise they could not see their own case.
    /// </summary>
    public Result Allocate(Guid practitionerId, Guid teamId, Guid allocatedBy, DateTimeOffset now)
    {
        if (IsClosed)
        {
            return Result.Fail("You cannot allocate a closed case - reopen it first");
        }

        if (LeadPractitionerId == practitionerId && TeamId == teamId)
        {
            return Result.Fail("The case is already allocated to this practitioner and team");
        }

        var current = CurrentAllocation;
        current?.End(now);
        _allocations.Add(new CaseAllocation(practitionerId, teamId, allocatedBy, now));
        LeadPractitionerId = practitionerId;
        TeamId = teamId;
        if (IsRestricted && !_namedUserIds.Contains(practitionerId))
        {
            _namedUserIds.Add(practitionerId);
        }

        return Result.Ok();
    }

    public CaseAllocation? CurrentAllocation => _allocations.LastOrDefault(a => a.EndedAt is null);

    /// <summary>
    /// Closes the case; the reason is mandatory and kept in the status history. The closure date is always given:
    /// the council's today when staff close it, the programme list's date on import (never the UTC date of
    /// <paramref name="now"/>, which is the day before in the first hour after midnight in summer time).
    /// </summary>
    public Result Close(string reason, Guid closedBy, DateTimeOffset now, DateOnly closedOn)
    {
        if (IsClosed)
        {
            return Result.Fail("The case is already closed");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Enter the reason for closing the case");
        }

        Status = FamilyCaseStatus.Closed;
        ClosedOn = closedOn;
        _statusHistory.Add(new CaseStatusChange(FamilyCaseStatus.Closed, reason.Trim(), closedBy, now));
        return Result.Ok();
    }

    /// <summary>Reopens a closed case; the reason is kept in the status history.</summary>
    public Result Reopen(string reason, Guid reopenedBy, DateTimeOffset now)
    {
        if (!IsClosed)
        {
            return Result.Fail("Only a closed case can be reopened");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Enter the reason for reopening the case");
        }

        Status = FamilyCaseStatus.Reopened;
        ClosedOn = null;
        _statusHistory.Add(new CaseStatusChange(FamilyCaseStatus.Reopened, reason.Trim(), reopenedBy, now));
        return Result.Ok();
    }

    /// <summary>Attaches the family to a programme; the attachment date is the "A" of the outcome rules.</summary>
    public Result AttachToProgramme(Programme programme, DateOnly attachedOn)
    {
        if (_programmes.Any(p => p.Programme == programme))
        {
            return Result.Fail($"The family is already attached to {ProgrammeName(programme)}");
        }

        _programmes.Add(new ProgrammeAttachment(programme, attachedOn));
        return Result.Ok();
    }

    /// <summary>Corrects the date the family joined a programme it is attached to (for example from the council's programme list).</summary>
    public Result ChangeProgrammeAttachment(Programme programme, DateOnly attachedOn)
    {
        var attachment = _programmes.FirstOrDefault(p => p.Programme == programme);
        if (attachment is null)
        {
            return Result.Fail($"The family is not attached to {ProgrammeName(programme)}");
        }

        attachment.ChangeDate(attachedOn);
        return Result.Ok();
    }

    /// <summary>The date the family joined the programme, if it has.</summary>
    public DateOnly? AttachedOn(Programme programme) =>
        _programmes.FirstOrDefault(p => p.Programme == programme)?.AttachedOn;

    public static string ProgrammeName(Programme programme) => programme switch
    {
        Programme.FamilyFirst => "Family First",
        Programme.SupportingFamilies => "Supporting Families",
        _ => throw new ArgumentOutOfRangeException(nameof(programme), programme, null),
    };

    /// <summary>Adds a person to the family with their role in it.</summary>
    public Result AddMember(Guid personId, FamilyRole role, DateOnly since)
    {
        if (_members.Any(m => m.PersonId == personId && m.LeftOn is null))
        {
            return Result.Fail("This person is already in the family");
        }

        _members.Add(new FamilyMember(personId, role, since));
        return Result.Ok();
    }

    public Result ChangeMemberRole(Guid personId, FamilyRole role)
    {
        var member = _members.FirstOrDefault(m => m.PersonId == personId && m.LeftOn is null);
        if (member is null)
        {
            return Result.Fail("This person is not in the family");
        }

        member.ChangeRole(role);
        return Result.Ok();
    }

    /// <summary>
    /// Records that a person is no longer part of the family (they moved away, were added in error, …); the
    /// reason is mandatory and the membership stays in the family's history.
    /// </summary>
    public Result RemoveMember(Guid personId, DateOnly leftOn, string? reason, DateOnly today)
    {
        var member = _members.FirstOrDefault(m => m.PersonId == personId && m.LeftOn is null);
        if (member is null)
        {
            return Result.Fail("This person is not in the family");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Enter why the person is no longer part of the family");
        }

        if (reason.Trim().Length > FamilyMember.LeftReasonMaximumLength)
        {
            return Result.Fail("Reason must be 2,000 characters or less");
        }

        if (leftOn > today)
        {
            return Result.Fail("Date they left the family must be today or in the past");
        }

        if (leftOn < member.Since)
        {
            return Result.Fail($"Date they left the family must be the same as or after {member.Since:d MMMM yyyy}, when they joined it");
        }

        member.Leave(leftOn, reason.Trim());
        return Result.Ok();
    }

    /// <summary>
    /// After a duplicate merge: the duplicate's place in the family passes to the kept person, or is dropped
    /// when the kept person is already a member (the merge record keeps what happened).
    /// </summary>
    public void TransferMembership(Guid duplicatePersonId, Guid keptPersonId)
    {
        var keptIsMember = _members.Any(m => m.PersonId == keptPersonId && m.LeftOn is null);
        foreach (var member in _members.Where(m => m.PersonId == duplicatePersonId).ToList())
        {
            if (keptIsMember && member.LeftOn is null)
            {
                _members.Remove(member);
            }
            else
            {
                member.ChangePerson(keptPersonId);
            }
        }
    }

    /// <summary>Records that a member of the household must not be contacted, with the reason and any order and its end date.</summary>
    public Result RestrictContact(Guid personId, string? reason, string? order, DateOnly? orderEndsOn, DateOnly today)
    {
        if (_members.FirstOrDefault(m => m.PersonId == personId && m.LeftOn is null) is not { } member)
        {
            return Result.Fail("Select a current member of the family");
        }

        var recorded = ContactRestriction.Record(reason, order, orderEndsOn, today);
        if (!recorded.Succeeded)
        {
            return Result.Fail(recorded.Error!, recorded.Field);
        }

        member.Restrict(recorded.Value!);
        return Result.Ok();
    }

    /// <summary>Records that a household member may be contacted again.</summary>
    public Result AllowContact(Guid personId)
    {
        if (_members.FirstOrDefault(m => m.PersonId == personId) is not { } member)
        {
            return Result.Fail("Select a member of the family");
        }

        member.LiftRestriction();
        return Result.Ok();
    }

    /// <summary>A manager allows contact with a restricted household member, with a reason.</summary>
    public Result OverrideContactRestriction(Guid personId, bool byManager, Guid managerId, string? reason, DateTimeOffset now)
    {
        if (_members.FirstOrDefault(m => m.PersonId == personId) is not { } member)
        {
            return Result.Fail("Select a member of the family");
        }

        if (member.Restriction is not { } restriction)
        {
            return Result.Fail("This person may be contacted, so there is nothing to override");
        }

        var overridden = restriction.OverrideBy(byManager, managerId, reason, now);
        if (!overridden.Succeeded)
        {
            return Result.Fail(overridden.Error!);
        }

        member.SetOverride(overridden.Value!.Override);
        return Result.Ok();
    }

    /// <summary>The household member's contact restriction, if they have one.</summary>
    public ContactRestriction? RestrictionOf(Guid personId) => _members.FirstOrDefault(m => m.PersonId == personId)?.Restriction;

    public bool HasMember(Guid personId) => _members.Any(m => m.PersonId == personId && m.LeftOn is null);

    /// <summary>
    /// Restricts the family to the people named (for example when a family member works for the council).
    /// The lead practitioner is always named.
    /// </summary>
    public Result Restrict(IEnumerable<Guid> namedUserIds)
    {
        var named = namedUserIds.Distinct().ToList();
        if (LeadPractitionerId is { } lead && !named.Contains(lead))
        {
            named.Add(lead);
        }

        if (named.Count == 0)
        {
            return Result.Fail("Select at least one person who may see this family");
        }

        IsRestricted = true;
        _namedUserIds.Clear();
        _namedUserIds.AddRange(named);
        return Result.Ok();
    }

    public Result NameOnRestriction(Guid userId)
    {
        if (!IsRestricted)
        {
            return Result.Fail("The family is not restricted");
        }

        if (_namedUserIds.Contains(userId))
        {
            return Result.Fail("This person is already named on the family");
        }

        _namedUserIds.Add(userId);
        return Result.Ok();
    }

    public Result RemoveFromRestriction(Guid userId)
    {
        if (!_namedUserIds.Contains(userId))
        {
            return Result.Fail("This person is not named on the family");
        }

        if (userId == LeadPractitionerId)
        {
            return Result.Fail("You cannot remove the lead practitioner - allocate the case to someone else first");
        }

        _namedUserIds.Remove(userId);
        return Result.Ok();
    }

    public void LiftRestriction()
    {
        IsRestricted = false;
        _namedUserIds.Clear();
    }

    /// <summary>The facts the need-to-know rule decides on; coordinators come from the family's conferences.</summary>
    public FamilyAccessFacts AccessFacts(IEnumerable<Guid>? coordinatorIds = null) =>
        new(LeadPractitionerId, TeamId, (coordinatorIds ?? []).ToArray(), IsRestricted, _namedUserIds.ToArray());
}

/// <summary>One spell of a family being held by a lead practitioner in a team.</summary>
public sealed class CaseAllocation
{
    private CaseAllocation()
    {
    }

    internal CaseAllocation(Guid practitionerId, Guid teamId, Guid allocatedBy, DateTimeOffset allocatedAt)
    {
        Id = Guid.NewGuid();
        PractitionerId = practitionerId;
        TeamId = teamId;
        AllocatedBy = allocatedBy;
        AllocatedAt = allocatedAt;
    }

    public Guid Id { get; private set; }

    public Guid PractitionerId { get; private set; }

    public Guid TeamId { get; private set; }

    public Guid AllocatedBy { get; private set; }

    public DateTimeOffset AllocatedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    internal void End(DateTimeOffset at) => EndedAt = at;
}

/// <summary>An opening, closure or reopening of a case, with who did it and why.</summary>
public sealed class CaseStatusChange
{
    private CaseStatusChange()
    {
    }

    internal CaseStatusChange(FamilyCaseStatus status, string? reason, Guid changedBy, DateTimeOffset changedAt)
    {
        Id = Guid.NewGuid();
        Status = status;
        Reason = reason;
        ChangedBy = changedBy;
        ChangedAt = changedAt;
    }

    public Guid Id { get; private set; }

    public FamilyCaseStatus Status { get; private set; }

    public string? Reason { get; private set; }

    public Guid ChangedBy { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }
}

/// <summary>The family's attachment to a programme, from its attachment date.</summary>
public sealed class ProgrammeAttachment
{
    private ProgrammeAttachment()
    {
    }

    internal ProgrammeAttachment(Programme programme, DateOnly attachedOn)
    {
        Id = Guid.NewGuid();
        Programme = programme;
        AttachedOn = attachedOn;
    }

    public Guid Id { get; private set; }

    public Programme Programme { get; private set; }

    public DateOnly AttachedOn { get; private set; }

    internal void ChangeDate(DateOnly attachedOn) => AttachedOn = attachedOn;
}

/// <summary>A person's place in a family: their role, and when they joined or left it.</summary>
public sealed class FamilyMember
{
    public const int LeftReasonMaximumLength = 2000;

    private FamilyMember()
    {
    }

    internal FamilyMember(Guid personId, FamilyRole role, DateOnly since)
    {
        Id = Guid.NewGuid();
        PersonId = personId;
        Role = role;
        Since = since;
    }

    public Guid Id { get; private set; }

    public Guid PersonId { get; private set; }

    public FamilyRole Role { get; private set; }

    public DateOnly Since { get; private set; }

    public DateOnly? LeftOn { get; private set; }

    /// <summary>Why the person is no longer part of the family.</summary>
    public string? LeftReason { get; private set; }

    /// <summary>Why the person must not be contacted, when they must not (see <see cref="ContactRestriction"/>).</summary>
    public string? ContactRestrictionReason { get; private set; }

    public string? ContactOrder { get; private set; }

    public DateOnly? ContactOrderEndsOn { get; private set; }

    public string? ContactOverrideReason { get; private set; }

    public Guid? ContactOverrideById { get; private set; }

    public DateTimeOffset? ContactOverrideAt { get; private set; }

    /// <summary>The person's contact restriction in this family, or null when they may be contacted.</summary>
    public ContactRestriction? Restriction => ContactRestrictionReason is null
        ? null
        : ContactRestriction.Restore(
            ContactRestrictionReason,
            ContactOrder,
            ContactOrderEndsOn,
            ContactOverrideReason is null ? null : new ContactOverride(ContactOverrideReason, ContactOverrideById!.Value, ContactOverrideAt!.Value));

    internal void Restrict(ContactRestriction restriction)
    {
        var unchanged = ContactRestrictionReason == restriction.Reason && ContactOrder == restriction.Order && ContactOrderEndsOn == restriction.OrderEndsOn;
        if (!unchanged)
        {
            SetOverride(null);
        }

        ContactRestrictionReason = restriction.Reason;
        ContactOrder = restriction.Order;
        ContactOrderEndsOn = restriction.OrderEndsOn;
    }

    internal void LiftRestriction()
    {
        ContactRestrictionReason = null;
        ContactOrder = null;
        ContactOrderEndsOn = null;
        SetOverride(null);
    }

    internal void SetOverride(ContactOverride? decision)
    {
        ContactOverrideReason = decision?.Reason;
        ContactOverrideById = decision?.ManagerId;
        ContactOverrideAt = decision?.At;
    }

    internal void ChangeRole(FamilyRole role) => Role = role;

    internal void ChangePerson(Guid personId) => PersonId = personId;

    internal void Leave(DateOnly on, string reason)
    {
        LeftOn = on;
        LeftReason = reason;
    }
}

/// <summary>A person's role in the family.</summary>
public enum FamilyRole
{
    Parent,
    Carer,
    ChildOrYoungPerson,
    ExtendedFamily,
    Friend,
}
