using System.Globalization;

namespace FamilyFirst.Domain.Outcomes;

/// <summary>
/// One family's Family First results at an assessment date, with the working behind each so a person can
/// check it. The flat properties are the columns of the <c>results</c> export, in its order.
/// </summary>
public sealed record FamilyResults
{
    /// <summary>The <c>results</c> CSV columns, in the order of the data-formats contract.</summary>
    public static IReadOnlyList<string> ResultsColumns { get; } =
    [
        "family_ref", "attached_on", "crime_asb_applies", "crime_asb_assessable", "crime_asb_met", "crime_asb_stopped",
        "youth_offences_baseline", "youth_offences_outcome", "asb_baseline", "asb_outcome", "education_applies",
        "education_assessable", "education_met", "children_with_problem", "children_attendance_improved",
        "adults_on_out_of_work_benefits", "adult_entered_employment", "continuous_employment_met",
        "progress_to_work", "crime_asb_education_met", "turned_around",
    ];

    public required string FamilyReference { get; init; }

    public required DateOnly AttachedOn { get; init; }

    /// <summary>The assessment date ("T").</summary>
    public required DateOnly AsAt { get; init; }

    /// <summary>
    /// False when the family was attached on or after the assessment date: it is then left out of every
    /// report and count, and every result below is false or 0.
    /// </summary>
    public required bool Eligible { get; init; }

    public required string EligibilityReason { get; init; }

    public required CrimeAndAsbResult CrimeAndAsb { get; init; }

    public required EducationResult Education { get; init; }

    public required WorkResult Work { get; init; }

    /// <summary>
    /// The crime/ASB/education result: at least one of the two components applies, and every component that
    /// applies is assessable and met.
    /// </summary>
    public required bool CrimeAsbEducationMet { get; init; }

    public required string CrimeAsbEducationReason { get; init; }

    /// <summary>Turned around: the crime/ASB/education result or the continuous employment result is met.</summary>
    public required bool TurnedAround { get; init; }

    public required string TurnedAroundReason { get; init; }

    public bool CrimeAsbApplies => CrimeAndAsb.Applies;

    public bool CrimeAsbAssessable => CrimeAndAsb.Assessable;

    public bool CrimeAsbMet => CrimeAndAsb.Met;

    /// <summary>The crime/ASB component applies, is assessable, and both outcome counts are 0.</summary>
    public bool CrimeAsbStopped => CrimeAndAsb.Stopped;

    public int YouthOffencesBaseline => CrimeAndAsb.YouthOffending.Baseline;

    public int YouthOffencesOutcome => CrimeAndAsb.YouthOffending.Outcome;

    public int AsbBaseline => CrimeAndAsb.AntiSocialBehaviour.Baseline;

    public int AsbOutcome => CrimeAndAsb.AntiSocialBehaviour.Outcome;

    public bool EducationApplies => Education.Applies;

    public bool EducationAssessable => Education.Assessable;

    public bool EducationMet => Education.Met;

    /// <summary>
    /// Children with an education problem at baseline who are assessable (have all their outcome terms): the
    /// family's share of the impact report's <c>education.children</c>. Children with a problem who cannot
    /// be assessed yet are in <see cref="EducationResult.ChildrenWithProblemAtBaseline"/> only.
    /// </summary>
    public int ChildrenWithProblem => Education.ChildrenWithProblemAssessed;

    /// <summary>
    /// Of <see cref="ChildrenWithProblem"/>, those meeting the headline "attendance over 85% and reduced
    /// exclusions": the family's share of the impact report's <c>education.improved</c>.
    /// </summary>
    public int ChildrenAttendanceImproved => Education.ChildrenAttendanceImproved;

    public int AdultsOnOutOfWorkBenefits => Work.AdultsOnOutOfWorkBenefits;

    public bool AdultEnteredEmployment => Work.AdultEnteredEmployment;

    public bool ContinuousEmploymentMet => Work.ContinuousEmploymentMet;

    public bool ProgressToWork => Work.ProgressToWork;

