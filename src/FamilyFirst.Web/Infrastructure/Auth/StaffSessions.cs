using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>How long a staff session lasts (<c>Security:Sessions</c>).</summary>
public sealed class StaffSessionOptions
{
    public const string Section = "Security:Sessions";

    /// <summary>A session with no request for this long ends.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after signing in, however busy.</summary>
    public TimeSpan AbsoluteLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>How long before an idle sign-out the page warns (with JavaScript).</summary>
    public TimeSpan WarningBefore { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The last request is written into the cookie (which is then sent again) when the one written is at least this old,
    /// not at every request: a session ends <see cref="IdleTimeout"/> after its last written request, so up to this much
    /// before <see cref="IdleTimeout"/> has passed since the very last one, never after (docs/adr/0027).
    /// </summary>
    public TimeSpan ActivityRecordedEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a node keeps a person's account state and claims before reading them whole again (<see cref="StaffAccountCheck"/>).</summary>
    public TimeSpan AccountCacheLifetime { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How often each node re-reads the state of the accounts it keeps and drops those that changed: the longest a change
    /// made on another node, or straight in the database, can take to end a session here (docs/adr/0033).
    /// </summary>
    public TimeSpan AccountsRevalidatedEvery { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>
/// The staff session's time limits, checked on the server at every request: the sign-in time and the last request
/// travel in the (encrypted) cookie, so a copied cookie is held to the same limits, and the account check
/// (<see cref="StaffAccountCheck"/>: the security stamp, which sign-out, a password change, a second-factor reset and
/// deactivation all change) ends every copy at once. The cookie is sent again only when the last request it holds is
/// <see cref="StaffSessionOptions.ActivityRecordedEvery"/> old (docs/adr/0027), not at every request.
/// </summary>
public static class StaffSessions
{
    /// <summary>Why the last session ended, for the sign-in page to explain (query value).</summary>
    public const string IdleReason = "idle";

    public const string LifetimeReason = "expired";

    private const string SignedInAtKey = ".familyfirst.signed-in-at";
    private const string LastSeenKey = ".familyfirst.last-seen";
    private const string EndedKey = "FamilyFirst.SessionEnded";
    private const string IdleDeadlineKey = "FamilyFirst.SessionIdleDeadline";

    /// <summary>
    /// Sets the staff cookie's events: the sign-in time at sign-in, the time limits then the account check
    /// (<see cref="StaffAccountCheck"/>, in place of Identity's security stamp validator) at every request.
    /// </summary>
    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Events.OnSigningIn = SigningIn;
        options.Events.OnValidatePrincipal = ValidateAsync;
        var redirectToSignIn = options.Events.OnRedirectToLogin;
        options.Events.OnRedirectToLogin = context =>
        {
            if (context.HttpContext.Items[EndedKey] is string reason)
            {
                context.RedirectUri = QueryHelpers.AddQueryString(context.RedirectUri, "reason", reason);
            }

            return redirectToSignIn(context);
        };
    }

    /// <summary>When this session started, if it is a staff session.</summary>
    public static DateTimeOffset? SignedInAt(AuthenticationProperties properties) => Read(properties, SignedInAtKey);

    /// <summary>
    /// How long this request's session has left before it ends for want of use, from the last request written in its
    /// cookie (what the server goes by); the whole idle time when there is no staff session.
    /// </summary>
    public static TimeSpan IdleTimeLeft(HttpContext context)
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<StaffSessionOptions>>().Value;
        if (context.Items[IdleDeadlineKey] is not DateTimeOffset deadline)
        {
            return limits.IdleTimeout;
        }

        var left = deadline - context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        return left < TimeSpan.Zero ? TimeSpan.Zero : left;
    }

    private static Task SigningIn(CookieSigningInContext context)
    {
        var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        if (Read(context.Properties, SignedInAtKey) is null)
        {
            Write(context.Properties, SignedInAtKey, now);
        }

        Write(context.Properties, LastSeenKey, now);
        return Task.CompletedTask;
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var limits = services.GetRequiredService<IOptions<StaffSessionOptions>>().Value;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var signedInAt = Read(context.Properties, SignedInAtKey);
        var lastSeen = Read(context.Properties, LastSeenKey);

        // A cookie without the times was issued before the limits existed: it is ended like an expired one.
        var ended = signedInAt is null || lastSeen is null || now - signedInAt >= limits.AbsoluteLifetime
            ? (SignInEvent.SessionEndedLifetime, LifetimeReason)
            : now - lastSeen >= limits.IdleTimeout ? (SignInEvent.SessionEndedIdle, IdleReason) : default((SignInEvent, string)?);
        if (ended is var (kind, reason))
        {
            var accountId = context.Principal?.FindFirstValue(ClaimTypes.NameIdentifier);
            await services.GetRequiredService<SignInEvents>().RecordAsync(kind, accountId);
            context.HttpContext.Items[EndedKey] = reason;
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // The last request is written (and the cookie sent again) only when the one written is old enough: idle
        // sessions still end IdleTimeout after the last written request, at most ActivityRecordedEvery early.
        var written = lastSeen.GetValueOrDefault(now);
        if (now - written >= limits.ActivityRecordedEvery)
        {
            Write(context.Properties, LastSeenKey, now);
            context.ShouldRenew = true;
            written = now;
        }

        context.HttpContext.Items[IdleDeadlineKey] = written + limits.IdleTimeout;
        await services.GetRequiredService<StaffAccountCheck>().ValidateAsync(context);
    }

    private static DateTimeOffset? Read(AuthenticationProperties properties, string key) =>
        properties.Items.TryGetValue(key, out var value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : null;

    private static void Write(AuthenticationProperties properties, string key, DateTimeOffset time) =>
        properties.Items[key] = time.ToString("O", CultureInfo.InvariantCulture);
}
