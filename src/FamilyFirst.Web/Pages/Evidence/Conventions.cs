using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Evidence;

/// <summary>The public evidence summary.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AllowAnonymousToFolderPages(this.FolderPath());
}
