using System.Security.Cryptography;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
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
        var problem = access.IssueCode(code, Now);
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
