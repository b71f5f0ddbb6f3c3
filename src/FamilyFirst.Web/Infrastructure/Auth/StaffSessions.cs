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
}

/// <summary>
/// The staff session's time limits, checked on the server at every request: the sign-in time and the last request
/// travel in the (encrypted) cookie, so a copied cookie is held to the same limits, and the account check (the
/// security stamp, which sign-out, a password change, a second-factor reset and deactivation all change) ends every
/// copy at once.
/// </summary>
public static class StaffSessions
{
    /// <summary>Why the last session ended, for the sign-in page to explain (query value).</summary>
    public const string IdleReason = "idle";

    public const string LifetimeReason = "expired";

    private const string SignedInAtKey = ".familyfirst.signed-in-at";
    private const string LastSeenKey = ".familyfirst.last-seen";
    private const string EndedKey = "FamilyFirst.SessionEnded";

    /// <summary>Sets the staff cookie's events: the sign-in time at sign-in, the time limits then the account check at every request.</summary>
    public static void Configure(CookieAuthenticationOptions options)
    {
        var checkAccount = options.Events.OnValidatePrincipal;
        options.Events.OnSigningIn = SigningIn;
        options.Events.OnValidatePrincipal = context => ValidateAsync(context, checkAccount);
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

    private static async Task ValidateAsync(CookieValidatePrincipalContext context, Func<CookieValidatePrincipalContext, Task> checkAccount)
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

        Write(context.Properties, LastSeenKey, now);
        context.ShouldRenew = true;
        await checkAccount(context);
    }

    private static DateTimeOffset? Read(AuthenticationProperties properties, string key) =>
        properties.Items.TryGetValue(key, out var value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : null;

    private static void Write(AuthenticationProperties properties, string key, DateTimeOffset time) =>
        properties.Items[key] = time.ToString("O", CultureInfo.InvariantCulture);
}
