using FamilyFirst.Domain.Common;

namespace FamilyFirst.Domain.Families;

/// <summary>Where a request to allow contact despite a restriction stands.</summary>
public enum ContactOverrideRequestStatus
{
    /// <summary>Waiting for a manager of the family's team.</summary>
    Waiting,

    /// <summary>A manager allowed contact (the restriction now carries the manager's override).</summary>
    Allowed,

    /// <summary>A manager refused it with comments; the restriction still stops contact.</summary>
    Refused,
}

/// <summary>
/// A practitioner's or coordinator's request that a manager allow contact with a person who must not be contacted (a
/// household member or a network member), with their reason. A manager of the family's team allows it (recording the
/// override with the manager's own reason) or refuses it with comments. Nobody decides their own request.
/// </summary>
public sealed class ContactOverrideRequest
{
    public const int TextMaxLength = ContactRestriction.MaximumReasonLength;

    /// <summary>The longest a restriction's description can be: the order, its end date and the reason.</summary>
    public const int RestrictionMaxLength = ContactRestriction.MaximumOrderLength + ContactRestriction.MaximumReasonLength + 100;

    private ContactOverrideRequest()
    {
        PersonName = string.Empty;
        Restriction = string.Empty;
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FamilyId { get; private set; }

    /// <summary>The household member the request is about, when it is about one.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The network member the request is about, when it is about one.</summary>
    public Guid? NetworkMemberId { get; private set; }

    /// <summary>The person's name when the request was made, for the inbox and the requester's list.</summary>
    public string PersonName { get; private set; }

    /// <summary>The restriction as it stood when the request was made (<see cref="ContactRestriction.Describe"/>), for the manager deciding it.</summary>
    public string Restriction { get; private set; }

    public string Reason { get; private set; }

    public Guid RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    public ContactOverrideRequestStatus Status { get; private set; }

    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The manager's reason for allowing contact, or their comments when refusing.</summary>
    public string? Comments { get; private set; }

    public bool IsWaiting => Status == ContactOverrideRequestStatus.Waiting;

    /// <summary>
    /// Asks a manager to allow contact with a household member (<paramref name="personId"/>) or a network member
    /// (<paramref name="networkMemberId"/>). Refused when the restriction does not stop contact today, when a request is
    /// already waiting for them, or without a reason.
    /// </summary>
    public static Result<ContactOverrideRequest> Ask(
        Guid familyId, Guid? personId, Guid? networkMemberId, string name, ContactRestriction? restriction,
        bool anotherIsWaiting, string? reason, Guid requestedBy, DateTimeOffset now, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if ((personId is null) == (networkMemberId is null))
        {
            throw new ArgumentException("A request is about one household member or one network member");
        }

        if (restriction is null || !restriction.StopsContactOn(today))
        {
            return Result<ContactOverrideRequest>.Fail($"{name.Trim()} may be contacted, so there is nothing to ask a manager for");
        }

        if (anotherIsWaiting)
        {
            return Result<ContactOverrideRequest>.Fail($"A request to allow contact with {name.Trim()} is already waiting for a manager");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<ContactOverrideRequest>.Fail("Enter why you need to contact them", nameof(Reason));
        }

        if (reason.Trim().Length > TextMaxLength)
        {
            return Result<ContactOverrideRequest>.Fail("Why you need to contact them must be 2,000 characters or less", nameof(Reason));
        }

        return Result<ContactOverrideRequest>.Ok(new ContactOverrideRequest
        {
            Id = Guid.NewGuid(),
            FamilyId = familyId,
            PersonId = personId,
            NetworkMemberId = networkMemberId,
            PersonName = name.Trim(),
            Restriction = restriction.Describe(),
            Reason = reason.Trim(),
            RequestedBy = requestedBy,
            RequestedAt = now,
            Status = ContactOverrideRequestStatus.Waiting,
        });
    }

    /// <summary>
    /// Allows contact: records the manager's override on the restriction (through <paramref name="recordOverride"/>,
    /// which is the household member's or network member's own override step) with the manager's reason. Never by the
    /// person who asked.
    /// </summary>
    public Result Allow(Guid managerId, string? reason, DateTimeOffset now, Func<string, Result> recordOverride)
    {
        ArgumentNullException.ThrowIfNull(recordOverride);
        if (Decidable(managerId) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Enter why contact is allowed despite the restriction", nameof(Comments));
        }

        var overridden = recordOverride(reason.Trim());
        if (!overridden.Succeeded)
        {
            return Result.Fail(overridden.Error!, nameof(Comments));
        }

        Decide(ContactOverrideRequestStatus.Allowed, managerId, reason, now);
        return Result.Ok();
    }

    /// <summary>Refuses the request with comments for the person who asked. Never by the person who asked.</summary>
    public Result Refuse(Guid managerId, string? comments, DateTimeOffset now)
    {
        if (Decidable(managerId) is { } refused)
        {
            return refused;
        }

        if (string.IsNullOrWhiteSpace(comments))
        {
            return Result.Fail("Enter your comments for the person who asked", nameof(Comments));
        }

        if (comments.Trim().Length > TextMaxLength)
        {
            return Result.Fail("Comments must be 2,000 characters or less", nameof(Comments));
        }

        Decide(ContactOverrideRequestStatus.Refused, managerId, comments, now);
        return Result.Ok();
    }

    private void Decide(ContactOverrideRequestStatus status, Guid managerId, string text, DateTimeOffset now)
    {
        Status = status;
        DecidedBy = managerId;
        DecidedAt = now;
        Comments = text.Trim();
    }

    private Result? Decidable(Guid managerId)
    {
        if (!IsWaiting)
        {
            return Result.Fail("This request has already been decided");
        }

        return managerId == RequestedBy
            ? Result.Fail("You asked for this, so a different manager must decide the request")
            : null;
    }
}
