using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>Who can run a session: active staff with the Trainer role.</summary>
public static class TrainerChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> AllAsync(AppDbContext db)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Trainer).Select(r => r.Id).FirstOrDefaultAsync();
        var trainers = await db.Users
            .Where(u => u.IsActive && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == roleId))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync();
        return trainers.Select(t => new SelectListItem(t.DisplayName, t.Id)).ToList();
    }
}
