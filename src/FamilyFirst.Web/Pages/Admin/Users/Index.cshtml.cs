using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Admin.Users;

public sealed class IndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    private const int PageSize = 25;

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public int TotalPages { get; private set; }

    public int Total { get; private set; }

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Total = await db.Users.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);

        var page = await db.Users
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Email)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.DisplayName, u.Email, u.IsActive, u.LockoutEnd, Invited = u.InvitationSentAtUtc != null && u.PasswordHash == null, Teams = u.Teams.Select(t => t.Team.Name).ToList() })
            .ToListAsync();
        var ids = page.Select(u => u.Id).ToList();
        var roles = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where ids.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync();
        Users = page.Select(u => new UserRow(
            u.Id,
            u.DisplayName,
            u.Email ?? string.Empty,
            roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).Order().ToList(),
            u.Teams.Order().ToList(),
            UserForm.Status(u.IsActive, u.Invited, u.LockoutEnd, time.GetUtcNow()))).ToList();
    }

    public sealed record UserRow(string Id, string Name, string Email, IReadOnlyList<string> Roles, IReadOnlyList<string> Teams, string Status);
}
