using System.Security.Claims;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Api;

/// <summary>
/// The API under <c>/api</c>: integrations call it with a personal access token, and every endpoint is
/// described in the OpenAPI document at <c>/api/openapi/v1.json</c>. Each feature adds its endpoints here.
/// </summary>
public static class ApiEndpoints
{
    public static WebApplication MapFamilyFirstApi(this WebApplication app)
    {
        // The document describes the API's shape only, never data, so integrators can read it before they have a token.
        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();

        var api = app.MapGroup("/api").RequireAuthorization(Policies.Api);
        api.MapGet("/tokens/current", CurrentTokenAsync)
            .WithName("GetCurrentToken")
            .WithSummary("Who the token belongs to, its roles and when it expires: a check that an integration is set up correctly.");
        api.MapImportsAndReports();
        return app;
    }

    public sealed record CurrentToken(string Name, string Owner, string OwnerEmail, IReadOnlyList<string> Roles, DateTime ExpiresAtUtc);

    private static async Task<IResult> CurrentTokenAsync(ClaimsPrincipal user, AppDbContext db)
    {
        var tokenId = Guid.Parse(user.FindFirstValue(ApiTokenAuthenticationHandler.TokenIdClaim)!);
        var token = await db.ApiTokens.Include(t => t.User).SingleAsync(t => t.Id == tokenId);
        return Results.Ok(new CurrentToken(
            token.Name,
            token.User!.DisplayName,
            token.User.Email ?? string.Empty,
            user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order().ToList(),
            token.ExpiresAtUtc));
    }
}