    /// <summary>The values of <see cref="ResultsColumns"/> as the export writes them: ISO dates, <c>true</c>/<c>false</c>, whole numbers. Not yet CSV-quoted.</summary>
    public string[] ToResultsRow() =>
    [
        FamilyReference, WorkingText.Iso(AttachedOn), Flag(CrimeAsbApplies), Flag(CrimeAsbAssessable), Flag(CrimeAsbMet),
        Flag(CrimeAsbStopped), Number(YouthOffencesBaseline), Number(YouthOffencesOutcome), Number(AsbBaseline),
        Number(AsbOutcome), Flag(EducationApplies), Flag(EducationAssessable), Flag(EducationMet),
        Number(ChildrenWithProblem), Number(ChildrenAttendanceImproved), Number(AdultsOnOutOfWorkBenefits),
        Flag(AdultEnteredEmployment), Flag(ContinuousEmploymentMet), Flag(ProgressToWork), Flag(CrimeAsbEducationMet),
        Flag(TurnedAround),
    ];

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The crime and anti-social behaviour component (section 5.1), with its windows and counts.</summary>
public sealed record CrimeAndAsbResult
{
    /// <summary>The 6 months before attachment: <c>[A − 6 months, A)</c>.</summary>
    public required DateWindow BaselineWindow { get; init; }

    /// <summary>The 6 months before the assessment date: <c>[T − 6 months, T)</c>.</summary>
    public required DateWindow OutcomeWindow { get; init; }

    /// <summary>Proven offences by family members under 18 on the offence date.</summary>
    public required CrimeMeasureResult YouthOffending { get; init; }

    /// <summary>ASB incidents by any family member, any age.</summary>
    public required CrimeMeasureResult AntiSocialBehaviour { get; init; }

    /// <summary>Either baseline count is above 0.</summary>
    public required bool Applies { get; init; }

    /// <summary>The outcome window starts on or after attachment (<c>T − 6 months ≥ A</c>).</summary>
    public required bool Assessable { get; init; }

    /// <summary>Applies, is assessable, and every measure that applies is met.</summary>
    public required bool Met { get; init; }

    /// <summary>Applies, is assessable, and both outcome counts are 0.</summary>
    public required bool Stopped { get; init; }

    public required string Reason { get; init; }
}

/// <summary>One crime measure (youth offending or ASB): its counts before and after and whether it is met.</summary>
public sealed record CrimeMeasureResult(int Baseline, int Outcome, bool Applies, bool Met, string Reason);

/// <summary>The education component (section 5.2) for the family, with each child's working.</summary>
public sealed record EducationResult
{
    /// <summary>Every child with school records (counted terms or exclusions), eldest first.</summary>
    public required IReadOnlyList<ChildEducationResult> Children { get; init; }

    /// <summary>Any child had an education problem at baseline.</summary>
    public required bool Applies { get; init; }

    /// <summary>Applies, and every child with a problem at baseline has all the outcome terms needed.</summary>
    public required bool Assessable { get; init; }

    /// <summary>Assessable, and every child with a problem at baseline meets the results-payment education result.</summary>
    public required bool Met { get; init; }

    /// <summary>Children with a problem at baseline, assessable or not.</summary>
    public required int ChildrenWithProblemAtBaseline { get; init; }

    /// <summary>Children with a problem at baseline who are assessable.</summary>
    public required int ChildrenWithProblemAssessed { get; init; }

    /// <summary>Of <see cref="ChildrenWithProblemAssessed"/>, those meeting the headline attendance result.</summary>
    public required int ChildrenAttendanceImproved { get; init; }

    public required string Reason { get; init; }
}

/// <summary>Attendance sessions summed across a child's terms.</summary>
public readonly record struct SessionTotals(long Possible, long Authorised, long Unauthorised)
{
    public long Attended => Possible - Authorised - Unauthorised;

    /// <summary>Unauthorised absence as a percentage of possible sessions, one decimal place, for display; null with no sessions.</summary>
    public decimal? UnauthorisedPercent => WorkingText.Percent(Unauthorised, Possible);

    /// <summary>Attendance as a percentage of possible sessions, one decimal place, for display; null with no sessions.</summary>
    public decimal? AttendancePercent => WorkingText.Percent(Attended, Possible);
}

/// <summary>One child's education working: baseline and outcome terms, spans, sessions and exclusions, and each result.</summary>
public sealed record ChildEducationResult
{
    public required Guid PersonId { get; init; }

    /// <summary>The child's last terms (by end date) ending on or before attachment, oldest first.</summary>
    public required IReadOnlyList<TermAttendance> BaselineTerms { get; init; }

    /// <summary>First baseline term's start to last one's end (both included, so the window ends the day after); null with no baseline terms.</summary>
    public required DateWindow? BaselineSpan { get; init; }

    public required SessionTotals BaselineSessions { get; init; }

    public required int BaselineFixedTermExclusions { get; init; }

    public required int BaselinePermanentExclusions { get; init; }

