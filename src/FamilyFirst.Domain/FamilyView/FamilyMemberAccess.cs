using System.Security.Cryptography;
using System.Text;
using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.FamilyView;

/// <summary>How a family member is reached: their invitation link and sign-in codes go to the same contact.</summary>
public enum ContactChannel
{
    Email,
    TextMessage,
}

/// <summary>Why an invitation link cannot be used (any more).</summary>
public enum LinkProblem
{
    None,
    Expired,
    AlreadyUsed,
    Revoked,
    TooManyCodes,
}

/// <summary>What happened when a family member typed in their sign-in code.</summary>
public enum CodeOutcome
{
    SignedIn,
    WrongCode,
    CodeExpired,
    NoCodeSent,
    TooManyAttempts,
    LinkNotUsable,
}

/// <summary>Where a family member's access stands, as the practitioner sees it.</summary>
public enum FamilyMemberAccessStatus
{
    Invited,
    SignedIn,
    LinkUsed,
    Expired,
    Locked,
    Revoked,
}

/// <summary>
/// A family member's access to their family's own view of its plan: the practitioner's invitation (a single-use link
/// that expires after 7 days), the 6-digit code sent to the same contact to open it, and the short session that
/// follows (it ends after 30 minutes without activity). No password. Only hashes of the link and the code are kept.
/// The practitioner can revoke it at any time, which ends any session at once.
/// </summary>
public sealed class FamilyMemberAccess
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);
    public static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>Wrong codes allowed for one code before it stops working.</summary>
    public const int MaximumCodeAttempts = 5;

    /// <summary>Codes that can be sent for one invitation; after that the practitioner must invite again.</summary>
    public const int MaximumCodesSent = 3;

    public const int ContactMaxLength = 256;

    private FamilyMemberAccess()
    {
        Contact = string.Empty;
        TokenHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FamilyCaseId { get; private set; }

    /// <summary>The household member (a person on the case) who was invited; null when a network member was.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The wider network member (by their network record) who was invited; null when a household member was.</summary>
    public Guid? NetworkMemberId { get; private set; }

    /// <summary>Who was invited: a person on the case or a network record.</summary>
    public FamilyViewPerson Holder => FamilyViewPerson.Of(PersonId, NetworkMemberId);

    public ContactChannel Channel { get; private set; }

    /// <summary>The email address or mobile number the link and codes go to.</summary>
    public string Contact { get; private set; }

    /// <summary>SHA-256 of the link's secret; the secret itself is only ever in the message sent.</summary>
    public string TokenHash { get; private set; }

    public Guid InvitedById { get; private set; }

    public DateTimeOffset InvitedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public string? CodeHash { get; private set; }

    public DateTimeOffset? CodeSentAt { get; private set; }

    public int CodesSent { get; private set; }

    public int CodeAttempts { get; private set; }

    /// <summary>When the link was used to sign in; a used link never works again.</summary>
    public DateTimeOffset? LinkUsedAt { get; private set; }

    /// <summary>Identifies the one session the link opened (held in the family member's cookie); null once it has ended.</summary>
    public string? SessionId { get; private set; }

    public DateTimeOffset? LastActiveAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public Guid? RevokedById { get; private set; }

    /// <summary>
    /// Invites someone to see the family's plan online, by an email address or a mobile number they gave: a current
    /// household member who has given consent to work with the service, or a network member who leads the plan or owns
    /// an action in it. Someone who must not be contacted (<see cref="ContactWay.OnlineAccess"/>) is refused, unless a
    /// manager has allowed contact.
    /// </summary>
    public static Result<FamilyMemberAccess> Invite(
        Guid familyCaseId,
        FamilyViewInvitee invitee,
        FamilyContacts contacts,
        ContactChannel channel,
        string? contact,
        string tokenHash,
        Guid invitedById,
        DateTimeOffset now,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(invitee);
        ArgumentNullException.ThrowIfNull(contacts);
        ArgumentException.ThrowIfNullOrWhiteSpace(tokenHash);
        if (!invitee.MayBeInvited)
        {
            return Result<FamilyMemberAccess>.Fail(invitee.NotInvitableMessage, nameof(invitee));
        }

        var mayReach = contacts.MayReach(invitee.Who.PersonId, invitee.Who.NetworkMemberId, invitee.Name, ContactWay.OnlineAccess, today);
        if (!mayReach.Succeeded)
        {
            return Result<FamilyMemberAccess>.Fail(mayReach.Error!, nameof(invitee));
        }

        var tidy = Tidy(channel, contact);
        if (!tidy.Succeeded)
        {
            return Result<FamilyMemberAccess>.Fail(tidy.Error!, nameof(contact));
        }

        return Result<FamilyMemberAccess>.Ok(new FamilyMemberAccess
        {
            Id = Guid.NewGuid(),
            FamilyCaseId = familyCaseId,
            PersonId = invitee.Who.PersonId,
            NetworkMemberId = invitee.Who.NetworkMemberId,
            Channel = channel,
            Contact = tidy.Value!,
            TokenHash = tokenHash,
            InvitedById = invitedById,
            InvitedAt = now,
            ExpiresAt = now + InvitationLifetime,
        });
    }

    /// <summary>
    /// Invites a household member without asking the contact rule. Internal so no page can bypass it: pages use the
    /// overload that takes the family's contacts; tests may use this.
    /// </summary>
    internal static Result<FamilyMemberAccess> Invite(
        Guid familyCaseId,
        Guid personId,
        bool isCurrentMemberWithConsent,
        ContactChannel channel,
        string? contact,
        string tokenHash,
        Guid invitedById,
        DateTimeOffset now) =>
        Invite(familyCaseId, FamilyViewInvitee.HouseholdMember(personId, "Family member", isCurrentMemberWithConsent), FamilyContacts.None, channel, contact, tokenHash, invitedById, now, DateOnly.MinValue);

    /// <summary>An email address like name@example.com, or a UK mobile number (07..., or +447...), tidied; otherwise the error to show.</summary>
    public static Result<string> Tidy(ContactChannel channel, string? contact)
    {
        var text = contact?.Trim() ?? string.Empty;
        if (channel == ContactChannel.Email)
        {
            if (text.Length == 0)
            {
                return Result<string>.Fail("Enter an email address");
            }

            var at = text.IndexOf('@', StringComparison.Ordinal);
            var valid = text.Length <= ContactMaxLength && at > 0 && at == text.LastIndexOf('@') && text.IndexOf('.', at) > at + 1
                && !text.EndsWith('.') && !text.Any(char.IsWhiteSpace);
            return valid ? Result<string>.Ok(text) : Result<string>.Fail("Enter an email address in the correct format, like name@example.com");
        }

        if (text.Length == 0)
        {
            return Result<string>.Fail("Enter a mobile phone number");
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var allowed = text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-');
        if (digits.StartsWith("447", StringComparison.Ordinal) && text.StartsWith('+'))
        {
            digits = "0" + digits[2..];
        }

        return allowed && digits.Length == 11 && digits.StartsWith("07", StringComparison.Ordinal)
            ? Result<string>.Ok(digits)
            : Result<string>.Fail("Enter a UK mobile phone number, like 07700 900 982");
    }

    /// <summary>SHA-256, as lowercase hex, of a secret (a link token, or a code salted with the access id).</summary>
    public static string Hash(string secret) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>The hash kept for a sign-in code: salted with this access, so the same code elsewhere hashes differently.</summary>
    public string HashCode(string code) => Hash($"{Id:N}:{code}");

    /// <summary>Whether the link can still be used to sign in, and if not, why.</summary>
    public LinkProblem CheckLink(DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return LinkProblem.Revoked;
        }

        if (LinkUsedAt is not null)
        {
            return LinkProblem.AlreadyUsed;
        }

        if (now >= ExpiresAt)
        {
            return LinkProblem.Expired;
        }

        if (CodesSent >= MaximumCodesSent && (CodeHash is null || CodeAttempts >= MaximumCodeAttempts || now >= CodeSentAt + CodeLifetime))
        {
            return LinkProblem.TooManyCodes;
        }

        return LinkProblem.None;
    }

    /// <summary>
    /// Keeps the hash of a new code (replacing any earlier one) when the link can still be used and the person may
    /// still be reached online: someone who must not be contacted since they were invited (and no manager has allowed
    /// it) gets no code, and is told only that the link was stopped, never why.
    /// </summary>
    public LinkProblem IssueCode(string code, FamilyContacts contacts, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(contacts);
        return contacts.MayReach(PersonId, NetworkMemberId, "This person", ContactWay.OnlineAccess, today).Succeeded
            ? IssueCode(code, now)
            : LinkProblem.Revoked;
    }

    /// <summary>Keeps the hash of a new code without asking the contact rule: for tests only; pages use the overload above.</summary>
    internal LinkProblem IssueCode(string code, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var problem = CheckLink(now);
        if (problem != LinkProblem.None)
        {
            return problem;
        }

        if (CodesSent >= MaximumCodesSent)
        {
            return LinkProblem.TooManyCodes;
        }

        CodeHash = HashCode(code);
        CodeSentAt = now;
        CodeAttempts = 0;
        CodesSent++;
        return LinkProblem.None;
    }

    /// <summary>
    /// Checks a typed code. The right code, in time and within the attempts allowed, uses up the link and starts a
    /// session with the id given; a wrong one counts as an attempt.
    /// </summary>
    public CodeOutcome EnterCode(string? code, string newSessionId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newSessionId);
        if (CheckLink(now) is not LinkProblem.None and not LinkProblem.TooManyCodes)
        {
            return CodeOutcome.LinkNotUsable;
        }

        if (CodeHash is null || CodeSentAt is null)
        {
            return CodeOutcome.NoCodeSent;
        }

        if (CodeAttempts >= MaximumCodeAttempts)
        {
            return CodeOutcome.TooManyAttempts;
        }

        if (now >= CodeSentAt + CodeLifetime)
        {
            return CodeOutcome.CodeExpired;
        }

        if (!Matches(code))
        {
            CodeAttempts++;
            return CodeAttempts >= MaximumCodeAttempts ? CodeOutcome.TooManyAttempts : CodeOutcome.WrongCode;
        }

        UseLink(newSessionId, now);
        return CodeOutcome.SignedIn;
    }

    /// <summary>
    /// Checks a typed code whose attempt the store has already counted in <see cref="CodeAttempts"/> (one
    /// conditional update that adds 1 only while fewer than <see cref="MaximumCodeAttempts"/> were made, so parallel
    /// attempts are each counted and none gets past the limit). Leaves <see cref="CodeAttempts"/> as it is. The right
    /// code, in time, uses up the link and starts a session with the id given.
    /// </summary>
    public CodeOutcome EnterCountedCode(string? code, string newSessionId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(newSessionId);
        if (CodeHash is null || CodeSentAt is null)
        {
            return CodeOutcome.NoCodeSent;
        }

        if (CodeAttempts > MaximumCodeAttempts)
        {
            return CodeOutcome.TooManyAttempts;
        }

        if (now >= CodeSentAt + CodeLifetime)
        {
            return CodeOutcome.CodeExpired;
        }

        if (!Matches(code))
        {
            return CodeAttempts >= MaximumCodeAttempts ? CodeOutcome.TooManyAttempts : CodeOutcome.WrongCode;
        }

        UseLink(newSessionId, now);
        return CodeOutcome.SignedIn;
    }

    private bool Matches(string? code)
    {
        var typed = new string((code ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashCode(typed)), Encoding.ASCII.GetBytes(CodeHash!));
    }

    private void UseLink(string newSessionId, DateTimeOffset now)
    {
        CodeHash = null;
        LinkUsedAt = now;
        SessionId = newSessionId;
        LastActiveAt = now;
    }

    /// <summary>
    /// True while the session is the one the link opened, access has not been revoked, and the family member was
    /// last active less than 30 minutes ago (at exactly 30 minutes the session has ended).
    /// </summary>
    public bool IsSessionActive(string? sessionId, DateTimeOffset now) =>
        RevokedAt is null
        && SessionId is not null
        && sessionId is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(SessionId), Encoding.UTF8.GetBytes(sessionId))
        && LastActiveAt is { } last
        && now - last < IdleTimeout;

    /// <summary>Moves the idle timer on; only for a session that is still active.</summary>
    public bool RecordActivity(string? sessionId, DateTimeOffset now)
    {
        if (!IsSessionActive(sessionId, now))
        {
            return false;
        }

        LastActiveAt = now;
        return true;
    }

    /// <summary>Ends the session (the family member signed out, or it timed out). The used link stays used.</summary>
    public void EndSession() => SessionId = null;

    /// <summary>Stops the access: the link no longer works and any open session ends now.</summary>
    public Result Revoke(Guid revokedById, DateTimeOffset now)
    {
        if (RevokedAt is not null)
        {
            return Result.Fail("This access has already been stopped");
        }

        RevokedAt = now;
        RevokedById = revokedById;
        SessionId = null;
        CodeHash = null;
        return Result.Ok();
    }

    public FamilyMemberAccessStatus Status(DateTimeOffset now) =>
        RevokedAt is not null ? FamilyMemberAccessStatus.Revoked
        : IsSessionActive(SessionId, now) ? FamilyMemberAccessStatus.SignedIn
        : LinkUsedAt is not null ? FamilyMemberAccessStatus.LinkUsed
        : now >= ExpiresAt ? FamilyMemberAccessStatus.Expired
        : CheckLink(now) == LinkProblem.TooManyCodes ? FamilyMemberAccessStatus.Locked
        : FamilyMemberAccessStatus.Invited;

    /// <summary>True while the access can still be used: an invitation not yet expired or used, or an open session.</summary>
    public bool IsLive(DateTimeOffset now) => Status(now) is FamilyMemberAccessStatus.Invited or FamilyMemberAccessStatus.SignedIn;

    /// <summary>
    /// True while the family member has online access to the family's plan: it has not been stopped, and they have
    /// signed in with the link, or the link can still be used. An invitation that expired or locked unused, or any
    /// access the practitioner stopped, is not access. Reminders go only to family members with access.
    /// </summary>
    public bool HasOnlineAccess(DateTimeOffset now) => RevokedAt is null && (LinkUsedAt is not null || IsLive(now));

    /// <summary>
    /// How to reach each family or network member who has online access, by family and by their person or network
    /// record (<see cref="FamilyViewPerson.Id"/>): of their accesses that still give access, the one invited most
    /// recently (its contact is the latest they gave). Everyone else is left out.
    /// </summary>
    public static IReadOnlyDictionary<(Guid FamilyCaseId, Guid MemberId), FamilyMemberAccess> ReachableByMember(IEnumerable<FamilyMemberAccess> accesses, DateTimeOffset now) =>
        accesses
            .Where(a => a.HasOnlineAccess(now))
            .GroupBy(a => (a.FamilyCaseId, a.Holder.Id))
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.InvitedAt)!);
}
