using FamilyFirst.Domain.FamilyView;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// Where the invitation link lands. It only says where the code will go; the code is sent when the family member
/// asks for it (a POST), so a mail scanner opening the link sends nothing and uses nothing up.
/// An expired, used, cancelled or locked link is refused with a message saying what to do.
/// </summary>
// Differs from its folder: a step of signing in to the family view, so public.
[AllowAnonymous]
[EnableRateLimiting(FamilySignInRateLimit.Policy)]
public sealed class InvitationModel(FamilySignIn signIn) : PageModel
{
    public LinkProblem? Problem { get; private set; }

    public string MaskedContact { get; private set; } = string.Empty;

    public ContactChannel Channel { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token) => Show(await signIn.FindAsync(token));

    public async Task<IActionResult> OnPostAsync(string token)
    {
        var access = await signIn.FindAsync(token);
        if (access is null || access.CheckLink(signIn.Now) != LinkProblem.None)
        {
            return Show(access);
        }

        var problem = await signIn.SendCodeAsync(access);
        if (problem != LinkProblem.None)
        {
            return Refused(problem);
        }

        await signIn.Db.SaveChangesAsync();
        return Redirect(this.Links().FamilyViewCode(token));
    }

    private PageResult Show(FamilyMemberAccess? access)
    {
        if (access is null)
        {
            Problem = LinkProblem.None;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        var problem = access.CheckLink(signIn.Now);
        if (problem != LinkProblem.None)
        {
            return Refused(problem);
        }

        MaskedContact = FamilySignIn.Masked(access);
        Channel = access.Channel;
        return Page();
    }

    /// <summary>The link cannot be used (expired, used, cancelled, locked or stopped): 410 with what to do.</summary>
    private PageResult Refused(LinkProblem problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }
}

/// <summary>The rate limit on the family sign-in pages, per client address, on top of the per-link code limits.</summary>
public static class FamilySignInRateLimit
{
    public const string Policy = "family-sign-in";
}
