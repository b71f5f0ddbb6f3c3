using FamilyFirst.Domain.Plans;

namespace FamilyFirst.Domain.FamilyView;

/// <summary>
/// Who an access to the family view belongs to, and so who writes on the plan there: a person on the case (a
/// household member) or a record in the family's wider network (often with no person record, like a grandmother who
/// leads the plan). Exactly one is set, as for <see cref="PlanLead"/>.
/// </summary>
public sealed record FamilyViewPerson
{
    private FamilyViewPerson(Guid? personId, Guid? networkMemberId)
    {
        PersonId = personId;
        NetworkMemberId = networkMemberId;
    }

    /// <summary>The household member's person record; null for a network member.</summary>
    public Guid? PersonId { get; }

    /// <summary>The network member's record; null for a household member.</summary>
    public Guid? NetworkMemberId { get; }

    public bool IsNetworkMember => NetworkMemberId is not null;

    /// <summary>
    /// The one id a plan keeps for them where it holds a single id (a progress note's author, who agreed the plan): the
    /// network record's for a network member, the person's for a household member.
    /// </summary>
    public Guid Id => NetworkMemberId ?? PersonId!.Value;

    public static FamilyViewPerson HouseholdMember(Guid personId) => new(personId, null);

    public static FamilyViewPerson NetworkMember(Guid networkMemberId) => new(null, networkMemberId);

    /// <summary>Rebuilds a stored one: the network record when there is one, otherwise the person.</summary>
    public static FamilyViewPerson Of(Guid? personId, Guid? networkMemberId) =>
        networkMemberId is { } member ? NetworkMember(member)
        : personId is { } person ? HouseholdMember(person)
        : throw new ArgumentException("A person or a network record is needed.", nameof(personId));

    /// <summary>
    /// Whether the action is theirs to do: a network member owns the actions chosen for their network record, a
    /// household member those chosen for their person record.
    /// </summary>
    public bool Owns(ActionOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        return NetworkMemberId is { } member
            ? owner.NetworkMemberId == member
            : owner.PersonId is { } person && person == PersonId;
    }
}

/// <summary>
/// Someone a practitioner may invite to the family view, with whether they may be: a current household member who has
/// given consent to work with the service, or someone from the wider network who leads the family plan or owns an
/// action in it (its agreed version or its draft). Whether they may be contacted is asked on inviting.
/// </summary>
public sealed record FamilyViewInvitee(FamilyViewPerson Who, string Name, bool MayBeInvited)
{
    public static FamilyViewInvitee HouseholdMember(Guid personId, string name, bool isCurrentMemberWithConsent) =>
        new(FamilyViewPerson.HouseholdMember(personId), name, isCurrentMemberWithConsent);

    /// <summary>A wider network member, who may be invited while they lead the family plan or own an action in it.</summary>
    public static FamilyViewInvitee NetworkMember(Guid networkMemberId, string name, FamilyPlan? plan) =>
        new(FamilyViewPerson.NetworkMember(networkMemberId), name, plan?.NamesNetworkMember(networkMemberId) == true);

    /// <summary>Why they cannot be invited, when they cannot.</summary>
    public string NotInvitableMessage => Who.IsNetworkMember
        ? $"{Name} can only be invited while they lead the family plan or own an action in it"
        : "Only a family member who has given consent to work with the service can be invited";
}
