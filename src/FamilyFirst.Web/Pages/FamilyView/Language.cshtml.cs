using FamilyFirst.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// The English / Cymraeg link: keeps the family member's choice of language in a cookie and goes back to the page
/// they were on (only ever a family view page, so the link cannot send anyone elsewhere).
/// </summary>
// Differs from its folder: a step of signing in to the family view, so public.
[AllowAnonymous]
public sealed class LanguageModel(TimeProvider time) : PageModel
{
    public IActionResult OnGet(string? culture, string? returnUrl)
    {
        var chosen = FamilyViewText.Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return BadRequest();
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = time.Now.AddYears(1), IsEssential = true, HttpOnly = true, Secure = Request.IsHttps, SameSite = SameSiteMode.Lax, Path = "/family" });
        var home = this.Links().FamilyView();
        var back = returnUrl is not null && Url.IsLocalUrl(returnUrl) && (returnUrl == home || returnUrl.StartsWith(home + "/", StringComparison.Ordinal) || returnUrl.StartsWith(home + "?", StringComparison.Ordinal))
            ? returnUrl
            : home;
        return LocalRedirect(back);
    }
}
