using FamilyFirst.Domain.Outcomes.SupportingFamilies;

namespace FamilyFirst.Domain.Tests.Outcomes.SupportingFamilies;

/// <summary>The Supporting Families figures add up the claim rule's steps family by family, and its results row reads as documented.</summary>
public class SupportingFamiliesReportTests
{
    private static readonly DateOnly Closed = new(2023, 8, 31);
    private static readonly DateOnly AsAt = new(2024, 2, 29);
    private static readonly SupportingFamiliesCalculator Calculator = new(SupportingFamiliesFramework.National);

    private static FamilyNeed Need(HeadlineOutcome headline, string code, DateOnly? lapsed = null) =>
        new(Guid.NewGuid(), headline, code, null, "Lead practitioner", "practitioner-assessment", new DateOnly(2023, 1, 10),
            new NeedOutcome(new DateOnly(2023, 6, 1), lapsed, "school-records", "Attendance 96%"));

    private static SupportingFamiliesData Family(string reference, params FamilyNeed[] needs) => new(
        Guid.NewGuid(), reference, Closed, true, new DateOnly(2023, 1, 10), new DateOnly(2023, 2, 1),
        [new FamilyMemberFacts(Guid.NewGuid(), new DateOnly(2012, 5, 1), null)], needs);

    [Fact]
    public void TheFigures_CountEachStep_AndEachHeadline()
    {
        var claimable = Calculator.Calculate(Family("FF00001", Need(HeadlineOutcome.Education, "poor-attendance"), Need(HeadlineOutcome.Housing, "rent-arrears"), Need(HeadlineOutcome.FinancialStability, "problem-debt")), AsAt);
        var lapsed = Calculator.Calculate(Family("FF00002", Need(HeadlineOutcome.Education, "poor-attendance", new DateOnly(2024, 2, 28)), Need(HeadlineOutcome.Housing, "rent-arrears"), Need(HeadlineOutcome.FinancialStability, "problem-debt")), AsAt);
        var twoHeadlines = Calculator.Calculate(Family("FF00003", Need(HeadlineOutcome.Education, "poor-attendance"), Need(HeadlineOutcome.Housing, "rent-arrears")), AsAt);
        var report = new SupportingFamiliesReport(AsAt, 3);
        foreach (var result in new[] { claimable, lapsed, twoHeadlines })
        {
            report.Add(result);
        }

        var figures = report.ToFigures();

        Assert.Equal((3, 3, 3, 2, 3, 2, 1), (figures.Families, figures.Closed, figures.DependentChildOrExpectant, figures.ThreeOrMoreHeadlines, figures.PlanCoversNeeds, figures.AllNeedsSustained, figures.Claimable));
        Assert.Equal(33.3m, figures.ClaimablePercent);
        Assert.Equal((8, 7), (figures.Needs, figures.NeedsSustained));
        var education = figures.Headlines.Single(h => h.Code == "education");
        Assert.Equal((3, 3, 2), (education.Families, education.Needs, education.NeedsSustained));
        Assert.Equal(0, figures.Headlines.Single(h => h.Code == "crime").Families);
        Assert.Equal(10, figures.Headlines.Count);
    }

    [Fact]
    public void TheResultsRow_HasTheDocumentedColumns_AndAnEmptyClaimableFromWhenNotClaimable()
    {
        var claimable = Calculator.Calculate(Family("FF00001", Need(HeadlineOutcome.Education, "poor-attendance"), Need(HeadlineOutcome.Housing, "rent-arrears"), Need(HeadlineOutcome.FinancialStability, "problem-debt")), AsAt);
        var tooSoon = Calculator.Calculate(Family("FF00001", Need(HeadlineOutcome.Education, "poor-attendance"), Need(HeadlineOutcome.Housing, "rent-arrears"), Need(HeadlineOutcome.FinancialStability, "problem-debt")), AsAt.AddDays(-1));

        Assert.Equal(
            "family_ref,closed_on,dependent_child_or_expectant,headlines_with_needs,needs,needs_sustained,lead_practitioner,assessed,plan_covers_needs,claimable,claimable_from",
            string.Join(',', SupportingFamiliesResult.ResultsColumns));
        Assert.Equal(["FF00001", "2023-08-31", "true", "3", "3", "3", "true", "true", "true", "true", "2024-02-29"], claimable.ToResultsRow());
        Assert.Equal("false", tooSoon.ToResultsRow()[9]);
        Assert.Equal(string.Empty, tooSoon.ToResultsRow()[10]);
    }
}
