using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.TrainingFollowUp;

/// <summary>The anonymous three-month follow-up a participant reaches by the link they were sent: public, the link is the key.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AllowAnonymousToFolderPages(this.FolderPath());
}
