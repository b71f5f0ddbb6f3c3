using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.GovUk;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Training.Consultancy;

/// <summary>
/// Pieces of consultancy work: the open ones (the default, the longest-waiting first) or the closed ones (the most
/// recently closed first), 20 to a page, with who asked, the lead trainer, status and sessions held.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditTrail audit) : PageModel
{
    public const int PageSize = 20;

    /// <summary>"closed" for the closed pieces; anything else shows the open ones.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public bool ShowingClosed => string.Equals(Show, "closed", StringComparison.Ordinal);

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public int TotalPages { get; private set; } = 1;

    public int Total { get; private set; }

    public int OtherTotal { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var open = db.ConsultancyPieces.Where(p => p.Status != ConsultancyStatus.Closed);
        var closed = db.ConsultancyPieces.Where(p => p.Status == ConsultancyStatus.Closed);
        var shown = ShowingClosed
            ? closed.OrderByDescending(p => p.ClosedOn).ThenBy(p => p.Id)
            : open.OrderBy(p => p.RequestedOn).ThenBy(p => p.Id);
        Total = await shown.CountAsync();
        OtherTotal = await (ShowingClosed ? open : closed).CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        var rows = await shown.Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new { p.Id, p.Kind, p.TeamName, p.OrganisationType, p.OrganisationName, p.LeadTrainerName, p.Status, p.RequestedOn, p.ClosedOn, Sessions = p.Sessions.Count })
            .ToListAsync();
        Rows = rows.Select(p => new Row(p.Id, ConsultancyPiece.Describe(p.Kind, p.TeamName, p.OrganisationType, p.OrganisationName), p.LeadTrainerName, p.Status, p.RequestedOn, p.ClosedOn, p.Sessions)).ToList();
        await audit.RecordAndSaveAsync(AuditAction.View, TrainingAudit.ConsultancyRecord, "list", detail: $"{(ShowingClosed ? "Closed" : "Open")} pieces of work listed, page {PageNumber}");
    }

    public sealed record Row(Guid Id, string Organisation, string LeadTrainer, ConsultancyStatus Status, DateOnly RequestedOn, DateOnly? ClosedOn, int Sessions);
}
