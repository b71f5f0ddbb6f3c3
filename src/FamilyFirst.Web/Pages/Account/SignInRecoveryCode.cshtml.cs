using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>The second step of signing in with one of the recovery codes given when the authenticator app was set up; each works once.</summary>
public sealed class SignInRecoveryCodeModel(SignInManager<ApplicationUser> signInManager, SignInEvents events) : PageModel
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

        var result = await signInManager.TwoFactorRecoveryCodeSignInAsync(Code!.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            await events.RecordAsync(SignInEvent.SignedIn, account.Id, "with a password and a recovery code");
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : this.Links().StaffHome());
        }

        await events.RecordAsync(result.IsLockedOut ? SignInEvent.LockedOut : SignInEvent.SecondFactorFailed, account.Id, "recovery code");
        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "Your account is locked because of too many failed attempts. Try again in 15 minutes, or ask an administrator to unlock it"
            : "The recovery code is not correct or has already been used");
        return Page();
    }
}
