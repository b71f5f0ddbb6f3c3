namespace FamilyFirst.Domain.Outcomes;

/// <summary>
/// The thresholds and windows of the Family First results framework (domain reference, sections 5.1 to 5.4).
/// Every number is configuration; <see cref="Default"/> holds the published values.
/// </summary>
public sealed record OutcomeRules
{
    /// <summary>The published framework: 6-month crime windows, 33% / 60% reductions, 15% / 85% attendance, 3 terms, 26 / 13 weeks' work.</summary>
    public static OutcomeRules Default { get; } = new();

    /// <summary>Length of the crime and ASB baseline and outcome windows, in calendar months.</summary>
    public int CrimeWindowMonths { get; init; } = 6;

    /// <summary>Reduction in youth offences needed, in percent (met when 100 × outcome ≤ (100 − this) × baseline).</summary>
    public int YouthOffendingReductionPercent { get; init; } = 33;

    /// <summary>Reduction in anti-social behaviour incidents needed, in percent (met when 100 × outcome ≤ (100 − this) × baseline).</summary>
    public int AntiSocialBehaviourReductionPercent { get; init; } = 60;

    /// <summary>Age from which a person is an adult: offences at this age or older are not youth offences.</summary>
    public int AdultAge { get; init; } = 18;

    /// <summary>Most recent terms used for a child's baseline (fewer if fewer exist) and exactly needed for the outcome.</summary>
    public int TermsCompared { get; init; } = 3;

    /// <summary>Unauthorised absence, in percent of possible sessions, that is an education problem at baseline (and must be beaten after).</summary>
    public int UnauthorisedAbsenceProblemPercent { get; init; } = 15;

    /// <summary>Fixed-term exclusions within a span that make an education problem.</summary>
    public int FixedTermExclusionsProblemCount { get; init; } = 3;

    /// <summary>Attendance, in percent of possible sessions, that a child must exceed for the headline attendance result.</summary>
    public int HeadlineAttendancePercent { get; init; } = 85;

    /// <summary>Employment days needed when a benefit at attachment was Jobseeker's Allowance (26 weeks).</summary>
    public int JobseekersEmploymentDaysNeeded { get; init; } = 182;

    /// <summary>Days before the assessment date in which a Jobseeker's Allowance claimant's employment days are counted (30 weeks).</summary>
    public int JobseekersEmploymentWindowDays { get; init; } = 210;

    /// <summary>Employment days needed for any other out-of-work benefit (13 weeks).</summary>
    public int OtherBenefitEmploymentDaysNeeded { get; init; } = 91;

    /// <summary>Days before the assessment date in which other claimants' employment days are counted (15 weeks).</summary>
    public int OtherBenefitEmploymentWindowDays { get; init; } = 105;

    /// <summary>Benefit code of Jobseeker's Allowance, which sets the longer employment test.</summary>
    public string JobseekersAllowanceCode { get; init; } = "JSA";

    /// <summary>Benefit codes that count as out-of-work benefits (compared ignoring case).</summary>
    public IReadOnlyList<string> OutOfWorkBenefitCodes { get; init; } = ["JSA", "ESA", "IB", "IS", "CA", "SDA", "UC"];

    /// <summary>Youth offences after, as a percentage of before, at or below which the measure is met (67 by default).</summary>
    public int YouthOffendingMaximumOutcomePercent => 100 - YouthOffendingReductionPercent;

    /// <summary>ASB incidents after, as a percentage of before, at or below which the measure is met (40 by default).</summary>
    public int AntiSocialBehaviourMaximumOutcomePercent => 100 - AntiSocialBehaviourReductionPercent;

    /// <summary>Whether a benefit code is an out-of-work benefit under these rules.</summary>
    public bool IsOutOfWorkBenefit(string benefitCode)
    {
        foreach (var code in OutOfWorkBenefitCodes)
        {
            if (string.Equals(code, benefitCode, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a benefit code is Jobseeker's Allowance under these rules.</summary>
    public bool IsJobseekersAllowance(string benefitCode) =>
        string.Equals(JobseekersAllowanceCode, benefitCode, StringComparison.OrdinalIgnoreCase);

    /// <summary>Checks settings an administrator has entered, with a message in the Design System's wording for the first problem.</summary>
    public Result Validate()
    {
        if (CrimeWindowMonths is < 1 or > 60)
        {
            return Result.Fail("Crime and anti-social behaviour window must be between 1 and 60 months");
        }

        if (YouthOffendingReductionPercent is < 0 or > 100)
        {
            return Result.Fail("Youth offending reduction must be between 0% and 100%");
        }

        if (AntiSocialBehaviourReductionPercent is < 0 or > 100)
        {
            return Result.Fail("Anti-social behaviour reduction must be between 0% and 100%");
        }

        if (AdultAge is < 1 or > 100)
        {
            return Result.Fail("Adult age must be between 1 and 100");
        }

        if (TermsCompared is < 1 or > 12)
        {
            return Result.Fail("Terms compared must be between 1 and 12");
        }

        if (UnauthorisedAbsenceProblemPercent is < 0 or > 100)
        {
            return Result.Fail("Unauthorised absence threshold must be between 0% and 100%");
        }

        if (FixedTermExclusionsProblemCount < 1)
        {
            return Result.Fail("Fixed-term exclusions threshold must be 1 or more");
        }

        if (HeadlineAttendancePercent is < 0 or > 100)
        {
            return Result.Fail("Attendance threshold must be between 0% and 100%");
        }

        if (JobseekersEmploymentDaysNeeded < 1 || JobseekersEmploymentWindowDays < JobseekersEmploymentDaysNeeded)
        {
            return Result.Fail("Jobseeker's Allowance employment window must be at least as long as the days needed");
        }

        if (OtherBenefitEmploymentDaysNeeded < 1 || OtherBenefitEmploymentWindowDays < OtherBenefitEmploymentDaysNeeded)
        {
            return Result.Fail("Employment window must be at least as long as the days needed");
        }

        if (string.IsNullOrWhiteSpace(JobseekersAllowanceCode) || OutOfWorkBenefitCodes.Count == 0)
        {
            return Result.Fail("Enter the out-of-work benefit codes");
        }

        return Result.Ok();
    }
}
