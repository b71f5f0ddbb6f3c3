using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>The second step of signing in with one of the recovery codes given when the authenticator app was set up; each works once.</summary>
public sealed class SignInRecoveryCodeModel(SignInManager<ApplicationUser> signInManager, SignInEvents events, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    [Display(Name = "Enter one of your recovery codes")]
    [Required(ErrorMessage = "Enter a recovery code")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.GetTwoFactorAuthenticationUserAsync() is null ? Redirect(this.Links().SignIn()) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (account is null)
        {
            return Redirect(this.Links().SignIn());
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Codes are throttled like passwords, per client address and per account, before the code is tried.
        if (throttle.IsThrottled(HttpContext, account.Email))
        {
            await events.RecordAsync(SignInEvent.SignInThrottled, account.Id, "recovery code");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(nameof(Code), $"You have tried too many codes. Wait {(int)throttle.Window.TotalMinutes} minutes, then try again");
            return Page();
        }

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(Code!.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            await events.RecordAsync(SignInEvent.SignedIn, account.Id, "with a password and a recovery code");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : this.Links().StaffHome());
        }

        throttle.CountFailure(HttpContext, account.Email);
        await events.RecordAsync(result.IsLockedOut ? SignInEvent.LockedOut : SignInEvent.SecondFactorFailed, account.Id, "recovery code");

        // A locked account gets the same answer as a wrong code (the audit says which it was).
        ModelState.AddModelError(nameof(Code), "The recovery code is not correct or has already been used");
        return Page();
    }
}
