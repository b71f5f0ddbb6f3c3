using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Results;

/// <summary>
/// Results: the claims page is a report (managers and analysts); a family's results are programme data for the same
/// people (per record through <see cref="Infrastructure.Access.FamilyAccess"/>: analysts see them pseudonymised). Named
/// page by page so a new page here makes its own decision.
/// </summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions)
    {
        conventions.AuthorizePageWith(this.FolderPath() + "/Claims", Policies.Reports);
        conventions.AuthorizePageWith(this.FolderPath() + "/Claim", Policies.Reports);
        // Any member of staff: the page answers 404 for a family whose results the person may not see (so nobody learns
        // it exists), then 403 for a role other than manager or analyst.
        conventions.AuthorizePageWith(this.FolderPath() + "/Family", Policies.Staff);
    }
}
