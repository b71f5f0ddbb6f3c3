using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>A new member of staff follows their invitation link and chooses a password.</summary>
public sealed class AcceptInvitationModel(UserManager<ApplicationUser> users, StaffInvitations invitations) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Display(Name = "Create a password")]
    [Required(ErrorMessage = "Enter a password")]
    public string? Password { get; set; }

    [BindProperty]
    [Display(Name = "Confirm your password")]
    [Required(ErrorMessage = "Confirm your password")]
    public string? ConfirmPassword { get; set; }

    public bool LinkIsValid { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        LinkIsValid = await FindInvitedUserAsync() is not null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindInvitedUserAsync();
        LinkIsValid = user is not null;
        if (user is null)
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

        var result = await users.ResetPasswordAsync(user, Token!, Password!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : string.Empty, error.Code == "InvalidToken" ? "This invitation link has expired or has already been used" : error.Description);
            }

            return Page();
        }

        await invitations.AcceptedAsync(user);
        TempData.Success("Your password has been set. Sign in to continue.");
        return Redirect(this.Links().SignIn());
    }

    private async Task<ApplicationUser?> FindInvitedUserAsync()
    {
        if (string.IsNullOrEmpty(UserId) || string.IsNullOrEmpty(Token))
        {
            return null;
        }

        var user = await users.FindByIdAsync(UserId);
        if (user is null || !user.IsActive)
        {
            return null;
        }

        var valid = await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<ApplicationUser>.ResetPasswordTokenPurpose, Token);
        return valid ? user : null;
    }
}
