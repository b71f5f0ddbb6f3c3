using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Feedback;

/// <summary>The public feedback form for people who took part in a meeting.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AllowAnonymousToFolderPages(this.FolderPath());
}
