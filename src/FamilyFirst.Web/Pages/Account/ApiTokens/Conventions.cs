using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace FamilyFirst.Web.Pages.Account.ApiTokens;

/// <summary>Personal access tokens: for the staff who run imports and reports.</summary>
public sealed class Conventions : IConfigureFolderConventions
{
    public void Configure(PageConventionCollection conventions) =>
        conventions.AuthorizeFolderWith(this.FolderPath(), Policies.ApiTokens);
}
