using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.FamilyView;

/// <summary>The family view: a family member signed in to their own family (their own cookie scheme, never staff sign-in). The sign-in steps are public and say so on the page.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AuthorizeFolderWith(this.FolderPath(), Policies.FamilyMember);
}
