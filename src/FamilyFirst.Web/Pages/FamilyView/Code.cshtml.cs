using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Web.Infrastructure.FamilyView;
using FamilyFirst.Web.Resources;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>
/// The family member types the 6-digit code sent to them. The right code uses up the link and signs them in with the
/// family member scheme; wrong codes are counted (5 per code, 3 codes per link) and refused attempts are audited.
/// </summary>
// Differs from its folder: a step of signing in to the family view, so public.
[AllowAnonymous]
[EnableRateLimiting(FamilySignInRateLimit.Policy)]
public sealed class CodeModel(FamilySignIn signIn, FamilyViewWorkspace workspace, IStringLocalizer<FamilyViewText> text) : PageModel
{
    [BindProperty]
    public string? Code { get; set; }

    public LinkProblem? Problem { get; private set; }

    public string MaskedContact { get; private set; } = string.Empty;

    public bool CanAskForAnotherCode { get; private set; }

    public async Task<IActionResult> OnGetAsync(string token)
    {
        var access = await signIn.FindAsync(token);
        if (Refused(access) is { } refused)
        {
            return refused;
        }

        if (access!.CodeHash is null)
        {
            return Redirect(this.Links().FamilyViewInvitation(token));
        }

        return Show(access);
    }

    public async Task<IActionResult> OnPostAsync(string token)
    {
        var access = await signIn.FindAsync(token);
        if (access is null || (access.CheckLink(signIn.Now) is not LinkProblem.None and not LinkProblem.TooManyCodes))
        {
            return Refused(access) ?? NotFound();
        }

        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), text["Code.Error.Missing"]);
            return Show(access);
        }

        var sessionId = FamilyMemberAuthentication.NewSessionId();
        var outcome = await signIn.EnterCodeAsync(access, Code, sessionId);
        switch (outcome)
        {
            case CodeOutcome.SignedIn:
                var name = await workspace.NameAsync(access) ?? throw new InvalidOperationException("The access names no one on the family's record.");
                signIn.Audit(access, AuditAction.View, "Family member signed in to see the family's plan");
                await signIn.Db.SaveChangesAsync();
                await HttpContext.SignInAsync(
                    FamilyMemberAuthentication.Scheme,
                    FamilyMemberAuthentication.Principal(access.Id, sessionId, access.FamilyCaseId, access.Holder.Id, name),
                    new AuthenticationProperties { IsPersistent = false, AllowRefresh = true });
                return Redirect(this.Links().FamilyView());
            case CodeOutcome.NoCodeSent:
                return Redirect(this.Links().FamilyViewInvitation(token));
            case CodeOutcome.LinkNotUsable:
                return Refused(access) ?? NotFound();
            default:
                signIn.Audit(access, AuditAction.AccessDenied, outcome switch
                {
                    CodeOutcome.WrongCode => "Wrong sign-in code entered",
                    CodeOutcome.CodeExpired => "Expired sign-in code entered",
                    _ => "Sign-in code locked after too many wrong attempts",
                });
                await signIn.Db.SaveChangesAsync();
                ModelState.AddModelError(nameof(Code), text[outcome switch
                {
                    CodeOutcome.WrongCode => "Code.Error.Wrong",
                    CodeOutcome.CodeExpired => "Code.Error.Expired",
                    _ => "Code.Error.TooMany",
                }]);
                return Show(access);
        }
    }

    /// <summary>Sends a new code (at most 3 for one link); the old one stops working.</summary>
    public async Task<IActionResult> OnPostResendAsync(string token)
    {
        var access = await signIn.FindAsync(token);
        if (Refused(access) is { } refused)
        {
            return refused;
        }

        var problem = await signIn.SendCodeAsync(access!);
        if (problem != LinkProblem.None)
        {
            return Refused(access) ?? ShowProblem(problem);
        }

        await signIn.Db.SaveChangesAsync();
        TempData[Infrastructure.Flash.Key] = text["Code.Resent"].Value;
        return Redirect(this.Links().FamilyViewCode(token));
    }

    private IActionResult? Refused(FamilyMemberAccess? access)
    {
        if (access is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            Problem = LinkProblem.None;
            return Page();
        }

        var problem = access.CheckLink(signIn.Now);
        return problem == LinkProblem.None ? null : ShowProblem(problem);
    }

    private PageResult ShowProblem(LinkProblem problem)
    {
        Response.StatusCode = StatusCodes.Status410Gone;
        Problem = problem;
        return Page();
    }

    private PageResult Show(FamilyMemberAccess access)
    {
        MaskedContact = FamilySignIn.Masked(access);
        CanAskForAnotherCode = access.CodesSent < FamilyMemberAccess.MaximumCodesSent;
        return Page();
    }
}
