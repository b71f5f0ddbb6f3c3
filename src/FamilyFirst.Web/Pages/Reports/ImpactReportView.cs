using FamilyFirst.Domain.Impact;

namespace FamilyFirst.Web.Pages.Reports;

/// <summary>What the report partial shows: the figures (live or from a snapshot), and whether to link each to its families.</summary>
public sealed record ImpactReportView(ImpactReportFigures Figures, bool LinkFamilies);
