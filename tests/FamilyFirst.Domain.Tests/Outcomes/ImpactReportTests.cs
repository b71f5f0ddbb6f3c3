using System.Globalization;
using FamilyFirst.Domain.Outcomes;
using static FamilyFirst.Domain.Tests.Outcomes.TestFamilies;

namespace FamilyFirst.Domain.Tests.Outcomes;

public class ImpactReportTests
{
    private static readonly DateOnly AttachedOn = new(2014, 3, 1);
    private static readonly DateOnly AsAt = new(2014, 9, 1);

    private static FamilyOutcomeData YouthOffending(string reference, int before, int after, DateOnly? attachedOn = null) =>
        Family(attachedOn ?? AttachedOn, reference) with
        {
            Offences = Days(new DateOnly(2013, 12, 1), before).Concat(Days(new DateOnly(2014, 8, 1), after))
                .Select(d => new ProvenOffence(Son, d)).ToList(),
        };

    private static FamilyOutcomeData ChildWithProblem(string reference, Guid child, int outcomeUnauthorised) =>
        Family(AttachedOn, reference) with
        {
            AttendanceTerms =
            [
                new(child, new DateOnly(2013, 9, 2), new DateOnly(2013, 12, 20), 100, 0, 40),
                new(child, new DateOnly(2014, 3, 3), new DateOnly(2014, 4, 4), 100, 0, outcomeUnauthorised),
                new(child, new DateOnly(2014, 4, 22), new DateOnly(2014, 5, 23), 100, 0, 0),
                new(child, new DateOnly(2014, 6, 2), new DateOnly(2014, 7, 23), 100, 0, 0),
            ],
        };

    private static FamilyOutcomeData FatherOnJobseekers(string reference, DateOnly? jobFrom, bool referred) =>
        Family(AttachedOn, reference) with
        {
            BenefitSpells = [new(Father, "JSA", new DateOnly(2013, 1, 1), null)],
            EmploymentSpells = jobFrom is { } from ? [new(Father, from, null)] : [],
            WorkProgrammeReferrals = referred ? [new(Father, new DateOnly(2014, 4, 1))] : [],
        };

    [Theory]
    [InlineData(2, 3, "66.7")]
    [InlineData(1, 8, "12.5")]
    [InlineData(1, 16, "6.3")] // 6.25: half away from zero
    [InlineData(3, 16, "18.8")] // 18.75
    [InlineData(1, 3, "33.3")]
    [InlineData(36, 40, "90.0")]
    [InlineData(0, 7, "0.0")]
    [InlineData(7, 7, "100.0")]
    public void Percent_IsRoundedToOneDecimalPlaceHalfAwayFromZero(int part, int whole, string expected)
    {
        var percent = ImpactReport.Percent(part, whole);

        Assert.Equal(expected, percent?.ToString(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Percent_OfNothing_IsNull(int part)
    {
        Assert.Null(ImpactReport.Percent(part, 0));
    }

    [Fact]
    public void Figures_OfNoFamilies_HaveCountsOfZeroAndNoPercentages()
    {
        var figures = new ImpactReport(AsAt).ToFigures();

        Assert.Equal(new ImpactFigures(AsAt, 0, new(0, 0, 0, null), new(0, 0, null), new(0, 0, null, 0), 0, 0, 0, 0), figures);
    }

    [Fact]
    public void Figures_CountEachMeasureAmongTheFamiliesItCovers()
    {
        var report = new ImpactReport(AsAt);
        FamilyOutcomeData[] families =
        [
            YouthOffending("stopped", 3, 0),
            YouthOffending("reduced", 3, 2),
            YouthOffending("not reduced", 3, 3),
            YouthOffending("not assessable", 3, 0, attachedOn: new DateOnly(2014, 4, 1)),
            YouthOffending("left out", 3, 0, attachedOn: AsAt),
            ChildWithProblem("improved", Son, 0),
            ChildWithProblem("not improved", Daughter, 60),
            FatherOnJobseekers("entered and continuous", AttachedOn, referred: true),
            FatherOnJobseekers("entered", new DateOnly(2014, 8, 1), referred: false),
            FatherOnJobseekers("not entered", null, referred: true),
        ];

        foreach (var family in families)
        {
            report.Add(Calculate(family, AsAt));
        }

        var figures = report.ToFigures();
        Assert.Equal(9, figures.Families);
        Assert.Equal(new OffendingFigures(3, 2, 1, 66.7m), figures.Offending);
        Assert.Equal(new EducationFigures(2, 1, 50.0m), figures.Education);
        Assert.Equal(new EmploymentFigures(3, 2, 66.7m, 1), figures.Employment);
        Assert.Equal(3, figures.CrimeAsbEducationResults);
        Assert.Equal(1, figures.ContinuousEmploymentResults);
        Assert.Equal(2, figures.ProgressToWork);
        Assert.Equal(4, figures.TurnedAround);
    }

    [Fact]
    public void Combine_CountsTheFamiliesOfBoth_WithoutChangingEither()
    {
        var first = new ImpactReport(AsAt);
        first.Add(Calculate(YouthOffending("a", 3, 0), AsAt));
        var second = new ImpactReport(AsAt);
        second.Add(Calculate(YouthOffending("b", 3, 3), AsAt));
        second.Add(Calculate(ChildWithProblem("c", Son, 0), AsAt));

        var combined = first.Combine(second).ToFigures();

        Assert.Equal(3, combined.Families);
        Assert.Equal(new OffendingFigures(2, 1, 1, 50.0m), combined.Offending);
        Assert.Equal(new EducationFigures(1, 1, 100.0m), combined.Education);
        Assert.Equal(1, first.ToFigures().Families);
        Assert.Equal(2, second.ToFigures().Families);
    }

    [Fact]
    public void Add_RefusesResultsAtAnotherAssessmentDate()
    {
        var report = new ImpactReport(AsAt);

        Assert.Throws<ArgumentException>(() => report.Add(Calculate(YouthOffending("a", 3, 0), AsAt.AddDays(1))));
    }

    [Fact]
    public void Combine_RefusesAReportAtAnotherAssessmentDate()
    {
        Assert.Throws<ArgumentException>(() => new ImpactReport(AsAt).Combine(new ImpactReport(AsAt.AddDays(1))));
    }
}
