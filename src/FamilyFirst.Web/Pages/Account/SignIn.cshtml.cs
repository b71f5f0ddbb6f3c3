using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// Staff sign in with their email address and password (then a code, when they have an authenticator app). An unknown
/// email, a wrong password and an inactive account get the same message after the same work (a password hash is
/// checked in every case), and attempts are throttled by client address and by account.
/// </summary>
public sealed class SignInModel(
    SignInManager<ApplicationUser> signInManager, IOptions<StaffSessionOptions> sessions, SignInEvents events, SignInThrottle throttle, SecondFactorPolicy policy) : PageModel
{
    // A hash of a random password, checked when there is no account to check, so unknown emails take as long as known ones.
    private static readonly Lazy<string> DecoyHash = new(() => new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Guid.NewGuid().ToString()));

    [BindProperty]
    [Display(Name = "Email address")]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.com")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "Password")]
    [Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Why the last session ended, when the session's time limits ended it (<see cref="StaffSessions"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    public string? SessionEndedMessage => Reason switch
    {
        StaffSessions.IdleReason => $"You have been signed out because you had not used the service for {(int)sessions.Value.IdleTimeout.TotalMinutes} minutes. Sign in again to carry on.",
        StaffSessions.LifetimeReason => $"You have been signed out because you signed in more than {(int)sessions.Value.AbsoluteLifetime.TotalHours} hours ago. Sign in again to carry on.",
        _ => null,
    };

    public IActionResult OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl());
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var email = Email!.Trim();
        var account = await signInManager.UserManager.FindByEmailAsync(email);
        if (throttle.IsThrottled(HttpContext, email))
        {
            await events.RecordAsync(SignInEvent.SignInThrottled, account?.Id);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(nameof(Email), $"You have tried to sign in too many times. Wait {(int)throttle.Window.TotalMinutes} minutes, then try again");
            return Page();
        }

        if (account is not { IsActive: true })
        {
            // No account, or a deactivated one: the same work and the same answer as a wrong password.
            signInManager.UserManager.PasswordHasher.VerifyHashedPassword(account ?? new ApplicationUser(), DecoyHash.Value, Password!);
            throttle.CountFailure(HttpContext, email);
            await events.RecordAsync(SignInEvent.SignInFailed, account?.Id, account is null ? "no such account" : "account not active");
            ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
            return Page();
        }

        // Where a second factor is required and the account's is a passkey, a right password alone does not sign in (docs/adr/0020).
        var passkeys = (await signInManager.UserManager.GetPasskeysAsync(account)).Count;
        var usePasskey = SecondFactorRule.AfterCorrectPassword(policy.Required, account.TwoFactorEnabled, passkeys) == AfterPassword.UseThePasskey;
        var result = usePasskey
            ? await signInManager.CheckPasswordSignInAsync(account, Password!, lockoutOnFailure: true)
            : await signInManager.PasswordSignInAsync(account, Password!, isPersistent: false, lockoutOnFailure: true);
        if (usePasskey && result.Succeeded)
        {
            await events.RecordAsync(SignInEvent.SignInFailed, account.Id, "a password alone: the account signs in with its passkey");
            ModelState.AddModelError(nameof(Email), "Your account is protected by a passkey. Sign in with your passkey below");
            return Page();
        }

        if (result.Succeeded)
        {
            await events.RecordAsync(SignInEvent.SignedIn, account.Id, "with a password");
            return LocalRedirect(SafeReturnUrl());
        }

        if (result.RequiresTwoFactor)
        {
            return Redirect(this.Links().SignInCode(SafeReturnUrl()));
        }

        if (result.IsLockedOut)
        {
            // A locked account is not checked against the password: the same work as a wrong password all the same.
            signInManager.UserManager.PasswordHasher.VerifyHashedPassword(account, DecoyHash.Value, Password!);
        }

        throttle.CountFailure(HttpContext, email);
        await events.RecordAsync(result.IsLockedOut ? SignInEvent.LockedOut : SignInEvent.SignInFailed, account.Id, result.IsLockedOut ? null : "wrong password");

        // The same message for an unknown email, an inactive or locked account and a wrong password, so accounts (and
        // whether one is locked) cannot be discovered. The audit and the security log say which it was.
        ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
        return Page();
    }

    private string SafeReturnUrl() => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : this.Links().StaffHome();
}
