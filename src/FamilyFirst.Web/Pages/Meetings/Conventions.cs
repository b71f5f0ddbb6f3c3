using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>A family's records: staff who work with families; which families each may see is decided per record by <see cref="Infrastructure.Access.FamilyAccess"/>.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AuthorizeFolderWith(this.FolderPath(), Policies.FamilyRecords);
}
