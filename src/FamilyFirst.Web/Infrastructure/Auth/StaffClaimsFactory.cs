using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>Adds the staff member's display name to their sign-in, so pages can greet them without a query, and whether they have a second factor.</summary>
public sealed class StaffClaimsFactory(UserManager<ApplicationUser> userManager, RoleManager<IdentityRole> roleManager, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "display_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(SecondFactorPolicy.Claim, "authenticator"));
        }
        return identity;
    }
}
