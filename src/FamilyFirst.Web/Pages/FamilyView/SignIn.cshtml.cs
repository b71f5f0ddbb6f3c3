using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// Where a family member lands when they are not signed in (or were signed out): there is no password, only the
/// link their practitioner sent, so this page says how to get in.
/// </summary>
// Differs from its folder: a step of signing in to the family view, so public.
[AllowAnonymous]
public sealed class SignInModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "reason")]
    public string? Reason { get; set; }

    public void OnGet()
    {
    }
}
