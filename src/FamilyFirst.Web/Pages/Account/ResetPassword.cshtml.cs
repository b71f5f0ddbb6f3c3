using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>The forgotten-password link: the person chooses a new password; every session of the account ends.</summary>
public sealed class ResetPasswordModel(UserManager<ApplicationUser> users, SignInEvents events) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Display(Name = "New password")]
    [Required(ErrorMessage = "Enter a new password")]
    public string? Password { get; set; }

    [BindProperty]
    [Display(Name = "Confirm your new password")]
    [Required(ErrorMessage = "Confirm your new password")]
    public string? ConfirmPassword { get; set; }

    public bool LinkIsValid { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        LinkIsValid = await FindAccountAsync() is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var account = await FindAccountAsync();
        LinkIsValid = account is not null;
        if (account is null)
        {
            return Page();
        }

        if (ModelState.IsValid && Password != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "Passwords must match");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        // The emailed token is checked above; Identity's own reset token (made here, used at once) changes the password.
        var result = await users.ResetPasswordAsync(account, await users.GeneratePasswordResetTokenAsync(account), Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(nameof(Password), error.Description);
            }

            return Page();
        }

        await events.RecordAsync(SignInEvent.PasswordReset, account.Id);
        TempData.Success("Your password has been changed. Sign in with your new password.");
        return Redirect(this.Links().SignIn());
    }

    private async Task<ApplicationUser?> FindAccountAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token) || await users.FindByIdAsync(UserId) is not { IsActive: true } account)
        {
            return null;
        }

        return await users.VerifyUserTokenAsync(account, ForgottenPasswordTokenOptions.ProviderName, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, Token) ? account : null;
    }
}
