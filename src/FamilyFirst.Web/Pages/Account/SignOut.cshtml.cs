using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Account;

public sealed class SignOutModel(SignInManager<ApplicationUser> signInManager) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect(this.Links().Home());

    public async Task<IActionResult> OnPostAsync()
    {
        await signInManager.SignOutAsync();
        return Redirect(this.Links().SignedOut());
    }
}
