using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Downloads;
using FamilyFirst.Web.Infrastructure.GovUk;
using FamilyFirst.Web.Outcomes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Results;

/// <summary>
/// The results claimed in a quarter (by the council's date of the claim), under either framework, a page at a time,
/// each with a link to the evidence behind it; downloads as CSV or Excel (the claims, and the evidence line by line for
/// the national assurance process), for a quarter or every claim. Every download is an audited export.
/// </summary>
public sealed class ClaimsModel(AppDbContext db, AuditTrail audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The quarter shown, as <c>2026-Q3</c>; the current quarter when not given or not a quarter.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Quarter { get; set; }

    [PageNumber]
    public int PageNumber { get; set; } = 1;

    public ClaimQuarter Shown { get; private set; }

    public int Total { get; private set; }

    public int TotalPages { get; private set; }

    public IReadOnlyList<ResultClaim> Claims { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Shown = ClaimQuarter.Parse(Quarter) ?? ClaimQuarter.Of(clock.Today);
        var query = InQuarter(Shown);
        Total = await query.CountAsync();
        TotalPages = Math.Max(1, (Total + PageSize - 1) / PageSize);
        PageNumber = Math.Clamp(PageNumber, 1, TotalPages);
        Claims = await query.OrderByDescending(c => c.ClaimedAtUtc).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
    }

    /// <summary>The claims (every claim, or a quarter's with <paramref name="quarter"/>) as CSV, or as Excel with <c>format=xlsx</c>: a sheet of claims and a sheet of their evidence.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(string? quarter, string? format)
    {
        var inQuarter = ClaimQuarter.Parse(quarter);
        var claims = await (inQuarter is { } q ? InQuarter(q) : db.ResultClaims.AsNoTracking()).OrderBy(c => c.ClaimedAtUtc).ToListAsync();
        var sheets = Sheets(claims);
        var excel = string.Equals(format, "xlsx", StringComparison.OrdinalIgnoreCase);
        await audit.RecordAndSaveAsync(AuditAction.Export, nameof(ResultClaim), inQuarter?.Code ?? "all",
            detail: $"Claims list downloaded{(inQuarter is { } shown ? " for " + shown.Code : string.Empty)} as {(excel ? "Excel" : "CSV")}: {claims.Count} claims");
        var name = "family-first-claims" + (inQuarter is { } named ? "-" + named.Code : string.Empty);
        return excel
            ? File(Spreadsheets.Xlsx(sheets), Spreadsheets.XlsxContentType, name + ".xlsx")
            : File(Encoding.UTF8.GetBytes(Spreadsheets.Csv(sheets)), Spreadsheets.CsvContentType, name + ".csv");
    }

    private IQueryable<ResultClaim> InQuarter(ClaimQuarter quarter)
    {
        var from = clock.ToInstant(quarter.FirstDay, TimeOnly.MinValue).UtcDateTime;
        var to = clock.ToInstant(quarter.DayAfter, TimeOnly.MinValue).UtcDateTime;
        return db.ResultClaims.AsNoTracking().Where(c => c.ClaimedAtUtc >= from && c.ClaimedAtUtc < to);
    }

    private DownloadSheet[] Sheets(IReadOnlyList<ResultClaim> claims)
    {
        static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        IReadOnlyList<object?>[] claimsHeader = [["family_ref", "result", "as_at", "claimed_at_utc", "claimed_by", "framework", "quarter"]];
        var claimRows = claims.Select(c => (IReadOnlyList<object?>)
        [
            c.FamilyReference, ResultClaims.Code(c.Result), Iso(c.AsAt), c.ClaimedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            c.ClaimedByName, OutcomeFrameworks.Code(c.Framework), ClaimQuarter.Of(clock.DateOf(c.ClaimedAtUtc)).Code,
        ]);
        IReadOnlyList<object?>[] evidenceHeader = [["family_ref", "result", "part", "evidence", "from", "to", "lapsed_on", "met"]];
        var evidenceRows = claims.SelectMany(c => ClaimEvidence.Lines(c).Select(line => (IReadOnlyList<object?>)
            [c.FamilyReference, ResultClaims.Code(c.Result), line.Part, line.Evidence, line.From, line.To, line.LapsedOn, line.Met ? "true" : "false"]));
        return [new DownloadSheet("Claims", claimsHeader.Concat(claimRows)), new DownloadSheet("Evidence", evidenceHeader.Concat(evidenceRows))];
    }
}
