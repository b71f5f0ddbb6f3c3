using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Authorization;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>Managers see who has viewed, changed or exported this family's records, and any refused attempts, from the audit trail.</summary>
public sealed class ViewersModel(AppDbContext db, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public const int PageSize = 50;

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int TotalPages { get; private set; }

    public IReadOnlyList<PersonSummary> People { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        if (!User.IsInRole(Roles.Manager))
        {
            return Forbid();
        }

        var entries = db.AuditEntries.AsNoTracking().Where(e => e.FamilyCaseId == id);
        People = (await entries
                .GroupBy(e => new { e.UserId, e.UserDisplayName })
                .Select(g => new { g.Key.UserDisplayName, Views = g.Count(e => e.Action == AuditAction.View), Changes = g.Count(e => e.Action == AuditAction.Change || e.Action == AuditAction.Create), Denied = g.Count(e => e.Action == AuditAction.AccessDenied), Last = g.Max(e => e.OccurredAtUtc) })
                .ToListAsync())
            .OrderByDescending(p => p.Last)
            .Select(p => new PersonSummary(p.UserDisplayName ?? "Unknown user", p.Views, p.Changes, p.Denied, p.Last))
            .ToList();
        Total = await entries.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Rows = await entries.OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Sequence).ThenByDescending(e => e.Chain)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(e => new Row(e.OccurredAtUtc, e.UserDisplayName ?? "Unknown user", e.Action, e.RecordType, e.Detail, e.ClientAddress))
            .ToListAsync();
        return Page();
    }

    public static string Describe(AuditAction action) => action switch
    {
        AuditAction.View => "Viewed",
        AuditAction.Create => "Added",
        AuditAction.Change => "Changed",
        AuditAction.Delete => "Removed",
        AuditAction.Export => "Exported",
        AuditAction.AccessDenied => "Refused access",
        _ => action.ToString(),
    };

    public sealed record PersonSummary(string Name, int Views, int Changes, int Denied, DateTime LastUtc);

    public sealed record Row(DateTime AtUtc, string Who, AuditAction Action, string RecordType, string? Detail, string? ClientAddress);
}
