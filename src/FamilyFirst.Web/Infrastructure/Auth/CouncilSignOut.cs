using System.Text.Json;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// OpenID Connect Back-Channel Logout 1.0: when a person signs out at the council's identity provider (or the council
/// ends their session there), the provider posts a signed logout token to this address, server to server. The token
/// is checked (the provider's signature and issuer, this service as audience, its age, the back-channel logout event,
/// no nonce) and the person's staff account, found by the provider's subject, gets a new security stamp, which ends
/// every session of theirs at once (stamps are checked on every request). Each outcome is audited; the structured log
/// says only what happened.
/// </summary>
public static class CouncilSignOut
{
    /// <summary>The address registered with the provider as the client's <c>backchannel_logout_uri</c>.</summary>
    public const string BackChannelPath = "/sign-out/council/back-channel";

    /// <summary>The event a logout token must carry (Back-Channel Logout 1.0, section 2.4).</summary>
    public const string LogoutEvent = "http://schemas.openid.net/event/backchannel-logout";

    public static IEndpointRouteBuilder MapCouncilSignOut(this IEndpointRouteBuilder app)
    {
        // Called by the provider, not by a browser: no session, so no antiforgery token; the logout token's signature is the check.
        app.MapPost(BackChannelPath, BackChannelLogoutAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The subject (the provider's id for the person) of a valid logout token, or why it is not valid. The token is a
    /// JWT signed with one of the provider's keys, issued by it for <paramref name="clientId"/>, with an issue time, the
    /// back-channel logout event, a subject, and no nonce (which would make it an ID token, not a logout token).
    /// </summary>
    public static async Task<(string? Subject, string? Problem)> ValidateAsync(string? logoutToken, string issuer, string clientId, IEnumerable<SecurityKey> signingKeys, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(logoutToken))
        {
            return (null, "no logout token");
        }

        var handler = new JsonWebTokenHandler();
        var result = await handler.ValidateTokenAsync(logoutToken, new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidAudience = clientId,
            IssuerSigningKeys = signingKeys,
            RequireSignedTokens = true,
            RequireExpirationTime = false,
            ValidateLifetime = true,
            ClockSkew = TimeSpan.FromMinutes(5),
            LifetimeValidator = (_, expires, _, _) => expires is null || expires.Value.ToUniversalTime() > time.GetUtcNow().UtcDateTime.AddMinutes(-5),
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken token)
        {
            return (null, "the token's signature, issuer, audience or lifetime is not valid");
        }

        if (token.IssuedAt == DateTime.MinValue || token.IssuedAt > time.GetUtcNow().UtcDateTime.AddMinutes(5))
        {
            return (null, "the token has no issue time, or one in the future");
        }

        if (token.TryGetPayloadValue<string>("nonce", out _))
        {
            return (null, "the token has a nonce, so it is not a logout token");
        }

        if (!HasLogoutEvent(token))
        {
            return (null, "the token does not carry the back-channel logout event");
        }

        return string.IsNullOrEmpty(token.Subject) ? (null, "the token names no subject") : (token.Subject, null);
    }

    private static bool HasLogoutEvent(JsonWebToken token)
    {
        if (token.TryGetPayloadValue<JsonElement>("events", out var events))
        {
            return events.ValueKind == JsonValueKind.Object && events.TryGetProperty(LogoutEvent, out var logout) && logout.ValueKind == JsonValueKind.Object;
        }

        // Otherwise the claim as JSON text.
        var claim = token.Claims.FirstOrDefault(c => c.Type == "events")?.Value;
        try
        {
            using var parsed = JsonDocument.Parse(claim ?? "null");
            return parsed.RootElement.ValueKind == JsonValueKind.Object && parsed.RootElement.TryGetProperty(LogoutEvent, out var logout) && logout.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task<IResult> BackChannelLogoutAsync(HttpContext http, IOptions<CouncilSignInOptions> council, IOptionsMonitor<OpenIdConnectOptions> oidc, UserManager<ApplicationUser> users, SignInEvents events, TimeProvider time)
    {
        if (!council.Value.Enabled)
        {
            return Results.NotFound();
        }

        // The answer must not be cached (section 2.8).
        http.Response.Headers.CacheControl = "no-cache, no-store";
        var token = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted))["logout_token"].ToString() : null;
        var options = oidc.Get(CouncilSignIn.Scheme);
        var configuration = await options.ConfigurationManager!.GetConfigurationAsync(http.RequestAborted);
        var (subject, problem) = await ValidateAsync(token, configuration.Issuer, options.ClientId!, configuration.SigningKeys, time);
        if (subject is null)
        {
            await events.RecordAsync(SignInEvent.CouncilSignOutRefused, accountId: null, reason: problem, http.RequestAborted);
            return Results.Json(new Dictionary<string, string> { ["error"] = "invalid_request", ["error_description"] = "The logout token is not valid." }, statusCode: StatusCodes.Status400BadRequest);
        }

        var user = await users.FindByLoginAsync(CouncilSignIn.LoginProvider, subject);
        if (user is null)
        {
            // Nobody here has signed in as this person: there is no session to end.
            return Results.Ok();
        }

        await users.UpdateSecurityStampAsync(user);
        await events.RecordAsync(SignInEvent.SignedOutAtCouncil, user.Id, cancellationToken: http.RequestAborted);
        return Results.Ok();
    }
}
