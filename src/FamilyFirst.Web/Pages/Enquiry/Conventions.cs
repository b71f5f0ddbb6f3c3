using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Enquiry;

/// <summary>The public enquiry form: anyone may make an enquiry, signed in or not.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AllowAnonymousToFolderPages(this.FolderPath());
}
