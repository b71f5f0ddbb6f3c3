using System.Globalization;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Infrastructure.Downloads;

namespace FamilyFirst.Web.Impact;

/// <summary>
/// The impact report as tables, for the CSV and Excel downloads: every figure with its count, what it is out
/// of and its percentage, then the headline figures for each attachment quarter. Numbers stay numbers in the
/// workbook. The same rows feed both downloads, so they always match the page.
/// </summary>
public static class ImpactDownloads
{
    public const string XlsxContentType = Spreadsheets.XlsxContentType;

    public static IReadOnlyList<object?> FigureHeader { get; } = ["Section", "Measure", "Value", "Out of", "Percent"];

    public static IReadOnlyList<object?> QuarterHeader { get; } =
    [
        "Attachment quarter", "Families", "Significantly reduced (or stopped) offending", "Families with offending that can be assessed", "Offending percent",
        "Children who increased attendance to over 85% and reduced exclusions", "Children with an attendance or exclusion problem", "Attendance percent",
        "Families with an adult who entered employment", "Families with an adult on out-of-work benefits", "Employment percent", "Turned around",
    ];

    /// <summary>Every figure of the report as rows of section, measure, value, out of, percent.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> FigureRows(ImpactReportFigures report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var h = report.Headline;
        var c = report.Cohort;
        var rows = new List<IReadOnlyList<object?>>
        {
            Row("Report", "As at", Iso(c.AsAt)),
            Row("Report", "Families attached from", c.AttachedFrom is { } from ? Iso(from) : "Any time"),
            Row("Report", "Families attached to", c.AttachedTo is { } to ? Iso(to) : "Any time"),
            Row("Report", "Team", c.TeamName ?? "Every team"),
            Row("Report", "Families in the report", h.Families),
        };
        rows.AddRange(ImpactHeadlines.From(h).Select(x => Row("Headline figures", $"{x.Noun} who {x.Wording}", x.Count, x.Denominator, x.Percent)));
        rows.Add(Row("Results", "Families who stopped their offending and anti-social behaviour", h.Offending.Stopped, h.Offending.Families, Domain.Outcomes.ImpactReport.Percent(h.Offending.Stopped, h.Offending.Families)));
        rows.Add(Row("Results", "Families with the crime, anti-social behaviour and education result", h.CrimeAsbEducationResults, h.Families, Domain.Outcomes.ImpactReport.Percent(h.CrimeAsbEducationResults, h.Families)));
        rows.Add(Row("Results", "Families with the continuous employment result", h.ContinuousEmploymentResults, h.Families, Domain.Outcomes.ImpactReport.Percent(h.ContinuousEmploymentResults, h.Families)));
        rows.Add(Row("Results", "Families who made progress to work", h.ProgressToWork, h.Employment.Families, Domain.Outcomes.ImpactReport.Percent(h.ProgressToWork, h.Employment.Families)));
        rows.Add(Row("Results", "Families turned around", h.TurnedAround, h.Families, Domain.Outcomes.ImpactReport.Percent(h.TurnedAround, h.Families)));
        var lac = report.LookedAfter;
        rows.Add(Row("Looked-after children", "Children looked after on their family's attachment date", lac.ChildrenAtAttachment));
        rows.Add(Row("Looked-after children", $"Children looked after on {Iso(c.AsAt)}", lac.ChildrenNow));
        rows.Add(Row("Looked-after children", "Families with a child looked after on their attachment date", lac.FamiliesAtAttachment, h.Families, Domain.Outcomes.ImpactReport.Percent(lac.FamiliesAtAttachment, h.Families)));
        rows.Add(Row("Looked-after children", $"Families with a child looked after on {Iso(c.AsAt)}", lac.FamiliesNow, h.Families, Domain.Outcomes.ImpactReport.Percent(lac.FamiliesNow, h.Families)));
        var fgc = report.Conferences;
        rows.Add(Row("Family Group Conferences", "Referrals", fgc.Referrals));
        rows.Add(Row("Family Group Conferences", "Conferences held", fgc.Held));
        rows.Add(Row("Family Group Conferences", "Plans agreed", fgc.PlansAgreed));
        rows.Add(Row("Family Group Conferences", "Average days from referral to conference", fgc.AverageDaysToConference));
        rows.Add(Row("Family Group Conferences", "Median days from referral to conference", fgc.MedianDaysToConference));
        rows.Add(Row("Family Group Conferences", $"Held within {fgc.TargetDays} days of referral", fgc.HeldWithinTarget, fgc.Held, Domain.Outcomes.ImpactReport.Percent(fgc.HeldWithinTarget, fgc.Held)));
        var fb = report.Feedback;
        rows.Add(Row("Participant feedback", "People who answered", fb.Responses));
        rows.Add(Row("Participant feedback", "Felt listened to (average, 1 to 5)", fb.FeltListenedTo));
        rows.Add(Row("Participant feedback", "Treated with respect (average, 1 to 5)", fb.TreatedWithRespect));
        rows.Add(Row("Participant feedback", "Had a say (average, 1 to 5)", fb.HadASay));
        rows.Add(Row("Participant feedback", "The plan feels like ours (average, 1 to 5)", fb.PlanFeelsLikeOurs));
        return rows;
    }

    /// <summary>The headline figures of the families attached in each quarter.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> QuarterRows(ImpactReportFigures report) =>
        report.Quarters.Select(q => (IReadOnlyList<object?>)
        [
            q.Label, q.Figures.Families,
            q.Figures.Offending.Reduced, q.Figures.Offending.Families, q.Figures.Offending.Percent,
            q.Figures.Education.Improved, q.Figures.Education.Children, q.Figures.Education.Percent,
            q.Figures.Employment.Entered, q.Figures.Employment.Families, q.Figures.Employment.Percent,
            q.Figures.TurnedAround,
        ]).ToList();

    public static string Csv(ImpactReportFigures report) =>
        Spreadsheets.Csv(new DownloadSheet("Impact report", FigureRows(report).Prepend(FigureHeader)), new DownloadSheet("By attachment quarter", QuarterRows(report).Prepend(QuarterHeader)));

    public static byte[] Xlsx(ImpactReportFigures report) =>
        Spreadsheets.Xlsx(new DownloadSheet("Impact report", FigureRows(report).Prepend(FigureHeader)), new DownloadSheet("By attachment quarter", QuarterRows(report).Prepend(QuarterHeader)));

    public static string FileName(ImpactCohort cohort, string extension) =>
        $"impact-report-{Iso(cohort.AsAt)}.{extension}";

    private static IReadOnlyList<object?> Row(string section, string measure, object? value, object? outOf = null, object? percent = null) =>
        [section, measure, value, outOf, percent];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
