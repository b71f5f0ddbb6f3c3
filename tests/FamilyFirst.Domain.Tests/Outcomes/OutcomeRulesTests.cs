using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Tests.Outcomes;

public class OutcomeRulesTests
{
    [Fact]
    public void Default_HoldsThePublishedFramework()
    {
        var rules = OutcomeRules.Default;

        Assert.Equal(6, rules.CrimeWindowMonths);
        Assert.Equal(67, rules.YouthOffendingMaximumOutcomePercent);
        Assert.Equal(40, rules.AntiSocialBehaviourMaximumOutcomePercent);
        Assert.Equal(18, rules.AdultAge);
        Assert.Equal(3, rules.TermsCompared);
        Assert.Equal(15, rules.UnauthorisedAbsenceProblemPercent);
        Assert.Equal(3, rules.FixedTermExclusionsProblemCount);
        Assert.Equal(85, rules.HeadlineAttendancePercent);
        Assert.Equal((182, 210, 91, 105), (rules.JobseekersEmploymentDaysNeeded, rules.JobseekersEmploymentWindowDays, rules.OtherBenefitEmploymentDaysNeeded, rules.OtherBenefitEmploymentWindowDays));
        Assert.Equal(["JSA", "ESA", "IB", "IS", "CA", "SDA", "UC"], rules.OutOfWorkBenefitCodes);
        Assert.True(rules.Validate().Succeeded);
    }

    [Theory]
    [InlineData("uc", true)]
    [InlineData("PIP", false)]
    [InlineData("DLA", false)]
    public void IsOutOfWorkBenefit_IgnoresCase(string code, bool outOfWork)
    {
        Assert.Equal(outOfWork, OutcomeRules.Default.IsOutOfWorkBenefit(code));
    }

    [Fact]
    public void Validate_RefusesAWindowShorterThanTheDaysNeeded()
    {
        var rules = OutcomeRules.Default with { OtherBenefitEmploymentWindowDays = 90 };

        var result = rules.Validate();

        Assert.False(result.Succeeded);
        Assert.Equal("Employment window must be at least as long as the days needed", result.Error);
    }

    [Fact]
    public void Calculate_UsesTheConfiguredThresholds()
    {
        var son = TestFamilies.Son;
        var data = TestFamilies.Family(new DateOnly(2014, 3, 1)) with
        {
            Offences = [new(son, new DateOnly(2014, 1, 1)), new(son, new DateOnly(2014, 1, 2)), new(son, new DateOnly(2014, 5, 1))],
        };

        var strict = FamilyResultsCalculator.Calculate(data, new DateOnly(2014, 9, 1), OutcomeRules.Default with { YouthOffendingReductionPercent = 51 });
        var usual = FamilyResultsCalculator.Calculate(data, new DateOnly(2014, 9, 1), OutcomeRules.Default);

        Assert.False(strict.CrimeAsbMet);
        Assert.True(usual.CrimeAsbMet);
    }
}
