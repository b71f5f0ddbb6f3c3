using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.FamilyView;
using FamilyFirst.Web.Resources;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Localization;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>Ends the family member's session for good: the same cookie cannot be used again.</summary>
public sealed class SignOutModel(FamilyViewWorkspace workspace, IStringLocalizer<FamilyViewText> text) : FamilyViewPageModel(workspace, text)
{
    public async Task<IActionResult> OnPostAsync()
    {
        Member.Access.EndSession();
        Workspace.AuditChange(Member, AuditAction.Change, FamilySignIn.AccessRecord, Member.Access.Id, "Family member signed out");
        await Workspace.Db.SaveChangesAsync();
        await HttpContext.SignOutAsync(FamilyMemberAuthentication.Scheme);
        return Redirect(this.Links().FamilyViewSignIn(reason: "signed-out"));
    }
}
