using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>The one way staff accounts are created and their roles and teams set.</summary>
public static class StaffAccounts
{
    /// <summary>Creates an account; with no password it can only be used through its invitation link.</summary>
    public static async Task<IdentityResult> CreateAsync(IServiceProvider services, string email, string displayName, IEnumerable<string> roles, IEnumerable<Guid> teamIds, string? password)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var time = services.GetRequiredService<TimeProvider>();
        await EnsureRolesAsync(services);

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = displayName,
            CreatedAtUtc = time.GetUtcNow().UtcDateTime,
            Teams = teamIds.Distinct().Select(t => new TeamMembership { TeamId = t }).ToList(),
        };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        return await users.AddToRolesAsync(user, roles.Distinct());
    }

    /// <summary>Replaces a user's roles and teams, and ends their open sessions so the change takes effect.</summary>
    public static async Task<IdentityResult> SetRolesAndTeamsAsync(IServiceProvider services, ApplicationUser user, IReadOnlyCollection<string> roles, IReadOnlyCollection<Guid> teamIds)
    {
        var users = services.GetRequiredService<UserManager<ApplicationUser>>();
        var db = services.GetRequiredService<AppDbContext>();
        await EnsureRolesAsync(services);

        var current = await users.GetRolesAsync(user);
        var removed = await users.RemoveFromRolesAsync(user, current.Except(roles));
        if (!removed.Succeeded)
        {
            return removed;
        }

        var added = await users.AddToRolesAsync(user, roles.Except(current));
        if (!added.Succeeded)
        {
            return added;
        }

        var memberships = await db.TeamMemberships.Where(m => m.UserId == user.Id).ToListAsync();
        db.TeamMemberships.RemoveRange(memberships.Where(m => !teamIds.Contains(m.TeamId)));
        db.TeamMemberships.AddRange(teamIds.Where(t => memberships.All(m => m.TeamId != t)).Select(t => new TeamMembership { UserId = user.Id, TeamId = t }));
        await db.SaveChangesAsync();
        return await users.UpdateSecurityStampAsync(user);
    }

    public static async Task EnsureRolesAsync(IServiceProvider services)
    {
        var roleManager = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                await roleManager.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
