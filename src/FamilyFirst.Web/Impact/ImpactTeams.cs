namespace FamilyFirst.Web.Impact;

/// <summary>Finds the team an impact report is limited to, from its id or its exact name (as typed on a command line or in a query string).</summary>
public static class ImpactTeams
{
    public static async Task<(Guid Id, string Name)?> FindAsync(AppDbContext db, string? team, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(team))
        {
            return null;
        }

        var found = Guid.TryParse(team, out var id)
            ? await db.Teams.AsNoTracking().Where(t => t.Id == id).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken)
            : await db.Teams.AsNoTracking().Where(t => t.Name == team.Trim()).Select(t => new { t.Id, t.Name }).FirstOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Id, found.Name);
    }
}
