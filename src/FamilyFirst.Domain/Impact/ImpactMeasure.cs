using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Impact;

/// <summary>
/// The figures of the impact report that are counts of families (or of their children), each with a name used
/// in addresses (<see cref="ImpactMeasures.Slug"/>), a plain-English title, and the rule that says whether a
/// family is one of those behind the figure.
/// </summary>
public enum ImpactMeasure
{
    /// <summary>Families attached before the as-at date: the cohort.</summary>
    Families,

    /// <summary>Families whose crime/ASB component applies and is assessable (the offending headline's denominator).</summary>
    OffendingFamilies,

    /// <summary>Of those, families meeting the crime/ASB component (the offending headline).</summary>
    OffendingReduced,

    /// <summary>Of those, families whose outcome counts are both 0.</summary>
    OffendingStopped,

    /// <summary>Families with a child with an education problem at baseline who is assessable.</summary>
    EducationChildren,

    /// <summary>Families with a child who increased attendance to over 85% and reduced exclusions.</summary>
    EducationImproved,

    /// <summary>Families with an adult on out-of-work benefits at attachment (the employment headline's denominator).</summary>
    EmploymentFamilies,

    /// <summary>Of those, families with an adult who entered employment (the employment headline).</summary>
    EmploymentEntered,

    /// <summary>Families with the continuous employment result.</summary>
    ContinuousEmployment,

    /// <summary>Families with an adult on out-of-work benefits referred to an employment programme.</summary>
    ProgressToWork,

    /// <summary>Families with the crime, anti-social behaviour and education result.</summary>
    CrimeAsbEducation,

    /// <summary>Families turned around.</summary>
    TurnedAround,

    /// <summary>Families with a child looked after on the family's attachment date.</summary>
    LookedAfterAtAttachment,

    /// <summary>Families with a child looked after on the as-at date.</summary>
    LookedAfterNow,
}

/// <summary>One family as the impact report counts it: its results, and how many of its children were looked after at attachment and at the as-at date.</summary>
public sealed record FamilyImpact(FamilyResults Results, int LookedAfterAtAttachment, int LookedAfterNow);

public static class ImpactMeasures
{
    /// <summary>The measure's name in addresses and downloads, such as <c>offending-reduced</c>.</summary>
    public static string Slug(this ImpactMeasure measure) => measure switch
    {
        ImpactMeasure.Families => "families",
        ImpactMeasure.OffendingFamilies => "offending-families",
        ImpactMeasure.OffendingReduced => "offending-reduced",
        ImpactMeasure.OffendingStopped => "offending-stopped",
        ImpactMeasure.EducationChildren => "education-children",
        ImpactMeasure.EducationImproved => "education-improved",
        ImpactMeasure.EmploymentFamilies => "employment-families",
        ImpactMeasure.EmploymentEntered => "employment-entered",
        ImpactMeasure.ContinuousEmployment => "continuous-employment",
        ImpactMeasure.ProgressToWork => "progress-to-work",
        ImpactMeasure.CrimeAsbEducation => "crime-asb-education",
        ImpactMeasure.TurnedAround => "turned-around",
        ImpactMeasure.LookedAfterAtAttachment => "looked-after-at-attachment",
        ImpactMeasure.LookedAfterNow => "looked-after-now",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>The measure named by <paramref name="slug"/>, or null when there is none.</summary>
    public static ImpactMeasure? Parse(string? slug) =>
        Enum.GetValues<ImpactMeasure>().Cast<ImpactMeasure?>().FirstOrDefault(m => m!.Value.Slug() == slug);

    /// <summary>Who the list of families behind the measure is, in plain English.</summary>
    public static string Title(this ImpactMeasure measure) => measure switch
    {
        ImpactMeasure.Families => "Families in the report",
        ImpactMeasure.OffendingFamilies => "Families with offending or anti-social behaviour that can be assessed",
        ImpactMeasure.OffendingReduced => "Families who significantly reduced (or stopped) their offending",
        ImpactMeasure.OffendingStopped => "Families who stopped their offending and anti-social behaviour",
        ImpactMeasure.EducationChildren => "Families with a child who had a school attendance or exclusion problem",
        ImpactMeasure.EducationImproved => "Families with a child who increased their school attendance to over 85% and reduced their exclusions",
        ImpactMeasure.EmploymentFamilies => "Families with an adult on out-of-work benefits when they joined",
        ImpactMeasure.EmploymentEntered => "Families who had an adult who entered into employment",
        ImpactMeasure.ContinuousEmployment => "Families with a continuous employment result",
        ImpactMeasure.ProgressToWork => "Families who made progress to work",
        ImpactMeasure.CrimeAsbEducation => "Families with the crime, anti-social behaviour and education result",
        ImpactMeasure.TurnedAround => "Families turned around",
        ImpactMeasure.LookedAfterAtAttachment => "Families with a looked-after child when they joined the programme",
        ImpactMeasure.LookedAfterNow => "Families with a looked-after child at the report date",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>The anchor of the measure's definition on the definitions page.</summary>
    public static string DefinitionAnchor(this ImpactMeasure measure) => measure switch
    {
        ImpactMeasure.Families => "families",
        ImpactMeasure.OffendingFamilies or ImpactMeasure.OffendingReduced or ImpactMeasure.OffendingStopped => "offending",
        ImpactMeasure.EducationChildren or ImpactMeasure.EducationImproved => "education",
        ImpactMeasure.EmploymentFamilies or ImpactMeasure.EmploymentEntered => "employment",
        ImpactMeasure.ContinuousEmployment => "continuous-employment",
        ImpactMeasure.ProgressToWork => "progress-to-work",
        ImpactMeasure.CrimeAsbEducation or ImpactMeasure.TurnedAround => "turned-around",
        ImpactMeasure.LookedAfterAtAttachment or ImpactMeasure.LookedAfterNow => "looked-after",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>Whether the family is one of those behind the measure. A family not eligible at the as-at date never is.</summary>
    public static bool Includes(this ImpactMeasure measure, FamilyImpact family)
    {
        ArgumentNullException.ThrowIfNull(family);
        var r = family.Results;
        if (!r.Eligible)
        {
            return false;
        }

        return measure switch
        {
            ImpactMeasure.Families => true,
            ImpactMeasure.OffendingFamilies => r.CrimeAsbApplies && r.CrimeAsbAssessable,
            ImpactMeasure.OffendingReduced => r.CrimeAsbApplies && r.CrimeAsbAssessable && r.CrimeAsbMet,
            ImpactMeasure.OffendingStopped => r.CrimeAsbApplies && r.CrimeAsbAssessable && r.CrimeAsbStopped,
            ImpactMeasure.EducationChildren => r.ChildrenWithProblem > 0,
            ImpactMeasure.EducationImproved => r.ChildrenAttendanceImproved > 0,
            ImpactMeasure.EmploymentFamilies => r.AdultsOnOutOfWorkBenefits > 0,
            ImpactMeasure.EmploymentEntered => r.AdultsOnOutOfWorkBenefits > 0 && r.AdultEnteredEmployment,
            ImpactMeasure.ContinuousEmployment => r.ContinuousEmploymentMet,
            ImpactMeasure.ProgressToWork => r.ProgressToWork,
            ImpactMeasure.CrimeAsbEducation => r.CrimeAsbEducationMet,
            ImpactMeasure.TurnedAround => r.TurnedAround,
            ImpactMeasure.LookedAfterAtAttachment => family.LookedAfterAtAttachment > 0,
            ImpactMeasure.LookedAfterNow => family.LookedAfterNow > 0,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
        };
    }
}