    public required bool ProblemAtBaseline { get; init; }

    public required string ProblemReason { get; init; }

    /// <summary>The child's last terms (by end date) starting on or after attachment and ending before the assessment date, oldest first.</summary>
    public required IReadOnlyList<TermAttendance> OutcomeTerms { get; init; }

    /// <summary>First outcome term's start to last one's end (both included); null with no outcome terms.</summary>
    public required DateWindow? OutcomeSpan { get; init; }

    public required SessionTotals OutcomeSessions { get; init; }

    public required int OutcomeFixedTermExclusions { get; init; }

    public required int OutcomePermanentExclusions { get; init; }

    /// <summary>The child has exactly the number of outcome terms needed (3 by default).</summary>
    public required bool Assessable { get; init; }

    /// <summary>Problem at baseline, assessable, and after: no permanent exclusion, fewer than 3 fixed-term, unauthorised absence under 15%.</summary>
    public required bool ResultsPaymentMet { get; init; }

    public required string ResultsPaymentReason { get; init; }

    /// <summary>Problem at baseline, assessable, and after: attendance over 85%, no permanent exclusion, fewer exclusions than before (or none when there were none).</summary>
    public required bool AttendanceImproved { get; init; }

    public required string AttendanceReason { get; init; }

    public int BaselineExclusions => BaselineFixedTermExclusions + BaselinePermanentExclusions;

    public int OutcomeExclusions => OutcomeFixedTermExclusions + OutcomePermanentExclusions;
}

/// <summary>The work measures (section 5.3) for the family, with each adult's working.</summary>
public sealed record WorkResult
{
    /// <summary>Every family member aged 18 or over at attachment, eldest first.</summary>
    public required IReadOnlyList<AdultWorkResult> Adults { get; init; }

    public required int AdultsOnOutOfWorkBenefits { get; init; }

    /// <summary>An adult on out-of-work benefits at attachment started a job on or after attachment and before the assessment date.</summary>
    public required bool AdultEnteredEmployment { get; init; }

    /// <summary>An adult on out-of-work benefits at attachment has the continuous employment result.</summary>
    public required bool ContinuousEmploymentMet { get; init; }

    /// <summary>An adult on out-of-work benefits at attachment was referred to an employment programme since attachment.</summary>
    public required bool ProgressToWork { get; init; }

    public required string Reason { get; init; }
}

/// <summary>One adult's work working: benefits at attachment, employment days counted and each result.</summary>
public sealed record AdultWorkResult
{
    public required Guid PersonId { get; init; }

    /// <summary>A spell of an out-of-work benefit covers the attachment date.</summary>
    public required bool OnOutOfWorkBenefits { get; init; }

    /// <summary>The out-of-work benefit codes covering the attachment date, in the order of the rules' list.</summary>
    public required IReadOnlyList<string> BenefitsAtAttachment { get; init; }

    /// <summary>One of <see cref="BenefitsAtAttachment"/> is Jobseeker's Allowance, so the longer test applies.</summary>
    public required bool OnJobseekersAllowance { get; init; }

    /// <summary>The employment window <c>[T − 210 days, T)</c> or <c>[T − 105 days, T)</c>; null when not on out-of-work benefits.</summary>
    public required DateWindow? EmploymentWindow { get; init; }

    /// <summary>The part of the employment window on or after attachment, where days are counted; null when not on out-of-work benefits.</summary>
    public required DateWindow? EmploymentDaysCountedIn { get; init; }

    public required int EmploymentDaysNeeded { get; init; }

    /// <summary>Days covered by the union of the adult's employment spells within <see cref="EmploymentDaysCountedIn"/>.</summary>
    public required int EmploymentDays { get; init; }

    public required bool ContinuousEmploymentMet { get; init; }

    public required string ContinuousEmploymentReason { get; init; }

    /// <summary>The first employment spell start on or after attachment and before the assessment date.</summary>
    public required DateOnly? EnteredEmploymentOn { get; init; }

    /// <summary>On out-of-work benefits at attachment and <see cref="EnteredEmploymentOn"/> is set.</summary>
    public required bool EnteredEmployment { get; init; }

    /// <summary>The first referral to an employment programme on or after attachment and before the assessment date.</summary>
    public required DateOnly? ReferredToEmploymentProgrammeOn { get; init; }

    /// <summary>On out-of-work benefits at attachment and <see cref="ReferredToEmploymentProgrammeOn"/> is set.</summary>
    public required bool ProgressToWork { get; init; }

    public required string Reason { get; init; }
}
