using System.Security.Claims;
using System.Security.Cryptography;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace FamilyFirst.Web.Infrastructure.FamilyView;

/// <summary>
/// Family members' sign-in: a cookie scheme of its own, separate from staff sign-in, so a family member's cookie is
/// never read by a staff page (staff pages authenticate with Identity's scheme only and send anyone else to sign in).
/// Every request re-checks the access in the database: a revoked access or a session idle for 30 minutes ends at once.
/// </summary>
public static class FamilyMemberAuthentication
{
    public const string Scheme = "FamilyMember";

    public const string AccessIdClaim = "familyfirst:family-access";
    public const string SessionIdClaim = "familyfirst:family-session";
    public const string FamilyCaseIdClaim = "familyfirst:family-case";
    public const string PersonIdClaim = "familyfirst:family-person";

    /// <summary>What the audit trail records as the user id of a family member, so it never looks like a member of staff.</summary>
    public static string AuditUserId(Guid accessId) => $"family-member:{accessId:D}";

    public static string NewSessionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public static AuthenticationBuilder AddFamilyMemberCookie(this AuthenticationBuilder builder) =>
        builder.AddCookie(Scheme, o =>
        {
            o.Cookie.Name = "familyfirst-family";
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/family";
            o.LoginPath = "/family/sign-in";
            o.LogoutPath = "/family/sign-out";
            o.AccessDeniedPath = "/family/sign-in";
            o.ExpireTimeSpan = Domain.FamilyView.FamilyMemberAccess.IdleTimeout;
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = ValidateAsync;
        });

    /// <summary>The signed-in family member; <paramref name="memberId"/> is their person record, or their network record for a wider network member.</summary>
    public static ClaimsPrincipal Principal(Guid accessId, string sessionId, Guid familyCaseId, Guid memberId, string personName) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, AuditUserId(accessId)),
                new Claim(ClaimTypes.Name, personName),
                new Claim(StaffClaimsFactory.DisplayNameClaim, $"{personName} (family member)"),
                new Claim(AccessIdClaim, accessId.ToString("D")),
                new Claim(SessionIdClaim, sessionId),
                new Claim(FamilyCaseIdClaim, familyCaseId.ToString("D")),
                new Claim(PersonIdClaim, memberId.ToString("D")),
            ],
            Scheme));

    public static Guid? AccessId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(AccessIdClaim), out var id) ? id : null;

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var user = context.Principal;
        var accessId = user is null ? null : AccessId(user);
        var sessionId = user?.FindFirstValue(SessionIdClaim);
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var db = services.GetRequiredService<AppDbContext>();
        var access = accessId is null ? null : await db.FamilyMemberAccesses.FirstOrDefaultAsync(a => a.Id == accessId);
        if (access is null || !access.RecordActivity(sessionId, now))
        {
            if (access is not null && access.SessionId is not null && access.SessionId == sessionId)
            {
                // Idle for too long: the session is over for good, even if the old cookie comes back.
                access.EndSession();
                await db.SaveChangesAsync();
            }

            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }

        await db.SaveChangesAsync();
    }
}
