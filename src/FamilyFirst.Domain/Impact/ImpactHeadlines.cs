using System.Globalization;
using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Impact;

/// <summary>
/// One of the three headline figures, worded as the council has always published them: a count of a
/// denominator, with the percentage beside it (never a percentage alone).
/// </summary>
public sealed record HeadlineFigure(
    string Key,
    string Wording,
    string Noun,
    int Count,
    int Denominator,
    decimal? Percent,
    ImpactMeasure CountMeasure,
    ImpactMeasure DenominatorMeasure)
{
    /// <summary>"36 of 40 families (90.0%) significantly reduced (or stopped) their offending".</summary>
    public string Sentence() =>
        string.Create(CultureInfo.InvariantCulture, $"{Count:N0} of {Denominator:N0} {Noun}")
        + (Percent is { } p ? string.Create(CultureInfo.InvariantCulture, $" ({p:0.0}%)") : string.Empty) + " " + Wording;

    /// <summary>The figure made safe to publish (counts below the threshold hidden, percentage withheld).</summary>
    public PublishedFigure Publish(int threshold) => DisclosureControl.Publish(Count, Denominator, threshold);
}

/// <summary>The three headline figures of the seed's "orange section", taken from the contract figures.</summary>
public static class ImpactHeadlines
{
    public const string Offending = "offending";
    public const string Education = "education";
    public const string Employment = "employment";

    public static IReadOnlyList<HeadlineFigure> From(ImpactFigures figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return
        [
            new(Offending, "significantly reduced (or stopped) their offending", "families",
                figures.Offending.Reduced, figures.Offending.Families, figures.Offending.Percent,
                ImpactMeasure.OffendingReduced, ImpactMeasure.OffendingFamilies),
            new(Education, "increased their school attendance to over 85% and reduced their exclusions", "children and young people",
                figures.Education.Improved, figures.Education.Children, figures.Education.Percent,
                ImpactMeasure.EducationImproved, ImpactMeasure.EducationChildren),
            new(Employment, "had an adult who entered into employment", "families",
                figures.Employment.Entered, figures.Employment.Families, figures.Employment.Percent,
                ImpactMeasure.EmploymentEntered, ImpactMeasure.EmploymentFamilies),
        ];
    }
}
