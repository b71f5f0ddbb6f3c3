using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>
/// Signs an API call in as the owner of the personal access token in its <c>Authorization: Bearer</c>
/// header. The caller gets the owner's roles and teams, so every API endpoint applies the same policies
/// and record-level checks as the pages. A revoked or expired token, or a deactivated or locked owner,
/// gets 401.
/// </summary>
public sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AppDbContext db,
    IUserClaimsPrincipalFactory<ApplicationUser> principals,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "PersonalAccessToken";

    public const string TokenIdClaim = "api_token_id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(ApiToken.Prefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return AuthenticateResult.Fail("The token is not a Family First personal access token.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var hash = ApiToken.Hash(secret);
        var token = await db.ApiTokens.Include(t => t.User).SingleOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        if (token?.User is not { } user || !token.IsUsableAt(now))
        {
            return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        }

        if (!user.IsActive || (user.LockoutEnd is { } lockedUntil && lockedUntil > clock.GetUtcNow()))
        {
            return AuthenticateResult.Fail("The token's owner cannot sign in.");
        }

        // Recorded at most once a minute, so a busy integration does not write on every call.
        if (token.LastUsedAtUtc is null || now - token.LastUsedAtUtc > TimeSpan.FromMinutes(1))
        {
            await db.ApiTokens.Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now), Context.RequestAborted);
        }

        var staff = await principals.CreateAsync(user);
        var identity = new ClaimsIdentity(staff.Claims, SchemeName, ClaimsIdentity.DefaultNameClaimType, ClaimsIdentity.DefaultRoleClaimType);
        identity.AddClaim(new Claim(TokenIdClaim, token.Id.ToString()));
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }
}
