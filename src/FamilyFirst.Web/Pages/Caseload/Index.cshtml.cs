using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Caseload;

/// <summary>
/// A manager's team caseload: every open family of the manager's own teams (within the need-to-know rule), with its
/// lead practitioner, status and last activity (the latest event in its chronology), the quietest first.
/// </summary>
public sealed class IndexModel(AppDbContext db, FamilyAccess access, StaffDirectory directory) : PageModel
{
    public const int PageSize = 25;

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int TotalPages { get; private set; }

    public IReadOnlyList<Row> Families { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var staff = await access.CurrentStaffAsync();
        var teams = staff.TeamIds.ToList();
        var query = (await access.VisibleCasesAsync())
            .Where(f => f.Status != FamilyCaseStatus.Closed && f.TeamId != null && teams.Contains(f.TeamId.Value))
            .Select(f => new
            {
                f.Id,
                f.Reference,
                f.FamilyName,
                f.Status,
                f.LeadPractitionerId,
                f.TeamId,
                f.IsRestricted,
                LastActivity = db.ChronologyEntries.Where(c => c.FamilyCaseId == f.Id).Max(c => (DateOnly?)c.OccurredOn),
            });

        Total = await query.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        var page = await query
            .OrderBy(f => f.LastActivity == null ? 0 : 1).ThenBy(f => f.LastActivity).ThenBy(f => f.FamilyName).ThenBy(f => f.Reference)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .ToListAsync();
        var names = await directory.NamesAsync(page.Where(f => f.LeadPractitionerId != null).Select(f => f.LeadPractitionerId!.Value));
        var teamNames = await directory.TeamNamesAsync(page.Where(f => f.TeamId != null).Select(f => f.TeamId!.Value));
        Families = page.Select(f => new Row(
            f.Id,
            f.Reference,
            f.FamilyName,
            f.Status,
            f.LeadPractitionerId is { } lead ? names[lead] : "Not allocated",
            f.TeamId is { } team ? teamNames.GetValueOrDefault(team, "Unknown team") : "Not allocated",
            f.IsRestricted,
            f.LastActivity)).ToList();
    }

    public sealed record Row(Guid Id, string Reference, string FamilyName, FamilyCaseStatus Status, string LeadPractitioner, string Team, bool IsRestricted, DateOnly? LastActivity);
}
