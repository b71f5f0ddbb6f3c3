using FamilyFirst.Domain.Impact;
using FamilyFirst.Domain.Outcomes;
using static FamilyFirst.Domain.Tests.Outcomes.TestFamilies;

namespace FamilyFirst.Domain.Tests.Impact;

public class ProgrammeImpactTests
{
    private static readonly DateOnly AsAt = new(2014, 9, 1);

    private static FamilyResults Reduced(DateOnly attachedOn, string reference) => Calculate(
        Family(attachedOn, reference) with
        {
            AntiSocialBehaviourIncidents = [new(Son, attachedOn.AddDays(-20)), new(Son, attachedOn.AddDays(-10))],
        },
        AsAt);

    private static FamilyResults NoProblems(DateOnly attachedOn, string reference) => Calculate(Family(attachedOn, reference), AsAt);

    [Theory]
    [InlineData(2014, 1, 1, 2014, 1, "January to March 2014")]
    [InlineData(2014, 3, 31, 2014, 1, "January to March 2014")]
    [InlineData(2014, 4, 1, 2014, 2, "April to June 2014")]
    [InlineData(2013, 12, 31, 2013, 4, "October to December 2013")]
    public void AttachmentQuarter_IsTheCalendarQuarter(int year, int month, int day, int quarterYear, int quarter, string label)
    {
        var q = AttachmentQuarter.Of(new DateOnly(year, month, day));

        Assert.Equal(new AttachmentQuarter(quarterYear, quarter), q);
        Assert.Equal(label, q.Label);
        Assert.Equal($"{quarterYear} Q{quarter}", q.ShortLabel);
        Assert.Equal(q.Start.AddMonths(3).AddDays(-1), q.End);
    }

    [Fact]
    public void TheHeadline_IsExactlyTheImpactReportOfTheSameFamilies()
    {
        var families = new[]
        {
            Reduced(new DateOnly(2013, 9, 1), "FAM-1"), NoProblems(new DateOnly(2013, 10, 1), "FAM-2"),
            Reduced(new DateOnly(2014, 1, 15), "FAM-3"), NoProblems(new DateOnly(2014, 9, 1), "FAM-4"),
        };
        var impact = new ProgrammeImpact(AsAt);
        var report = new ImpactReport(AsAt);

        foreach (var family in families)
        {
            impact.Add(new FamilyImpact(family, 0, 0));
            report.Add(family);
        }

        Assert.Equal(report.ToFigures(), impact.Headline());
        Assert.Equal(3, impact.Headline().Families);
    }

    [Fact]
    public void Quarters_SplitTheFamiliesByAttachmentDate_AndLeaveOutFamiliesAttachedOnOrAfterTheAsAtDate()
    {
        var impact = new ProgrammeImpact(AsAt);
        impact.Add(new FamilyImpact(Reduced(new DateOnly(2013, 9, 30), "FAM-1"), 0, 0));
        impact.Add(new FamilyImpact(NoProblems(new DateOnly(2013, 10, 1), "FAM-2"), 0, 0));
        impact.Add(new FamilyImpact(Reduced(new DateOnly(2013, 12, 31), "FAM-3"), 0, 0));
        impact.Add(new FamilyImpact(NoProblems(AsAt, "FAM-4"), 0, 0));

        var quarters = impact.Quarters();

        Assert.Equal(["2013 Q3", "2013 Q4"], quarters.Select(q => q.ShortLabel));
        Assert.Equal((1, 1, 1), (quarters[0].Figures.Families, quarters[0].Figures.Offending.Families, quarters[0].Figures.Offending.Reduced));
        Assert.Equal((2, 1, 1), (quarters[1].Figures.Families, quarters[1].Figures.Offending.Families, quarters[1].Figures.Offending.Reduced));
        Assert.Equal(impact.Headline().Families, quarters.Sum(q => q.Figures.Families));
    }

    [Fact]
    public void LookedAfterChildren_AreCountedForEligibleFamiliesOnly()
    {
        var impact = new ProgrammeImpact(AsAt);
        impact.Add(new FamilyImpact(NoProblems(new DateOnly(2013, 9, 1), "FAM-1"), 2, 0));
        impact.Add(new FamilyImpact(NoProblems(new DateOnly(2013, 10, 1), "FAM-2"), 0, 1));
        impact.Add(new FamilyImpact(NoProblems(AsAt, "FAM-3"), 3, 3));

        Assert.Equal(new LookedAfterFigures(2, 1, 1, 1), impact.LookedAfter());
    }

