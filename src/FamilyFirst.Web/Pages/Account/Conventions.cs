using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// Signing in and out, accepting an invitation, access denied: public, since nobody is signed in yet. Named page by
/// page because the <c>ApiTokens</c> subfolder is not public (its own conventions authorise it).
/// </summary>
public sealed class Conventions : IConfigureFolderConventions
{
    private static readonly string[] PublicPages = ["AcceptInvitation", "AccessDenied", "ForgottenPassword", "ResetPassword", "SignIn", "SignInCode", "SignInRecoveryCode", "SignOut", "SignedOut"];

    public void Configure(PageConventionCollection conventions)
    {
        foreach (var page in PublicPages)
        {
            conventions.AllowAnonymousToOnePage(this.FolderPath() + "/" + page);
        }
    }
}
