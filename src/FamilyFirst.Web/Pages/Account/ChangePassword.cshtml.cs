using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>A member of staff changes their password; every other session of the account ends, this one carries on.</summary>
[ForAction(StaffAction.LookAfterOwnSignIn)]
public sealed class ChangePasswordModel(SignInManager<ApplicationUser> signInManager, SignInEvents events) : PageModel
{
    [BindProperty]
    [Display(Name = "Current password")]
    [Required(ErrorMessage = "Enter your current password")]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    [Display(Name = "New password")]
    [Required(ErrorMessage = "Enter a new password")]
    public string? NewPassword { get; set; }

    [BindProperty]
    [Display(Name = "Confirm your new password")]
    [Required(ErrorMessage = "Confirm your new password")]
    public string? ConfirmPassword { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var users = signInManager.UserManager;
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (ModelState.IsValid && NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "Passwords must match");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(account, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == "PasswordMismatch" ? nameof(CurrentPassword) : nameof(NewPassword),
                    error.Code == "PasswordMismatch" ? "Your current password is not correct" : error.Description);
            }

            return Page();
        }

        await events.RecordAsync(SignInEvent.PasswordChanged, account.Id);
        await signInManager.RefreshSignInAsync(account);
        TempData.Success("Your password has been changed. You have been signed out everywhere else.");
        return Redirect(this.Links().StaffHome());
    }
}
