using FamilyFirst.Domain.Outcomes.SupportingFamilies;

namespace FamilyFirst.Domain.Tests.Outcomes.SupportingFamilies;

/// <summary>The Supporting Families claim rule at its edges, with fixed dates (domain reference 5.5).</summary>
public class SupportingFamiliesCalculatorTests
{
    private static readonly DateOnly Assessed = new(2023, 1, 10);
    private static readonly DateOnly PlanAgreed = new(2023, 2, 1);
    private static readonly DateOnly Closed = new(2023, 8, 31);

    // 31 August + 6 calendar months is 29 February in a leap year.
    private static readonly DateOnly SixMonthsOn = new(2024, 2, 29);

    private static readonly Guid Child = Guid.NewGuid();
    private static readonly Guid Parent = Guid.NewGuid();

    private static readonly SupportingFamiliesCalculator Calculator = new(SupportingFamiliesFramework.National);

    private static FamilyNeed Need(HeadlineOutcome headline, string code, DateOnly? achieved = null, DateOnly? lapsed = null, DateOnly? identified = null) =>
        new(Guid.NewGuid(), headline, code, null, "Lead practitioner", "practitioner-assessment", identified ?? Assessed,
            new NeedOutcome(achieved ?? new DateOnly(2023, 6, 1), lapsed, "school-records", "Attendance 96% in the summer term"));

    private static List<FamilyNeed> ThreeHeadlines() =>
    [
        Need(HeadlineOutcome.Education, "poor-attendance"),
        Need(HeadlineOutcome.Housing, "rent-arrears"),
        Need(HeadlineOutcome.FinancialStability, "problem-debt"),
    ];

    private static SupportingFamiliesData Family(IReadOnlyList<FamilyNeed>? needs = null, DateOnly? childBorn = null, DateOnly? closed = null) => new(
        Guid.NewGuid(),
        "FF00098",
        closed ?? Closed,
        HasLeadPractitioner: true,
        Assessed,
        PlanAgreed,
        [new FamilyMemberFacts(Parent, new DateOnly(1985, 4, 2), null), new FamilyMemberFacts(Child, childBorn ?? new DateOnly(2012, 5, 1), null)],
        needs ?? ThreeHeadlines());

    [Fact]
    public void ExactlyThreeHeadlines_AllSustained_IsClaimableFromClosurePlusSixMonths_TheLeapDay()
    {
        var result = Calculator.Calculate(Family(), SixMonthsOn);

        Assert.True(result.Claimable);
        Assert.Equal(SixMonthsOn, result.ClaimableFrom);
        Assert.Equal((3, 3, 3), (result.HeadlinesWithNeeds, result.Needs, result.NeedsSustained));
        Assert.Contains("Claimable from 29 February 2024", result.Working);
    }

    [Fact]
    public void ThirtyFirstAugustPlusSixMonths_IsTwentyEighthFebruaryInAnOrdinaryYear()
    {
        var yearEarlier = Family(closed: new DateOnly(2022, 8, 31)) with { AssessedOn = Assessed.AddYears(-1), PlanAgreedOn = PlanAgreed.AddYears(-1) };
        yearEarlier = yearEarlier with
        {
            Needs = yearEarlier.Needs.Select(n => n with { IdentifiedOn = n.IdentifiedOn.AddYears(-1), Outcome = n.Outcome! with { AchievedOn = n.Outcome.AchievedOn.AddYears(-1) } }).ToList(),
        };

        var dayBefore = Calculator.Calculate(yearEarlier, new DateOnly(2023, 2, 27));
        var result = Calculator.Calculate(yearEarlier, new DateOnly(2023, 2, 28));

        Assert.False(dayBefore.Claimable);

        Assert.True(result.Claimable);
        Assert.Equal(new DateOnly(2023, 2, 28), result.ClaimableFrom);
    }

