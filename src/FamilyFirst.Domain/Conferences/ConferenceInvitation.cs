using FamilyFirst.Domain.Meetings;

namespace FamilyFirst.Domain.Conferences;

/// <summary>Where someone on the conference's invitation list has got to.</summary>
public enum InvitationStatus
{
    ToInvite,
    Invited,
    Accepted,
    Declined,

    /// <summary>Agreed with the family not to invite them, with a reason such as a risk to the child.</summary>
    NotInvited,
}

/// <summary>What someone needs to take part: an interpreter and language, access, childcare, transport.</summary>
public sealed record ParticipationNeeds(string? InterpreterLanguage, string? Access, bool Childcare, bool Transport)
{
    public static ParticipationNeeds None { get; } = new(null, null, false, false);

    public bool NeedsInterpreter => InterpreterLanguage is not null;

    public bool HasAny => NeedsInterpreter || Access is not null || Childcare || Transport;
}

/// <summary>Someone from the family's network, or a professional, on the conference's invitation list.</summary>
public sealed class ConferenceInvitation
{
    private ConferenceInvitation()
    {
        Name = string.Empty;
        Needs = ParticipationNeeds.None;
    }

    internal ConferenceInvitation(string name, ParticipantKind kind, string? relationship, Guid? personId, Guid? networkMemberId)
    {
        NetworkMemberId = networkMemberId;
        Id = Guid.NewGuid();
        Name = name;
        Kind = kind;
        Relationship = relationship;
        PersonId = personId;
        Status = InvitationStatus.ToInvite;

        // A fresh value per invitation, not the shared None: the database maps needs as part of each invitation.
        Needs = ParticipationNeeds.None with { };
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public ParticipantKind Kind { get; private set; }

    /// <summary>Their relationship to the child, or their job for a professional.</summary>
    public string? Relationship { get; private set; }

    public Guid? PersonId { get; private set; }

    /// <summary>The wider network member they are, when chosen from the family's network.</summary>
    public Guid? NetworkMemberId { get; private set; }

    public InvitationStatus Status { get; private set; }

    /// <summary>Why they are not invited. Always given when the status is not invited.</summary>
    public string? NotInvitedReason { get; private set; }

    /// <summary>What they said when declining, if they gave a reason.</summary>
    public string? DeclinedReason { get; private set; }

    public ParticipationNeeds Needs { get; private set; }

    /// <summary>Family and friends: everyone who may stay for private family time.</summary>
    public bool IsFamilyNetwork => Kind is ParticipantKind.Family or ParticipantKind.Network;

    internal void MoveTo(InvitationStatus status, string? notInvitedReason, string? declinedReason)
    {
        Status = status;
        NotInvitedReason = notInvitedReason;
        DeclinedReason = declinedReason;
    }

    internal void RecordNeeds(ParticipationNeeds needs) => Needs = needs;
}
