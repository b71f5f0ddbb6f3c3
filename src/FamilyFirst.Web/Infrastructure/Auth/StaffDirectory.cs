using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Access;

namespace FamilyFirst.Web.Infrastructure.Auth;

/// <summary>Staff names for pages that show who did something, and the practitioners a family can be allocated to.</summary>
public sealed class StaffDirectory(AppDbContext db)
{
    /// <summary>Display names for the user ids given; an id with no account reads "Unknown user".</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> userIds)
    {
        var keys = userIds.Distinct().Select(StaffIds.ToUserKey).ToList();
        var found = await db.Users.Where(u => keys.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync();
        var names = found.ToDictionary(u => StaffIds.FromUserKey(u.Id), u => u.DisplayName);
        foreach (var key in keys.Select(StaffIds.FromUserKey).Where(k => !names.ContainsKey(k)))
        {
            names[key] = "Unknown user";
        }

        return names;
    }

    public async Task<IReadOnlyDictionary<Guid, string>> TeamNamesAsync(IEnumerable<Guid> teamIds)
    {
        var ids = teamIds.Distinct().ToList();
        return await db.Teams.Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name);
    }

    /// <summary>Active practitioners in the teams given, with their team, for allocation.</summary>
    public async Task<IReadOnlyList<AllocationChoice>> PractitionersInAsync(IEnumerable<Guid> teamIds)
    {
        var ids = teamIds.ToList();
        var practitionerRoleId = await db.Roles.Where(r => r.Name == nameof(StaffRole.Practitioner)).Select(r => r.Id).FirstOrDefaultAsync();
        var rows = await (from m in db.TeamMemberships
                          join u in db.Users on m.UserId equals u.Id
                          join t in db.Teams on m.TeamId equals t.Id
                          where ids.Contains(m.TeamId) && u.IsActive && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == practitionerRoleId)
                          select new { u.Id, u.DisplayName, TeamId = t.Id, TeamName = t.Name }).ToListAsync();
        return rows
            .Select(r => new AllocationChoice(StaffIds.FromUserKey(r.Id), r.DisplayName, r.TeamId, r.TeamName))
            .OrderBy(r => r.TeamName, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>A practitioner in a team: one choice on the allocation page.</summary>
public sealed record AllocationChoice(Guid PractitionerId, string Name, Guid TeamId, string TeamName)
{
    /// <summary>The form value: practitioner and team, so one radio chooses both.</summary>
    public string Value => $"{PractitionerId:D}:{TeamId:D}";
}
