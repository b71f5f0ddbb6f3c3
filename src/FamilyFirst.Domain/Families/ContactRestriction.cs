using System.Globalization;

namespace FamilyFirst.Domain.Families;

/// <summary>Every way the service can reach a person, or put them in a position where they will be reached.</summary>
public enum ContactWay
{
    ConferenceInvitation,
    MeetingInvitation,
    Letter,
    Message,
    OnlineAccess,
    ActionOwner,
    PlanLead,
}

/// <summary>A manager's recorded decision that a restricted person may be contacted after all, and why.</summary>
public sealed record ContactOverride(string Reason, Guid ManagerId, DateTimeOffset At);

/// <summary>
/// Why a person (in the household or the wider network) must not be contacted: the reason, and where there is one the
/// court order and the day it ends. While it is in force it stops every way of reaching them (<see cref="ContactWay"/>)
/// unless a manager has recorded an override with a reason.
/// </summary>
public sealed record ContactRestriction
{
    public const int MaximumReasonLength = 2000;
    public const int MaximumOrderLength = 200;

    private ContactRestriction(string reason, string? order, DateOnly? orderEndsOn, ContactOverride? contactOverride)
    {
        Reason = reason;
        Order = order;
        OrderEndsOn = orderEndsOn;
        Override = contactOverride;
    }

    /// <summary>Why they must not be contacted, for example a risk to a child.</summary>
    public string Reason { get; }

    /// <summary>The court order behind it, if there is one, for example "Non-molestation order".</summary>
    public string? Order { get; }

    /// <summary>The last day the order is in force; after it the restriction no longer stops contact.</summary>
    public DateOnly? OrderEndsOn { get; }

    public ContactOverride? Override { get; private init; }

    /// <summary>Records a restriction. The reason is required; an end date belongs to an order.</summary>
    public static Result<ContactRestriction> Record(string? reason, string? order, DateOnly? orderEndsOn, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<ContactRestriction>.Fail("Enter why this person must not be contacted", nameof(Reason));
        }

        if (reason.Trim().Length > MaximumReasonLength)
        {
            return Result<ContactRestriction>.Fail("Why they must not be contacted must be 2,000 characters or less", nameof(Reason));
        }

        var tidyOrder = string.IsNullOrWhiteSpace(order) ? null : order.Trim();
        if (tidyOrder?.Length > MaximumOrderLength)
        {
            return Result<ContactRestriction>.Fail("The order must be 200 characters or less", nameof(Order));
        }

        if (orderEndsOn is not null && tidyOrder is null)
        {
            return Result<ContactRestriction>.Fail("Enter the order that ends on this date, or leave the end date blank", nameof(Order));
        }

        if (orderEndsOn < today)
        {
            return Result<ContactRestriction>.Fail("The date the order ends must be today or in the future", nameof(OrderEndsOn));
        }

        return Result<ContactRestriction>.Ok(new ContactRestriction(reason.Trim(), tidyOrder, orderEndsOn, null));
    }

    /// <summary>Rebuilds a stored restriction (no checks: it was checked when it was recorded).</summary>
    public static ContactRestriction Restore(string reason, string? order, DateOnly? orderEndsOn, ContactOverride? contactOverride) =>
        new(reason, order, orderEndsOn, contactOverride);

    /// <summary>True while the restriction stands: it has no order end date, or the order has not yet ended.</summary>
    public bool IsInForceOn(DateOnly today) => OrderEndsOn is not { } ends || ends >= today;

    /// <summary>True when it stops contact today: in force and not overridden by a manager.</summary>
    public bool StopsContactOn(DateOnly today) => IsInForceOn(today) && Override is null;

    /// <summary>A manager, and only a manager, may allow contact despite the restriction; the reason is required.</summary>
    public Result<ContactRestriction> OverrideBy(bool byManager, Guid managerId, string? reason, DateTimeOffset now)
    {
        if (!byManager)
        {
            return Result<ContactRestriction>.Fail("Only a manager can allow contact with someone who must not be contacted");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result<ContactRestriction>.Fail("Enter why contact is allowed despite the restriction");
        }

        if (reason.Trim().Length > MaximumReasonLength)
        {
            return Result<ContactRestriction>.Fail("Why contact is allowed must be 2,000 characters or less");
        }

        if (Override is not null)
        {
            return Result<ContactRestriction>.Fail("A manager has already allowed contact with this person");
        }

        return Result<ContactRestriction>.Ok(this with { Override = new ContactOverride(reason.Trim(), managerId, now) });
    }

    /// <summary>The restriction as one line, for a warning tag's text and refusal messages.</summary>
    public string Describe()
    {
        if (Order is null)
        {
            return Reason;
        }

        var order = OrderEndsOn is { } ends ? $"{Order} until {ends.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}" : Order;
        return $"{order}: {Reason}";
    }
}

