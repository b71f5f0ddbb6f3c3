using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FamilyFirst.Web.Pages.Admin.Users;

/// <summary>The roles and teams a user can be given, shared by the invite and edit pages.</summary>
internal static class UserForm
{
    public static async Task<IReadOnlyList<Team>> TeamsAsync(AppDbContext db) => await db.Teams.OrderBy(t => t.Name).ToListAsync();

    /// <summary>
    /// Checks the chosen roles and teams against the list and the role model (roles that work on families need a team),
    /// adding any error to the field it belongs to.
    /// </summary>
    public static void Validate(ModelStateDictionary modelState, IReadOnlyCollection<string> roles, IReadOnlyCollection<Guid> teamIds, IReadOnlyList<Team> teams)
    {
        if (roles.Any(r => !Roles.All.Contains(r)))
        {
            modelState.AddModelError(nameof(EditModel.SelectedRoles), "Select a role from the list");
            return;
        }

        if (teamIds.Any(t => teams.All(team => team.Id != t)))
        {
            modelState.AddModelError(nameof(EditModel.SelectedTeams), "Select a team from the list");
            return;
        }

        var checkedRoles = RoleModel.CheckRolesAndTeams(roles.Select(Enum.Parse<StaffRole>).ToList(), teamIds.Distinct().ToList());
        if (!checkedRoles.Succeeded)
        {
            modelState.AddModelError(roles.Count == 0 ? nameof(EditModel.SelectedRoles) : nameof(EditModel.SelectedTeams), checkedRoles.Error!);
        }
    }

    /// <summary>How the account stands, as the users list and the user's page show it.</summary>
    public static string Status(ApplicationUser user, DateTimeOffset now) => Status(user.IsActive, user.IsInvitationPending, user.LockoutEnd, now);

    public static string Status(bool isActive, bool invitationPending, DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        !isActive ? "Deactivated" : invitationPending ? "Invited" : lockoutEnd > now ? "Locked" : "Active";

    public static string TagColour(string status) => status switch
    {
        "Deactivated" => "grey",
        "Invited" => "blue",
        "Locked" => "orange",
        _ => "green",
    };
}
