using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Imports;

/// <summary>Partner data imports and the unmatched queue: administrators, managers and analysts.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AuthorizeFolderWith(this.FolderPath(), Policies.Imports);
}