    [Fact]
    public void TheHeadlines_AreWordedAsTheSeedWordsThem_WithCountsAndDenominators()
    {
        var figures = new ImpactFigures(
            AsAt, 120, new OffendingFigures(40, 36, 20, 90.0m), new EducationFigures(60, 41, 68.3m), new EmploymentFigures(50, 20, 40.0m, 12), 70, 12, 9, 78);

        var headlines = ImpactHeadlines.From(figures);

        Assert.Equal(
        [
            "36 of 40 families (90.0%) significantly reduced (or stopped) their offending",
            "41 of 60 children and young people (68.3%) increased their school attendance to over 85% and reduced their exclusions",
            "20 of 50 families (40.0%) had an adult who entered into employment",
        ], headlines.Select(h => h.Sentence()));
        Assert.Equal(new PublishedFigure("36", "40", "90.0%", false), headlines[0].Publish(10));
        Assert.Equal(new PublishedFigure("fewer than 37", "40", null, true), headlines[0].Publish(37));
    }

    [Theory]
    [InlineData(ImpactMeasure.Families, true)]
    [InlineData(ImpactMeasure.OffendingFamilies, true)]
    [InlineData(ImpactMeasure.OffendingReduced, true)]
    [InlineData(ImpactMeasure.OffendingStopped, true)]
    [InlineData(ImpactMeasure.TurnedAround, true)]
    [InlineData(ImpactMeasure.CrimeAsbEducation, true)]
    [InlineData(ImpactMeasure.EmploymentFamilies, false)]
    [InlineData(ImpactMeasure.EducationChildren, false)]
    [InlineData(ImpactMeasure.LookedAfterAtAttachment, true)]
    [InlineData(ImpactMeasure.LookedAfterNow, false)]
    public void AFamily_IsBehindTheMeasuresItCountsIn(ImpactMeasure measure, bool included)
    {
        var family = new FamilyImpact(Reduced(new DateOnly(2013, 9, 1), "FAM-1"), 1, 0);

        Assert.Equal(included, measure.Includes(family));
        Assert.Equal(measure, ImpactMeasures.Parse(measure.Slug()));
    }

    [Fact]
    public void AFamilyAttachedOnTheAsAtDate_IsBehindNoMeasure()
    {
        var later = new FamilyImpact(Reduced(AsAt, "FAM-1"), 1, 1);

        Assert.All(Enum.GetValues<ImpactMeasure>(), m => Assert.False(m.Includes(later)));
        Assert.Null(ImpactMeasures.Parse("no-such-measure"));
    }

    [Fact]
    public void ASnapshot_IsApprovedOnce()
    {
        var snapshot = ImpactSnapshot.Take(new ImpactCohort(AsAt, null, null, null, null), "{}", "user-1", "Morgan Manager", new DateTime(2014, 9, 2, 9, 0, 0, DateTimeKind.Utc));

        Assert.False(snapshot.IsApproved);
        Assert.True(snapshot.Approve("user-2", "Maria Manager", new DateTime(2014, 9, 3, 9, 0, 0, DateTimeKind.Utc)).Succeeded);
        Assert.Equal("This snapshot has already been approved for publication", snapshot.Approve("user-2", "Maria Manager", new DateTime(2014, 9, 4, 9, 0, 0, DateTimeKind.Utc)).Error);
        Assert.Equal(new DateTime(2014, 9, 3, 9, 0, 0, DateTimeKind.Utc), snapshot.ApprovedAtUtc);
    }

    [Fact]
    public void TheCohort_IsDescribedInPlainEnglish()
    {
        Assert.Equal(
            "Families on the programme attached from 1 April 2013 to 31 March 2014, in the North team, as at 1 September 2014",
            new ImpactCohort(AsAt, new DateOnly(2013, 4, 1), new DateOnly(2014, 3, 31), Guid.NewGuid(), "North").Describe());
        Assert.Equal("Families on the programme attached at any time, in every team, as at 1 September 2014", new ImpactCohort(AsAt, null, null, null, null).Describe());
    }
}
