using FamilyFirst.Domain.Impact;

namespace FamilyFirst.Web.Pages.Reports;

/// <summary>The headline figures of a snapshot as the public sees them, after disclosure control at the threshold.</summary>
public sealed record PublishedHeadlinesView(ImpactReportFigures Figures, int Threshold);

/// <summary>A snapshot's Supporting Families figures as the public sees them, after disclosure control at the threshold.</summary>
public sealed record PublishedSupportingFamiliesView(FamilyFirst.Domain.Outcomes.SupportingFamilies.SupportingFamiliesFigures Figures, int Threshold);
