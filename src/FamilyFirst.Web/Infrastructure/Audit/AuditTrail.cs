using System.Security.Claims;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Infrastructure.Audit;

/// <summary>
/// The one audit writer. <see cref="Record"/> adds a row to the caller's unit of work so it is saved in the
/// same transaction as the change it records; <see cref="RecordAndSaveAsync"/> saves at once, for views
/// and refused attempts that change nothing else.
/// </summary>
public sealed class AuditTrail(AppDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock)
{
    /// <summary>Who is recorded when there is no signed-in person, such as a command-line job.</summary>
    public const string SystemActor = "System";

    public AuditEntry Record(AuditAction action, string recordType, string recordId, Guid? familyCaseId = null, string? detail = null)
    {
        var http = httpContextAccessor.HttpContext;
        var user = http?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        var entry = new AuditEntry
        {
            OccurredAtUtc = AuditChain.Normalise(clock.GetUtcNow().UtcDateTime),
            UserId = signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : null,
            UserDisplayName = signedIn
                ? user!.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? user!.Identity?.Name
                : http is null ? SystemActor : null,
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            FamilyCaseId = familyCaseId,
            Detail = detail,
            ClientAddress = http?.Connection.RemoteIpAddress?.ToString(),
        };
        db.AuditEntries.Add(entry);
        return entry;
    }

    public async Task RecordAndSaveAsync(
        AuditAction action, string recordType, string recordId, Guid? familyCaseId = null, string? detail = null, CancellationToken cancellationToken = default)
    {
        Record(action, recordType, recordId, familyCaseId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }
}
