using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>Signing out ends every session of the account (a new security stamp), not only this browser's.</summary>
public sealed class SignOutModel(SignInManager<ApplicationUser> signInManager, SignInEvents events) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect(this.Links().Home());

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signInManager.UserManager.GetUserAsync(User) is { } user)
        {
            await signInManager.UserManager.UpdateSecurityStampAsync(user);
            await events.RecordAsync(SignInEvent.SignedOut, user.Id);
        }

        await signInManager.SignOutAsync();
        return Redirect(this.Links().SignedOut());
    }
}
