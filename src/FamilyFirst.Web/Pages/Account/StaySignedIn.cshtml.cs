using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// The warning before an idle sign-out. With JavaScript it is a dialog on the page the person is using, whose button
/// posts here in the background, so what they have typed stays on the page; without it, this page says how long a
/// session lasts and its button keeps the session and goes back. Any signed-in request renews the session: posting
/// here is one.
/// </summary>
[ForAction(StaffAction.LookAfterOwnSignIn)]
public sealed class StaySignedInModel(IOptions<StaffSessionOptions> sessions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public int IdleMinutes => (int)sessions.Value.IdleTimeout.TotalMinutes;

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new JsonResult(new { idleSeconds = (int)StaffSessions.IdleTimeLeft(HttpContext).TotalSeconds });
        }

        TempData.Success("You are still signed in");
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : this.Links().StaffHome());
    }
}
