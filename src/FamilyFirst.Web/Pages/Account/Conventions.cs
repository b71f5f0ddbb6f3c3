using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Account;

/// <summary>
/// Signing in and out, accepting an invitation, a forgotten password, access denied: public, since nobody is signed in
/// yet; a person's own password, authenticator app and session: any member of staff. Named page by
/// page because the <c>ApiTokens</c> subfolder is not public (its own conventions authorise it).
/// </summary>
public sealed class Conventions : IConfigureFolderConventions
{
    private static readonly string[] PublicPages = ["AcceptInvitation", "AccessDenied", "CouncilSignIn", "CouncilSignInRefused", "ForgottenPassword", "ResetPassword", "SignIn", "SignInCode", "SignInRecoveryCode", "SignInWithPasskey", "SignOut", "SignedOut"];

    private static readonly string[] StaffPages = ["ChangePassword", "SetUpAuthenticator", "StaySignedIn", "RecoveryCodes", "Passkeys", "RemovePasskey"];

    public void Configure(PageConventionCollection conventions)
    {
        foreach (var page in PublicPages)
        {
            conventions.AllowAnonymousToOnePage(this.FolderPath() + "/" + page);
        }

        // With Authentication:Oidc:Only, staff sign in through the council's identity provider and nowhere else.
        conventions.AddPageApplicationModelConvention(this.FolderPath() + "/SignIn", page => page.Filters.Add(new CouncilSignInOnly()));
        conventions.AddPageApplicationModelConvention(this.FolderPath() + "/SignInWithPasskey", page => page.Filters.Add(new CouncilSignInOnly()));

        // A signed-in member of staff's own account: their password, authenticator app and session.
        foreach (var page in StaffPages)
        {
            conventions.AuthorizePage(this.FolderPath() + "/" + page, Policies.Staff);
        }
    }
}
