using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Help;

/// <summary>Accessibility, contact, cookies and privacy: public.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AllowAnonymousToFolderPages(this.FolderPath());
}
