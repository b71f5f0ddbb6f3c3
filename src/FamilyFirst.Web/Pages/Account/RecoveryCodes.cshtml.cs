using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// A member of staff with an authenticator app makes 10 new recovery codes themselves, after entering their password
/// again; the old codes stop working at once, and the new ones are shown this once.
/// </summary>
[ForAction(StaffAction.LookAfterOwnSignIn)]
public sealed class RecoveryCodesModel(SignInManager<ApplicationUser> signInManager, SignInEvents events, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    [Display(Name = "Your password")]
    [Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        await signInManager.UserManager.GetUserAsync(User) is { TwoFactorEnabled: true } ? Page() : Redirect(this.Links().SetUpAuthenticator());

    public async Task<IActionResult> OnPostAsync()
    {
        var users = signInManager.UserManager;
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }

        if (!account.TwoFactorEnabled)
        {
            return Redirect(this.Links().SetUpAuthenticator());
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (throttle.IsThrottled(HttpContext, account.Email))
        {
            await events.RecordAsync(SignInEvent.SignInThrottled, account.Id, "password to make new recovery codes");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(nameof(Password), $"You have tried too many times. Wait {(int)throttle.Window.TotalMinutes} minutes, then try again");
            return Page();
        }

        if (!await users.CheckPasswordAsync(account, Password!))
        {
            throttle.CountFailure(HttpContext, account.Email);
            await events.RecordAsync(SignInEvent.SignInFailed, account.Id, "wrong password to make new recovery codes");
            ModelState.AddModelError(nameof(Password), "Your password is not correct");
            return Page();
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 10) ?? []];
        await events.RecordAsync(SignInEvent.RecoveryCodesCreated, account.Id, "by the person, the old codes stopped working");
        return Page();
    }
}
