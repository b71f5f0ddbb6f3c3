using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Admin.Users;

/// <summary>The roles and teams a user can be given, shared by the invite and edit pages.</summary>
internal static class UserForm
{
    public static async Task<IReadOnlyList<Team>> TeamsAsync(AppDbContext db) => await db.Teams.OrderBy(t => t.Name).ToListAsync();

    public static string? ValidateRoles(IReadOnlyCollection<string> roles) =>
        roles.Count == 0 ? "Select at least one role" : roles.Any(r => !Roles.All.Contains(r)) ? "Select a role from the list" : null;
}
