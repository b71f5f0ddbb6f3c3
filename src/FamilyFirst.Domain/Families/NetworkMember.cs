namespace FamilyFirst.Domain.Families;

/// <summary>
/// Someone in the wider family network beyond the household (a relative or friend) who might be invited to a
/// Family Group Conference, with whether they may be contacted.
/// </summary>
public sealed class NetworkMember
{
    private NetworkMember()
    {
        Name = string.Empty;
        RelationshipToFamily = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FamilyCaseId { get; private set; }

    /// <summary>Set when the network member is also recorded as a person (for example a grandparent carer).</summary>
    public Guid? PersonId { get; private set; }

    public string Name { get; private set; }

    /// <summary>In the family's words, for example "maternal grandmother" or "Dad's best friend".</summary>
    public string RelationshipToFamily { get; private set; }

    public bool IsFriend { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    public Address? Address { get; private set; }

    public bool MayBeContacted { get; private set; }

    /// <summary>Why the member may not be contacted (for example a risk to a child); required when they may not.</summary>
    public string? NotToBeContactedReason { get; private set; }

    /// <summary>The court order behind the restriction, if any (for example "Non-molestation order").</summary>
    public string? ContactOrder { get; private set; }

    /// <summary>The last day the order is in force.</summary>
    public DateOnly? ContactOrderEndsOn { get; private set; }

    public string? ContactOverrideReason { get; private set; }

    public Guid? ContactOverrideById { get; private set; }

    public DateTimeOffset? ContactOverrideAt { get; private set; }

    /// <summary>The member's contact restriction, or null when they may be contacted.</summary>
    public ContactRestriction? Restriction => MayBeContacted
        ? null
        : ContactRestriction.Restore(
            NotToBeContactedReason!,
            ContactOrder,
            ContactOrderEndsOn,
            ContactOverrideReason is null ? null : new ContactOverride(ContactOverrideReason, ContactOverrideById!.Value, ContactOverrideAt!.Value));

    /// <summary>Whether the service may reach the member this way today (see <see cref="ContactRules"/>).</summary>
    public Result MayReach(ContactWay way, DateOnly today) => ContactRules.MayReach(Name, Restriction, way, today);

    public static Result<NetworkMember> Add(Guid familyCaseId, string? name, string? relationshipToFamily, bool isFriend, Guid? personId = null)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Result<NetworkMember>.Fail("Enter the person's name");
        }

        if (string.IsNullOrWhiteSpace(relationshipToFamily))
        {
            return Result<NetworkMember>.Fail("Enter how they are related to or know the family");
        }

        return Result<NetworkMember>.Ok(new NetworkMember
        {
            Id = Guid.NewGuid(),
            FamilyCaseId = familyCaseId,
            PersonId = personId,
            Name = name.Trim(),
            RelationshipToFamily = relationshipToFamily.Trim(),
            IsFriend = isFriend,
            MayBeContacted = true,
        });
    }

    public Result ChangeContactDetails(string? phone, string? email, Address? address)
    {
        var tidyEmail = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        if (tidyEmail is not null && !LooksLikeEmail(tidyEmail))
        {
            return Result.Fail("Enter an email address in the correct format, like name@example.com", nameof(Email));
        }

        var tidyPhone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (tidyPhone is not null && (tidyPhone.Count(char.IsAsciiDigit) < 10 || tidyPhone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))))
        {
            return Result.Fail("Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192", nameof(Phone));
        }

        Phone = tidyPhone;
        Email = tidyEmail;
        Address = address;
        return Result.Ok();
    }

    public void AllowContact()
    {
        MayBeContacted = true;
        NotToBeContactedReason = null;
        ContactOrder = null;
        ContactOrderEndsOn = null;
        ClearOverride();
    }

    /// <summary>Records that the member must not be contacted; the reason is mandatory.</summary>
    public Result RefuseContact(string? reason) => RestrictContact(reason, null, null, DateOnly.MinValue);

    /// <summary>
    /// Records that the member must not be contacted, with the reason and any court order and its end date. A
    /// manager's override is kept only while the restriction is unchanged: a new or changed restriction needs a new one.
    /// </summary>
    public Result RestrictContact(string? reason, string? order, DateOnly? orderEndsOn, DateOnly today)
    {
        var recorded = ContactRestriction.Record(reason, order, orderEndsOn, today);
        if (!recorded.Succeeded)
        {
            return Result.Fail(recorded.Error!, recorded.Field);
        }

        var restriction = recorded.Value!;
        var unchanged = !MayBeContacted && NotToBeContactedReason == restriction.Reason && ContactOrder == restriction.Order && ContactOrderEndsOn == restriction.OrderEndsOn;
        if (!unchanged)
        {
            ClearOverride();
        }

        MayBeContacted = false;
        NotToBeContactedReason = restriction.Reason;
        ContactOrder = restriction.Order;
        ContactOrderEndsOn = restriction.OrderEndsOn;
        return Result.Ok();
    }

    /// <summary>A manager allows contact despite the restriction, with a reason (see <see cref="ContactRestriction.OverrideBy"/>).</summary>
    public Result OverrideContactRestriction(bool byManager, Guid managerId, string? reason, DateTimeOffset now)
    {
        if (Restriction is not { } restriction)
        {
            return Result.Fail($"{Name} may be contacted, so there is nothing to override");
        }

        var overridden = restriction.OverrideBy(byManager, managerId, reason, now);
        if (!overridden.Succeeded)
        {
            return Result.Fail(overridden.Error!);
        }

        var decision = overridden.Value!.Override!;
        ContactOverrideReason = decision.Reason;
        ContactOverrideById = decision.ManagerId;
        ContactOverrideAt = decision.At;
        return Result.Ok();
    }

    private void ClearOverride()
    {
        ContactOverrideReason = null;
        ContactOverrideById = null;
        ContactOverrideAt = null;
    }

    /// <summary>Links the member to a person record, or re-points it after a duplicate merge.</summary>
    public void LinkToPerson(Guid personId) => PersonId = personId;

    private static bool LooksLikeEmail(string text)
    {
        var at = text.IndexOf('@');
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') && !text.Contains(' ');
    }
}
