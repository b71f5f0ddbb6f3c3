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
            return Result.Fail("Enter an email address in the correct format, like name@example.com");
        }

        var tidyPhone = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (tidyPhone is not null && (tidyPhone.Count(char.IsAsciiDigit) < 10 || tidyPhone.Any(c => !(char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))))
        {
            return Result.Fail("Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
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
    }

    /// <summary>Records that the member must not be contacted; the reason is mandatory.</summary>
    public Result RefuseContact(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Fail("Enter why this person must not be contacted");
        }

        MayBeContacted = false;
        NotToBeContactedReason = reason.Trim();
        return Result.Ok();
    }

    /// <summary>Links the member to a person record, or re-points it after a duplicate merge.</summary>
    public void LinkToPerson(Guid personId) => PersonId = personId;

    private static bool LooksLikeEmail(string text)
    {
        var at = text.IndexOf('@');
        return at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.') && !text.Contains(' ');
    }
}