    [Fact]
    public void TwoHeadlines_AreNotEnough_EvenWithThreeNeeds()
    {
        var needs = ThreeHeadlines();
        needs[2] = Need(HeadlineOutcome.Housing, "homelessness-risk");

        var result = Calculator.Calculate(Family(needs), SixMonthsOn);

        Assert.Equal((2, 3), (result.HeadlinesWithNeeds, result.Needs));
        Assert.False(result.Claimable);
        Assert.Null(result.ClaimableFrom);
    }

    [Fact]
    public void FiveMonthsAndThirtyDaysAfterClosure_IsTooSoonToClaim_SixMonthsIsNot()
    {
        // Closure 31 August 2023: five months and thirty days later is 28 February 2024, the day before closure + 6 months.
        var tooSoon = Calculator.Calculate(Family(), new DateOnly(2024, 2, 28));
        var onTime = Calculator.Calculate(Family(), SixMonthsOn);

        Assert.False(tooSoon.Claimable);
        Assert.Contains("Every condition holds, but the result cannot be claimed before 29 February 2024", tooSoon.Working);
        Assert.True(onTime.Claimable);
    }

    [Fact]
    public void AnOutcomeThatLapsedTheDayBeforeClosurePlusSixMonths_IsNotSustained_OnThatDayItIs()
    {
        var lapsedEarly = ThreeHeadlines();
        lapsedEarly[0] = Need(HeadlineOutcome.Education, "poor-attendance", lapsed: new DateOnly(2024, 2, 28));
        var lapsedOnTheDay = ThreeHeadlines();
        lapsedOnTheDay[0] = Need(HeadlineOutcome.Education, "poor-attendance", lapsed: SixMonthsOn);

        var early = Calculator.Calculate(Family(lapsedEarly), new DateOnly(2024, 6, 1));
        var onTheDay = Calculator.Calculate(Family(lapsedOnTheDay), new DateOnly(2024, 6, 1));

        Assert.Equal((2, false), (early.NeedsSustained, early.Claimable));
        Assert.False(early.NeedResults[0].Sustained);
        Assert.Equal((3, true), (onTheDay.NeedsSustained, onTheDay.Claimable));
    }

    [Fact]
    public void AnOutcomeAchievedOnTheClosureDate_Counts_TheDayAfterDoesNot()
    {
        var onClosure = ThreeHeadlines();
        onClosure[1] = Need(HeadlineOutcome.Housing, "rent-arrears", achieved: Closed);
        var dayAfter = ThreeHeadlines();
        dayAfter[1] = Need(HeadlineOutcome.Housing, "rent-arrears", achieved: Closed.AddDays(1));

        Assert.True(Calculator.Calculate(Family(onClosure), SixMonthsOn).Claimable);
        var late = Calculator.Calculate(Family(dayAfter), SixMonthsOn);
        Assert.False(late.Claimable);
        Assert.Contains("after the case closed, so it does not count", late.NeedResults[1].Working, StringComparison.Ordinal);
    }

    [Fact]
    public void NoDependentChild_IsNotClaimable_AChildWhoTurns18TheDayAfterClosureIs()
    {
        var turned18OnClosure = Calculator.Calculate(Family(childBorn: new DateOnly(2005, 8, 31)), SixMonthsOn);
        var turns18DayAfter = Calculator.Calculate(Family(childBorn: new DateOnly(2005, 9, 1)), SixMonthsOn);

        Assert.False(turned18OnClosure.DependentChildOrExpectant);
        Assert.False(turned18OnClosure.Claimable);
        Assert.True(turns18DayAfter.DependentChildOrExpectant);
        Assert.True(turns18DayAfter.Claimable);
    }

    [Fact]
    public void AnExpectantParent_CountsWhenTheBabyIsDueAfterTheAssessment_NotOnTheDay()
    {
        SupportingFamiliesData Expecting(DateOnly due) => Family() with
        {
            Members = [new FamilyMemberFacts(Parent, new DateOnly(1999, 4, 2), due)],
        };

        var dueAfter = Calculator.Calculate(Expecting(Assessed.AddDays(1)), SixMonthsOn);
        var dueOnTheDay = Calculator.Calculate(Expecting(Assessed), SixMonthsOn);

        Assert.True(dueAfter.DependentChildOrExpectant);
        Assert.True(dueAfter.Claimable);
        Assert.False(dueOnTheDay.DependentChildOrExpectant);
        Assert.False(dueOnTheDay.Claimable);
    }

