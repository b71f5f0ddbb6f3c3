using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>The second step of signing in: the 6-digit code from the person's authenticator app.</summary>
public sealed class SignInCodeModel(SignInManager<ApplicationUser> signInManager, SignInEvents events, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    [Display(Name = "Enter the 6-digit code from your authenticator app")]
    [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
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

        var code = SecondFactorPolicy.Normalise(Code ?? string.Empty);
        if (ModelState.IsValid && (code.Length != 6 || !code.All(char.IsAsciiDigit)))
        {
            ModelState.AddModelError(nameof(Code), "The code must be 6 numbers");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Codes are throttled like passwords, per client address and per account, before the code is tried.
        if (throttle.IsThrottled(HttpContext, account.Email))
        {
            await events.RecordAsync(SignInEvent.SignInThrottled, account.Id, "authenticator code");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(nameof(Code), $"You have tried too many codes. Wait {(int)throttle.Window.TotalMinutes} minutes, then try again");
            return Page();
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await events.RecordAsync(SignInEvent.SignedIn, account.Id, "with a password and an authenticator app");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : this.Links().StaffHome());
        }

        throttle.CountFailure(HttpContext, account.Email);
        await events.RecordAsync(result.IsLockedOut ? SignInEvent.LockedOut : SignInEvent.SecondFactorFailed, account.Id);

        // A locked account gets the same answer as a wrong code (the audit says which it was).
        ModelState.AddModelError(nameof(Code), "The code is not correct. Enter the code your authenticator app shows now");
        return Page();
    }
}
