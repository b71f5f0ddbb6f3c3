using System.Security.Claims;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>Who did something that is kept on record (an import, a claim): a member of staff, or a command-line job.</summary>
public sealed record Actor(string? UserId, string Name)
{
    public static Actor CommandLine { get; } = new(null, "Command line");

    /// <summary>The signed-in member of staff (by cookie or API token).</summary>
    public static Actor From(ClaimsPrincipal user) =>
        new(user.FindFirstValue(ClaimTypes.NameIdentifier),
            user.FindFirstValue(StaffClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "Unknown");
}
