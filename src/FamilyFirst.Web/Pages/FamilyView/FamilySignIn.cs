using System.Security.Cryptography;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Pages.Families;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// The steps of a family member's sign-in that the invitation and code pages share: finding the access from the
/// link's secret (by its hash), sending a new code to the invited contact, and auditing each step.
/// </summary>
public sealed class FamilySignIn(AppDbContext db, NotificationOutbox outbox, IOptions<CouncilOptions> council, AuditTrail audit, TimeProvider time)
{
    public const string AccessRecord = nameof(FamilyMemberAccess);

    public DateTimeOffset Now => time.GetUtcNow();

    public AppDbContext Db => db;

    /// <summary>The access the link's secret belongs to (tracked), or null for a link that never existed.</summary>
    public async Task<FamilyMemberAccess?> FindAsync(string? token) =>
        string.IsNullOrWhiteSpace(token) || token.Length > 100
            ? null
            : await db.FamilyMemberAccesses.FirstOrDefaultAsync(a => a.TokenHash == FamilyMemberAccess.Hash(token));

    /// <summary>Makes a new 6-digit code and queues it to the invited contact; the caller saves.</summary>
    public async Task<LinkProblem> SendCodeAsync(FamilyMemberAccess access)
    {
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var family = await db.FamilyCases.AsNoTracking().FirstAsync(f => f.Id == access.FamilyCaseId);
        var problem = access.IssueCode(code, await db.FamilyContactsAsync(family), Now, time.Today);
        if (problem != LinkProblem.None)
        {
            return problem;
        }

        await outbox.QueueAsync(
            access.Contact,
            access.Channel == ContactChannel.Email ? NotificationChannel.Email : NotificationChannel.TextMessage,
            NotificationTemplates.FamilyViewCode,
            new Dictionary<string, string> { ["code"] = code, ["serviceName"] = council.Value.ServiceName },
            regardingType: AccessRecord,
            regardingId: access.Id.ToString("D"));
        audit.Record(AuditAction.Change, AccessRecord, access.Id.ToString("D"), access.FamilyCaseId, $"Sign-in code {access.CodesSent} of {FamilyMemberAccess.MaximumCodesSent} sent to the family member");
        return LinkProblem.None;
    }

    /// <summary>
    /// Checks a typed code, counting the attempt first with one conditional update (add 1 while the code is the one
    /// sent and fewer than 5 attempts were made), so parallel wrong codes are each counted and none gets a sixth try.
    /// The caller saves (a right code uses up the link; the attempt count itself is already stored).
    /// </summary>
    public async Task<CodeOutcome> EnterCodeAsync(FamilyMemberAccess access, string? code, string sessionId)
    {
        if (access.CheckLink(Now) is not LinkProblem.None and not LinkProblem.TooManyCodes)
        {
            return CodeOutcome.LinkNotUsable;
        }

        var sentHash = access.CodeHash;
        if (sentHash is null)
        {
            return CodeOutcome.NoCodeSent;
        }

        var counted = await db.FamilyMemberAccesses
            .Where(a => a.Id == access.Id && a.CodeHash == sentHash && a.CodeAttempts < FamilyMemberAccess.MaximumCodeAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CodeAttempts, a => a.CodeAttempts + 1));
        // The stored count (this attempt's and any made at the same time), never written back from this copy.
        await db.Entry(access).ReloadAsync();
        if (counted == 0)
        {
            return access.CodeHash is null ? CodeOutcome.NoCodeSent
                : access.CodeHash != sentHash ? CodeOutcome.WrongCode
                : CodeOutcome.TooManyAttempts;
        }

        return access.EnterCountedCode(code, sessionId, Now);
    }

    public void Audit(FamilyMemberAccess access, AuditAction action, string detail) =>
        audit.Record(action, AccessRecord, access.Id.ToString("D"), access.FamilyCaseId, detail);

    /// <summary>The resource keys of the heading and text shown for a refused link (<see cref="LinkProblem.None"/>: a link that never existed).</summary>
    public static (string Heading, string Body) ProblemText(LinkProblem problem) => problem switch
    {
        LinkProblem.Expired => ("Link.Expired.Heading", "Link.Expired.Body"),
        LinkProblem.AlreadyUsed => ("Link.Used.Heading", "Link.Used.Body"),
        LinkProblem.Revoked => ("Link.Revoked.Heading", "Link.Revoked.Body"),
        LinkProblem.TooManyCodes => ("Link.Locked.Heading", "Link.Locked.Body"),
        _ => ("Link.NotFound.Heading", "Link.NotFound.Body"),
    };

    /// <summary>"j••••@example.com" or "•••••••0982": enough for the family member to recognise, not enough to read off a screen.</summary>
    public static string Masked(FamilyMemberAccess access)
    {
        var contact = access.Contact;
        if (access.Channel == ContactChannel.TextMessage)
        {
            return new string('•', Math.Max(0, contact.Length - 4)) + contact[^Math.Min(4, contact.Length)..];
        }

        var at = contact.IndexOf('@', StringComparison.Ordinal);
        return at <= 1 ? "•" + contact[Math.Max(at, 0)..] : contact[0] + new string('•', at - 1) + contact[at..];
    }
}
