using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Admin;

/// <summary>Administration of users, teams and settings: administrators only.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AuthorizeFolderWith(this.FolderPath(), Policies.Administrator);
}
