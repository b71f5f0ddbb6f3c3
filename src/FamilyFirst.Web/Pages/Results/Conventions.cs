using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Results;

/// <summary>
/// Results: the claims page is a report (managers and analysts); a family's results are part of its record (staff
/// who work with families, per record through <see cref="Infrastructure.Access.FamilyAccess"/>). The folder's two
/// pages differ, so each is named here.
/// </summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions)
    {
        conventions.AuthorizePageWith(this.FolderPath() + "/Claims", Policies.Reports);
        conventions.AuthorizePageWith(this.FolderPath() + "/Family", Policies.FamilyRecords);
    }
}