/// <summary>
/// The one rule for reaching a person: someone whose contact is restricted is refused everywhere a contact can happen,
/// with a plain-English message, unless a manager has overridden the restriction.
/// </summary>
public static class ContactRules
{
    /// <summary>Whether the service may reach the person this way today.</summary>
    public static Result MayReach(string name, ContactRestriction? restriction, ContactWay way, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (restriction is null || !restriction.StopsContactOn(today))
        {
            return Result.Ok();
        }

        return Result.Fail(
            $"{name.Trim()} must not be contacted ({restriction.Describe()}), so they cannot {What(way)}. " +
            "A manager can allow contact by recording why");
    }

    /// <summary>What the refused contact would have done, to finish "so they cannot …".</summary>
    public static string What(ContactWay way) => way switch
    {
        ContactWay.ConferenceInvitation => "be invited to the conference",
        ContactWay.MeetingInvitation => "be invited to the meeting",
        ContactWay.Letter => "be sent a letter",
        ContactWay.Message => "be sent a message",
        ContactWay.OnlineAccess => "be given online access to the family's plan",
        ContactWay.ActionOwner => "be named as the owner of a plan action",
        ContactWay.PlanLead => "be named as the plan lead",
        _ => throw new ArgumentOutOfRangeException(nameof(way), way, null),
    };
}

/// <summary>Someone the service might reach, as the family's record knows them: a household member or a network member.</summary>
public sealed record ContactablePerson(string Name, Guid? PersonId, Guid? NetworkMemberId, ContactRestriction? Restriction);

/// <summary>
/// Everyone on a family's record with their contact restrictions, so a step that reaches someone (by their person or
/// network record, or by a name typed in that is theirs) can ask <see cref="ContactRules"/> about the right person.
/// </summary>
public sealed class FamilyContacts
{
    public FamilyContacts(IEnumerable<ContactablePerson> people)
    {
        People = people.ToList();
    }

    /// <summary>For steps about people the family's record does not hold (professionals).</summary>
    public static FamilyContacts None { get; } = new([]);

    public IReadOnlyList<ContactablePerson> People { get; }

    /// <summary>
    /// The restriction that applies to the person, found by their person or network record or, failing those, by
    /// their name as typed (a name that is a restricted person's is treated as that person). The one that stops contact
    /// wins when several records match.
    /// </summary>
    public ContactRestriction? RestrictionFor(Guid? personId, Guid? networkMemberId, string? name, DateOnly today)
    {
        var key = NameKey(name);
        var matches = People.Where(p =>
            (personId is not null && p.PersonId == personId) ||
            (networkMemberId is not null && p.NetworkMemberId == networkMemberId) ||
            (key.Length > 0 && NameKey(p.Name) == key))
            .Select(p => p.Restriction)
            .OfType<ContactRestriction>()
            .ToList();
        return matches.FirstOrDefault(r => r.StopsContactOn(today)) ?? matches.FirstOrDefault();
    }

    /// <summary>Whether the service may reach the person this way today.</summary>
    public Result MayReach(Guid? personId, Guid? networkMemberId, string name, ContactWay way, DateOnly today) =>
        ContactRules.MayReach(name, RestrictionFor(personId, networkMemberId, name, today), way, today);

    private static string NameKey(string? name) =>
        string.Join(' ', (name ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToUpperInvariant();
}
