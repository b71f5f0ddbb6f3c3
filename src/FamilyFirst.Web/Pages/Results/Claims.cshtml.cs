using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Outcomes;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Results;

/// <summary>Every result claimed, newest first, with a CSV download (an audited export) for the payment-by-results return.</summary>
public sealed class ClaimsModel(AppDbContext db, AuditTrail audit) : PageModel
{
    public IReadOnlyList<ResultClaim> Claims { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Claims = await db.ResultClaims.AsNoTracking().OrderByDescending(c => c.ClaimedAtUtc).Take(500).ToListAsync();
    }

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        var csv = new StringBuilder();
        csv.Append(CsvFormat.Line(["family_ref", "result", "as_at", "claimed_at_utc", "claimed_by"])).Append("\r\n");
        var count = 0;
        await foreach (var claim in db.ResultClaims.AsNoTracking().OrderBy(c => c.ClaimedAtUtc).AsAsyncEnumerable())
        {
            csv.Append(CsvFormat.Line([claim.FamilyReference, ResultClaims.Code(claim.Result), claim.AsAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), claim.ClaimedAtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), claim.ClaimedByName])).Append("\r\n");
            count++;
        }

        await audit.RecordAndSaveAsync(AuditAction.Export, nameof(ResultClaim), "all", detail: $"Claims list downloaded: {count} claims");
        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "family-first-claims.csv");
    }
}
