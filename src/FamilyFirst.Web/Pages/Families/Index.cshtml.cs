using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>The families the signed-in member of staff may see: theirs, or all their teams', open or closed.</summary>
public sealed class IndexModel(FamilyAccess access, StaffDirectory directory) : PageModel
{
    public const int PageSize = 25;

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    /// <summary>"mine" (the default for practitioners), "team", or "closed".</summary>
    [BindProperty(SupportsGet = true, Name = "show")]
    public string? Show { get; set; }

    public int Total { get; private set; }

    public int TotalPages { get; private set; }

    public IReadOnlyList<FamilyRow> Families { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var staff = await access.CurrentStaffAsync();
        Show = Show is "mine" or "team" or "closed" ? Show : "mine";
        var query = await access.VisibleCasesAsync();
        query = Show switch
        {
            "mine" => query.Where(f => f.LeadPractitionerId == staff.UserId && f.Status != FamilyCaseStatus.Closed),
            "closed" => query.Where(f => f.Status == FamilyCaseStatus.Closed),
            _ => query.Where(f => f.Status != FamilyCaseStatus.Closed),
        };

        Total = await query.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        var page = await query
            .OrderBy(f => f.FamilyName).ThenBy(f => f.Reference)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(f => new { f.Id, f.Reference, f.FamilyName, f.Status, f.LeadPractitionerId, f.TeamId, f.IsRestricted })
            .ToListAsync();
        var names = await directory.NamesAsync(page.Where(f => f.LeadPractitionerId != null).Select(f => f.LeadPractitionerId!.Value));
        var teams = await directory.TeamNamesAsync(page.Where(f => f.TeamId != null).Select(f => f.TeamId!.Value));
        Families = page.Select(f => new FamilyRow(
            f.Id,
            f.Reference,
            f.FamilyName,
            f.Status,
            f.LeadPractitionerId is { } lead ? names[lead] : "Not allocated",
            f.TeamId is { } team ? teams.GetValueOrDefault(team, "Unknown team") : "Not allocated",
            f.IsRestricted)).ToList();
    }

    public sealed record FamilyRow(Guid Id, string Reference, string FamilyName, FamilyCaseStatus Status, string LeadPractitioner, string Team, bool IsRestricted);
}
