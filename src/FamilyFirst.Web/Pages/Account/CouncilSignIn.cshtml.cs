using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>Sends the person to the council's identity provider to sign in, and back to <see cref="ReturnUrl"/> afterwards.</summary>
public sealed class CouncilSignInModel(IOptions<CouncilSignInOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        if (!options.Value.Enabled)
        {
            return NotFound();
        }

        var returnUrl = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : this.Links().StaffHome();
        return Challenge(new AuthenticationProperties { RedirectUri = returnUrl }, CouncilSignIn.Scheme);
    }
}
