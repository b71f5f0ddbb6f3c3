using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>Identity's sign-in manager, refusing staff whose account has been deactivated.</summary>
public sealed class StaffSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(ApplicationUser user) => user.IsActive && await base.CanSignInAsync(user);

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsActive: true } ? user : null;
    }

    /// <summary>
    /// Signs in with a passkey (<see cref="SignInManager{TUser}.PasskeySignInAsync"/>'s steps), marking the session as
    /// a passkey sign-in so it counts as a second factor (docs/adr/0020), and saying whose passkey it was for the audit.
    /// </summary>
    public async Task<PasskeySignIn> SignInWithPasskeyAsync(string credentialJson)
    {
        ArgumentException.ThrowIfNullOrEmpty(credentialJson);
        var assertion = await PerformPasskeyAssertionAsync(credentialJson);
        if (!assertion.Succeeded)
        {
            return new PasskeySignIn(SignInResult.Failed, null, null, assertion.Failure.Message);
        }

        var user = assertion.User;
        if (await PreSignInCheck(user) is { } refused)
        {
            return new PasskeySignIn(refused, user, assertion.Passkey, "account cannot sign in");
        }

        // The passkey's signature count and flags, kept for the next sign-in.
        if (!(await UserManager.AddOrUpdatePasskeyAsync(user, assertion.Passkey)).Succeeded)
        {
            return new PasskeySignIn(SignInResult.Failed, user, assertion.Passkey, "passkey not updated");
        }

        await ResetLockout(user);
        var properties = new AuthenticationProperties { IsPersistent = false };
        properties.Items[StaffPasskeys.SessionProperty] = "1";
        await SignInWithClaimsAsync(user, properties, [new System.Security.Claims.Claim("amr", "mfa")]);
        return new PasskeySignIn(SignInResult.Success, user, assertion.Passkey, null);
    }

    /// <summary>
    /// Renews this person's own session after a change to their passkeys (which changed the security stamp), marking it
    /// as a passkey session or not.
    /// </summary>
    public async Task RefreshSignInAsync(ApplicationUser user, bool withPasskey)
    {
        var auth = await Context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var properties = auth.Properties ?? new AuthenticationProperties();
        if (withPasskey)
        {
            properties.Items[StaffPasskeys.SessionProperty] = "1";
        }
        else
        {
            properties.Items.Remove(StaffPasskeys.SessionProperty);
        }

        await SignInWithClaimsAsync(user, properties, []);
    }
}

/// <summary>The outcome of a passkey sign-in: the result, whose passkey it was (when known) and why it failed.</summary>
public sealed record PasskeySignIn(Microsoft.AspNetCore.Identity.SignInResult Result, ApplicationUser? Account, UserPasskeyInfo? Passkey, string? Failure);
