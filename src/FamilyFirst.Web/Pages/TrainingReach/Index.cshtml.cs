using System.Text;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Downloads;
using FamilyFirst.Web.Pages.Training;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.TrainingReach;

/// <summary>
/// How far restorative practice has reached: people trained by course, team, partner organisation and quarter, the
/// share of each team's staff trained and the confidence change by course, with CSV and Excel downloads. Counts
/// only: no participant is named here, so managers see it as well as trainers. Each view and download is audited.
/// </summary>
public sealed class IndexModel(TrainingReachData data, AuditTrail audit, TimeProvider time) : PageModel
{
    public Domain.Training.TrainingReach Reach { get; private set; } = default!;

    public ConsultancyReach Consultancy { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Reach = await data.BuildAsync(cancellationToken: cancellationToken);
        Consultancy = await data.BuildConsultancyAsync(cancellationToken);
        await audit.RecordAndSaveAsync(AuditAction.View, TrainingAudit.ReachRecord, "reach", detail: "Reach of training viewed", cancellationToken: cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var reach = await data.BuildAsync(cancellationToken: cancellationToken);
        var consultancy = await data.BuildConsultancyAsync(cancellationToken);
        await audit.RecordAndSaveAsync(AuditAction.Export, TrainingAudit.ReachRecord, "reach", detail: "CSV", cancellationToken: cancellationToken);
        return File(Encoding.UTF8.GetBytes(Spreadsheets.Csv(TrainingReachData.Sheets(reach, consultancy))), Spreadsheets.CsvContentType, FileName("csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync(CancellationToken cancellationToken)
    {
        var reach = await data.BuildAsync(cancellationToken: cancellationToken);
        var consultancy = await data.BuildConsultancyAsync(cancellationToken);
        await audit.RecordAndSaveAsync(AuditAction.Export, TrainingAudit.ReachRecord, "reach", detail: "Excel", cancellationToken: cancellationToken);
        return File(Spreadsheets.Xlsx(TrainingReachData.Sheets(reach, consultancy)), Spreadsheets.XlsxContentType, FileName("xlsx"));
    }

    private string FileName(string extension) =>
        $"training-reach-{time.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}.{extension}";
}
