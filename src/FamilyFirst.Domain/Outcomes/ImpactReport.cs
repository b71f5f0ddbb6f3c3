namespace FamilyFirst.Domain.Outcomes;

/// <summary>
/// The programme's impact figures at an assessment date, built up one family's results at a time. Holds only
/// running counts, so any number of families can be streamed through it; reports from separate batches can
/// be combined.
/// </summary>
public sealed class ImpactReport
{
    private int _families;
    private int _offendingFamilies;
    private int _offendingReduced;
    private int _offendingStopped;
    private int _educationChildren;
    private int _educationImproved;
    private int _employmentFamilies;
    private int _employmentEntered;
    private int _employmentContinuous;
    private int _crimeAsbEducationResults;
    private int _continuousEmploymentResults;
    private int _progressToWork;
    private int _turnedAround;

    public ImpactReport(DateOnly asAt)
    {
        AsAt = asAt;
    }

    /// <summary>The assessment date every family's results must be worked out at.</summary>
    public DateOnly AsAt { get; }

    /// <summary>Counts one family. A family left out (attached on or after the assessment date) changes nothing.</summary>
    /// <exception cref="ArgumentException">The results were worked out at a different assessment date.</exception>
    public void Add(FamilyResults results)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.AsAt != AsAt)
        {
            throw new ArgumentException(
                $"Results for family {results.FamilyReference} are at {WorkingText.Iso(results.AsAt)}, not at the report's date {WorkingText.Iso(AsAt)}.",
                nameof(results));
        }

        if (!results.Eligible)
        {
            return;
        }

        _families++;

        if (results.CrimeAsbApplies && results.CrimeAsbAssessable)
        {
            _offendingFamilies++;
            if (results.CrimeAsbMet) _offendingReduced++;
            if (results.CrimeAsbStopped) _offendingStopped++;
        }

        _educationChildren += results.ChildrenWithProblem;
        _educationImproved += results.ChildrenAttendanceImproved;

        if (results.AdultsOnOutOfWorkBenefits > 0)
        {
            _employmentFamilies++;
            if (results.AdultEnteredEmployment) _employmentEntered++;
            if (results.ContinuousEmploymentMet) _employmentContinuous++;
        }

        if (results.CrimeAsbEducationMet) _crimeAsbEducationResults++;
        if (results.ContinuousEmploymentMet) _continuousEmploymentResults++;
        if (results.ProgressToWork) _progressToWork++;
        if (results.TurnedAround) _turnedAround++;
    }

    /// <summary>A new report counting the families of both; neither is changed. Both must be at the same assessment date.</summary>
    /// <exception cref="ArgumentException">The reports are at different assessment dates.</exception>
    public ImpactReport Combine(ImpactReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.AsAt != AsAt)
        {
            throw new ArgumentException(
                $"Cannot combine a report at {WorkingText.Iso(other.AsAt)} with one at {WorkingText.Iso(AsAt)}.", nameof(other));
        }

        return new ImpactReport(AsAt)
        {
            _families = _families + other._families,
            _offendingFamilies = _offendingFamilies + other._offendingFamilies,
            _offendingReduced = _offendingReduced + other._offendingReduced,
            _offendingStopped = _offendingStopped + other._offendingStopped,
            _educationChildren = _educationChildren + other._educationChildren,
            _educationImproved = _educationImproved + other._educationImproved,
            _employmentFamilies = _employmentFamilies + other._employmentFamilies,
            _employmentEntered = _employmentEntered + other._employmentEntered,
            _employmentContinuous = _employmentContinuous + other._employmentContinuous,
            _crimeAsbEducationResults = _crimeAsbEducationResults + other._crimeAsbEducationResults,
            _continuousEmploymentResults = _continuousEmploymentResults + other._continuousEmploymentResults,
            _progressToWork = _progressToWork + other._progressToWork,
            _turnedAround = _turnedAround + other._turnedAround,
        };
    }

    /// <summary>The figures so far, in the shape of the <c>report impact</c> JSON.</summary>
    public ImpactFigures ToFigures() => new(
        AsAt,
        _families,
        new OffendingFigures(_offendingFamilies, _offendingReduced, _offendingStopped, Percent(_offendingReduced, _offendingFamilies)),
        new EducationFigures(_educationChildren, _educationImproved, Percent(_educationImproved, _educationChildren)),
        new EmploymentFigures(_employmentFamilies, _employmentEntered, Percent(_employmentEntered, _employmentFamilies), _employmentContinuous),
        _crimeAsbEducationResults,
        _continuousEmploymentResults,
        _progressToWork,
        _turnedAround);

    /// <summary>
    /// <paramref name="part"/> as a percentage of <paramref name="whole"/> to one decimal place, rounded half away
    /// from zero; null when <paramref name="whole"/> is 0, as there is no percentage of nothing.
    /// </summary>
    public static decimal? Percent(int part, int whole) => WorkingText.Percent(part, whole);
}

/// <summary>The impact report's figures (the <c>report impact</c> JSON): counts always, percentages beside them.</summary>
public sealed record ImpactFigures(
    DateOnly AsAt,
    int Families,
    OffendingFigures Offending,
    EducationFigures Education,
    EmploymentFigures Employment,
    int CrimeAsbEducationResults,
    int ContinuousEmploymentResults,
    int ProgressToWork,
    int TurnedAround);

/// <summary>Families whose crime/ASB component applies and is assessable; of those, reduced (met) and stopped.</summary>
public sealed record OffendingFigures(int Families, int Reduced, int Stopped, decimal? Percent);

/// <summary>Children with an education problem at baseline who are assessable; of those, improved (the attendance headline).</summary>
public sealed record EducationFigures(int Children, int Improved, decimal? Percent);

/// <summary>Families with an adult on out-of-work benefits at attachment; of those, an adult entered employment, and the continuous employment results.</summary>
public sealed record EmploymentFigures(int Families, int Entered, decimal? Percent, int Continuous);
