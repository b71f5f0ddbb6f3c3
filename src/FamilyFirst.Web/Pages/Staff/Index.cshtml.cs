using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Staff;

/// <summary>The page staff land on after signing in: what they can do, by role.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel : PageModel
{
    public IReadOnlyList<string> MyRoles { get; private set; } = [];

    public void OnGet() => MyRoles = Roles.All.Where(User.IsInRole).ToList();
}