    [Fact]
    public void ANeedAddedAfterThePlanWasAgreed_MeansThePlanDoesNotCoverTheNeeds_OneOnThePlanDayIsCovered()
    {
        var onThePlanDay = ThreeHeadlines();
        onThePlanDay[2] = Need(HeadlineOutcome.FinancialStability, "problem-debt", identified: PlanAgreed);
        var afterThePlan = ThreeHeadlines();
        afterThePlan[2] = Need(HeadlineOutcome.FinancialStability, "problem-debt", identified: PlanAgreed.AddDays(1));

        Assert.True(Calculator.Calculate(Family(onThePlanDay), SixMonthsOn).PlanCoversNeeds);
        var late = Calculator.Calculate(Family(afterThePlan), SixMonthsOn);
        Assert.False(late.PlanCoversNeeds);
        Assert.False(late.Claimable);
    }

    [Fact]
    public void AnOpenCase_NoLeadPractitioner_NoAssessment_OrNoPlan_IsNotClaimable()
    {
        Assert.False(Calculator.Calculate(Family() with { ClosedOn = null }, SixMonthsOn).Claimable);
        Assert.False(Calculator.Calculate(Family() with { HasLeadPractitioner = false }, SixMonthsOn).Claimable);
        Assert.False(Calculator.Calculate(Family() with { AssessedOn = null }, SixMonthsOn).Claimable);
        var noPlan = Calculator.Calculate(Family() with { PlanAgreedOn = null }, SixMonthsOn);
        Assert.False(noPlan.PlanAgreed);
        Assert.False(noPlan.Claimable);
    }

    [Fact]
    public void ANeedWithNoOutcome_IsNotSustained()
    {
        var needs = ThreeHeadlines();
        needs[0] = needs[0] with { Outcome = null };

        var result = Calculator.Calculate(Family(needs), SixMonthsOn);

        Assert.Equal((3, 2, false), (result.Needs, result.NeedsSustained, result.Claimable));
    }

    [Fact]
    public void WhatCountsIsTheCouncilsConfiguration_ANeedItDoesNotCount_IsLeftOut()
    {
        var framework = SupportingFamiliesFramework.Parse("""
            { "version": "council-1", "minimumHeadlines": 3, "sustainedMonths": 6,
              "evidenceSources": [ { "code": "practitioner-assessment", "name": "Assessment" }, { "code": "school-records", "name": "School" } ],
              "headlines": [
                { "code": "education", "needs": [ { "code": "poor-attendance", "name": "Poor attendance", "counts": false } ] },
                { "code": "housing", "needs": [ { "code": "rent-arrears", "name": "Rent arrears" } ] },
                { "code": "financial-stability", "needs": [ { "code": "problem-debt", "name": "Debt" } ] } ] }
            """).Value!;

        var result = new SupportingFamiliesCalculator(framework).Calculate(Family(), SixMonthsOn);

        Assert.Equal((2, 2), (result.HeadlinesWithNeeds, result.Needs));
        Assert.False(result.Claimable);
        Assert.False(result.NeedResults[0].Counts);
        Assert.Equal("council-1", result.FrameworkVersion);
    }

    [Fact]
    public void EvidenceTheCouncilDoesNotCount_DoesNotMakeAnOutcome()
    {
        var needs = ThreeHeadlines();
        needs[0] = needs[0] with { Outcome = needs[0].Outcome! with { EvidenceSource = "hearsay" } };

        var result = Calculator.Calculate(Family(needs), SixMonthsOn);

        Assert.Equal((3, 2, false), (result.Needs, result.NeedsSustained, result.Claimable));
    }
}
