using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Enquiries;

/// <summary>The enquiries queue: triage officers and trainers.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AuthorizeFolderWith(this.FolderPath(), Policies.Enquiries);
}
