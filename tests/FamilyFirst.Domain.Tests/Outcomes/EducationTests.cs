using FamilyFirst.Domain.Outcomes;
using static FamilyFirst.Domain.Tests.Outcomes.TestFamilies;

namespace FamilyFirst.Domain.Tests.Outcomes;

public class EducationTests
{
    private static readonly DateOnly AttachedOn = new(2014, 9, 1);
    private static readonly DateOnly AsAt = new(2015, 9, 1);

    private static readonly (DateOnly Start, DateOnly End)[] BaselineTermDates =
    [
        (new(2013, 9, 2), new(2013, 12, 20)),
        (new(2014, 1, 6), new(2014, 4, 4)),
        (new(2014, 4, 22), new(2014, 7, 23)),
    ];

    private static readonly (DateOnly Start, DateOnly End)[] OutcomeTermDates =
    [
        (new(2014, 9, 3), new(2014, 12, 19)),
        (new(2015, 1, 5), new(2015, 3, 27)),
        (new(2015, 4, 13), new(2015, 7, 22)),
    ];

    /// <summary>Three terms of 100 possible sessions each; all the absence falls in the first.</summary>
    private static IEnumerable<TermAttendance> Terms(
        Guid child, (DateOnly Start, DateOnly End)[] dates, int unauthorised, int authorised = 0) =>
        dates.Select((term, i) => i == 0
            ? new TermAttendance(child, term.Start, term.End, 100, authorised, unauthorised)
            : new TermAttendance(child, term.Start, term.End, 100, 0, 0));

    private static FamilyOutcomeData Data(IEnumerable<TermAttendance> terms, params SchoolExclusion[] exclusions) =>
        Family(AttachedOn) with { AttendanceTerms = terms.ToList(), Exclusions = exclusions };

    private static IEnumerable<SchoolExclusion> Exclusions(Guid child, DateOnly first, int count, ExclusionType type = ExclusionType.Fixed) =>
        Days(first, count).Select(d => new SchoolExclusion(child, d, type));

    private static ChildEducationResult OnlyChild(FamilyResults results) => Assert.Single(results.Education.Children);

    [Theory]
    [InlineData(45, true)] // exactly 15% of 300
    [InlineData(44, false)] // 14.7%
    public void Problem_IsUnauthorisedAbsenceOf15PercentOrMore(int unauthorised, bool problem)
    {
        var results = Calculate(Data(Terms(Son, BaselineTermDates, unauthorised)), AsAt);

        var child = OnlyChild(results);
        Assert.Equal(new SessionTotals(300, 0, unauthorised), child.BaselineSessions);
        Assert.Equal(problem, child.ProblemAtBaseline);
        Assert.Equal(problem, results.EducationApplies);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void Problem_IsThreeOrMoreFixedTermExclusions(int fixedTerm, bool problem)
    {
        var data = Data(Terms(Son, BaselineTermDates, 0), Exclusions(Son, new DateOnly(2014, 2, 3), fixedTerm).ToArray());

        var child = OnlyChild(Calculate(data, AsAt));

        Assert.Equal(fixedTerm, child.BaselineFixedTermExclusions);
        Assert.Equal(problem, child.ProblemAtBaseline);
    }

    [Fact]
    public void Problem_IsAPermanentExclusion()
    {
        var data = Data(Terms(Son, BaselineTermDates, 0), new SchoolExclusion(Son, new DateOnly(2014, 5, 1), ExclusionType.Permanent));

        var child = OnlyChild(Calculate(data, AsAt));

        Assert.Equal(1, child.BaselinePermanentExclusions);
        Assert.True(child.ProblemAtBaseline);
        Assert.Contains("a permanent exclusion", child.ProblemReason);
    }

    [Theory]
    [InlineData("2013-09-02", 1)] // first day of the first term
    [InlineData("2014-07-23", 1)] // last day of the last term
    [InlineData("2013-09-01", 0)] // the day before the span
    [InlineData("2014-07-24", 0)] // the summer holiday after the span
    public void BaselineSpan_IncludesBothEndDates(string exclusionDate, int counted)
    {
        var data = Data(Terms(Son, BaselineTermDates, 0), new SchoolExclusion(Son, DateOnly.Parse(exclusionDate), ExclusionType.Fixed));

        var child = OnlyChild(Calculate(data, AsAt));

        Assert.Equal(new DateWindow(new DateOnly(2013, 9, 2), new DateOnly(2014, 7, 24)), child.BaselineSpan);
        Assert.Equal(counted, child.BaselineFixedTermExclusions);
    }

    [Fact]
    public void Baseline_IsTheLastThreeTermsEndingOnOrBeforeAttachment()
    {
        var older = new TermAttendance(Son, new DateOnly(2013, 4, 15), new DateOnly(2013, 7, 19), 100, 0, 100);
        var endingOnAttachment = new TermAttendance(Son, new DateOnly(2014, 8, 4), AttachedOn, 10, 0, 0);

        var child = OnlyChild(Calculate(Data(Terms(Son, BaselineTermDates, 0).Append(older).Append(endingOnAttachment)), AsAt));

        Assert.Equal([new DateOnly(2014, 1, 6), new DateOnly(2014, 4, 22), new DateOnly(2014, 8, 4)], child.BaselineTerms.Select(t => t.TermStart));
        Assert.False(child.ProblemAtBaseline);
    }

    [Fact]
    public void Baseline_WithFewerThanThreeTerms_UsesThoseThereAre()
    {
        var only = new TermAttendance(Son, new DateOnly(2014, 4, 22), new DateOnly(2014, 7, 23), 100, 0, 15);

        var child = OnlyChild(Calculate(Data([only]), AsAt));

        Assert.Single(child.BaselineTerms);
        Assert.True(child.ProblemAtBaseline);
    }

    [Fact]
    public void Baseline_WithNoTermsBeforeAttachment_IsNoProblem()
    {
        var data = Data(Terms(Son, OutcomeTermDates, 90), new SchoolExclusion(Son, new DateOnly(2014, 5, 1), ExclusionType.Permanent));

        var results = Calculate(data, AsAt);

        var child = OnlyChild(results);
        Assert.Empty(child.BaselineTerms);
        Assert.Null(child.BaselineSpan);
        Assert.False(child.ProblemAtBaseline);
        Assert.False(results.EducationApplies);
    }

    [Fact]
    public void TermsWithNoPossibleSessions_AreIgnored()
    {
        // Counted, the empty summer term would push out the first term, which holds all the absence.
        var empty = new TermAttendance(Son, new DateOnly(2014, 7, 24), new DateOnly(2014, 8, 29), 0, 0, 0);

        var child = OnlyChild(Calculate(Data(Terms(Son, BaselineTermDates, 45).Append(empty)), AsAt));

        Assert.Equal(3, child.BaselineTerms.Count);
        Assert.DoesNotContain(empty, child.BaselineTerms);
        Assert.True(child.ProblemAtBaseline);
    }

    [Fact]
    public void Outcome_WithAnEmptyThirdTerm_IsNotAssessable()
    {
        var outcome = Terms(Son, OutcomeTermDates[..2], 0)
            .Append(new TermAttendance(Son, OutcomeTermDates[2].Start, OutcomeTermDates[2].End, 0, 0, 0));

        var results = Calculate(Data(Terms(Son, BaselineTermDates, 45).Concat(outcome)), AsAt);

        Assert.Equal(2, OnlyChild(results).OutcomeTerms.Count);
        Assert.False(OnlyChild(results).Assessable);
    }

    [Fact]
    public void Outcome_WithOnlyTwoTerms_IsNotAssessable()
    {
        var results = Calculate(Data(Terms(Son, BaselineTermDates, 45).Concat(Terms(Son, OutcomeTermDates[..2], 0))), AsAt);

        var child = OnlyChild(results);
        Assert.True(child.ProblemAtBaseline);
        Assert.False(child.Assessable);
        Assert.False(child.ResultsPaymentMet);
        Assert.False(child.AttendanceImproved);
        Assert.StartsWith("Not assessable yet: 2 of 3 outcome terms", child.ResultsPaymentReason);
        Assert.True(results.EducationApplies);
        Assert.False(results.EducationAssessable);
        Assert.False(results.EducationMet);
        Assert.Equal(1, results.Education.ChildrenWithProblemAtBaseline);
        Assert.Equal(0, results.ChildrenWithProblem);
    }

    [Fact]
    public void Outcome_LeavesOutTermsStartingBeforeAttachmentOrEndingOnOrAfterTheAssessmentDate()
    {
        var startsBefore = new TermAttendance(Son, new DateOnly(2014, 8, 28), new DateOnly(2014, 12, 19), 100, 0, 0);
        var endsOnAsAt = new TermAttendance(Son, new DateOnly(2015, 7, 23), AsAt, 100, 0, 0);
        var terms = Terms(Son, BaselineTermDates, 45).Concat(Terms(Son, OutcomeTermDates[1..], 0)).Append(startsBefore).Append(endsOnAsAt);

        var child = OnlyChild(Calculate(Data(terms), AsAt));

        Assert.Equal(2, child.OutcomeTerms.Count);
        Assert.False(child.Assessable);
    }

    [Fact]
    public void Outcome_IsTheLastThreeQualifyingTerms()
    {
        var later = new TermAttendance(Son, new DateOnly(2015, 7, 23), new DateOnly(2015, 8, 28), 50, 0, 0);
        var terms = Terms(Son, BaselineTermDates, 45).Concat(Terms(Son, OutcomeTermDates, 60)).Append(later);

        var child = OnlyChild(Calculate(Data(terms), AsAt));

        Assert.Equal([OutcomeTermDates[1].Start, OutcomeTermDates[2].Start, later.TermStart], child.OutcomeTerms.Select(t => t.TermStart));
        Assert.Equal(DateWindow.Inclusive(OutcomeTermDates[1].Start, later.TermEnd), child.OutcomeSpan);
        Assert.Equal(new SessionTotals(250, 0, 0), child.OutcomeSessions);
    }

    [Theory]
    [InlineData(44, true)] // 14.7%
    [InlineData(45, false)] // exactly 15%: not under it
    public void ResultsPayment_NeedsUnauthorisedAbsenceUnder15Percent(int unauthorised, bool met)
    {
        var results = Calculate(Data(Terms(Son, BaselineTermDates, 60).Concat(Terms(Son, OutcomeTermDates, unauthorised))), AsAt);

        Assert.Equal(met, OnlyChild(results).ResultsPaymentMet);
        Assert.True(results.EducationAssessable);
        Assert.Equal(met, results.EducationMet);
    }

    [Theory]
    [InlineData(2, ExclusionType.Fixed, true)]
    [InlineData(3, ExclusionType.Fixed, false)]
    [InlineData(1, ExclusionType.Permanent, false)]
    public void ResultsPayment_NeedsNoPermanentAndFewerThanThreeFixedTermExclusions(int count, ExclusionType type, bool met)
    {
        var data = Data(
            Terms(Son, BaselineTermDates, 60).Concat(Terms(Son, OutcomeTermDates, 0)),
            Exclusions(Son, new DateOnly(2015, 2, 2), count, type).ToArray());

        var results = Calculate(data, AsAt);

        Assert.Equal(met, OnlyChild(results).ResultsPaymentMet);
        Assert.Equal(met, results.EducationMet);
    }

    [Theory]
    [InlineData(30, 15, false)] // 255 of 300 attended: exactly 85%, not over it
    [InlineData(30, 14, true)] // 256 of 300: 85.3%
    [InlineData(0, 45, false)]
    [InlineData(44, 0, true)]
    public void Headline_NeedsAttendanceOver85Percent(int authorised, int unauthorised, bool improved)
    {
        var results = Calculate(Data(Terms(Son, BaselineTermDates, 60).Concat(Terms(Son, OutcomeTermDates, unauthorised, authorised))), AsAt);

        var child = OnlyChild(results);
        Assert.Equal(300 - authorised - unauthorised, child.OutcomeSessions.Attended);
        Assert.Equal(improved, child.AttendanceImproved);
        Assert.Equal(improved ? 1 : 0, results.ChildrenAttendanceImproved);
        Assert.Equal(1, results.ChildrenWithProblem);
    }

    [Theory]
    [InlineData(0, 0, true)] // none before, none after
    [InlineData(0, 1, false)] // none before: none allowed after
    [InlineData(2, 1, true)]
    [InlineData(2, 2, false)]
    [InlineData(4, 3, true)]
    public void Headline_NeedsFewerExclusionsThanBaseline_OrNoneWhenThereWereNone(int baseline, int outcome, bool improved)
    {
        var exclusions = Exclusions(Son, new DateOnly(2014, 2, 3), baseline).Concat(Exclusions(Son, new DateOnly(2015, 2, 2), outcome));
        var data = Data(Terms(Son, BaselineTermDates, 60).Concat(Terms(Son, OutcomeTermDates, 0)), exclusions.ToArray());

        var child = OnlyChild(Calculate(data, AsAt));

        Assert.Equal(baseline, child.BaselineExclusions);
        Assert.Equal(outcome, child.OutcomeExclusions);
        Assert.Equal(improved, child.AttendanceImproved);
    }

    [Fact]
    public void Headline_IsNotMet_WithAPermanentExclusionAfter_EvenIfFewerThanBefore()
    {
        var exclusions = Exclusions(Son, new DateOnly(2014, 2, 3), 3)
            .Append(new SchoolExclusion(Son, new DateOnly(2015, 5, 1), ExclusionType.Permanent));
        var data = Data(Terms(Son, BaselineTermDates, 0).Concat(Terms(Son, OutcomeTermDates, 0)), exclusions.ToArray());

        var child = OnlyChild(Calculate(data, AsAt));

        Assert.True(child.ProblemAtBaseline);
        Assert.False(child.AttendanceImproved);
        Assert.False(child.ResultsPaymentMet);
    }

    [Fact]
    public void Family_IsMetOnlyWhenEveryChildWithAProblemMeetsTheResult()
    {
        var terms = Terms(Son, BaselineTermDates, 60).Concat(Terms(Son, OutcomeTermDates, 0))
            .Concat(Terms(Daughter, BaselineTermDates, 50)).Concat(Terms(Daughter, OutcomeTermDates, 50));

        var results = Calculate(Data(terms), AsAt);

        Assert.True(results.EducationApplies);
        Assert.True(results.EducationAssessable);
        Assert.False(results.EducationMet);
        Assert.Equal(2, results.ChildrenWithProblem);
        Assert.Equal(1, results.ChildrenAttendanceImproved);
        Assert.Equal("Not met: 1 of 2 children with a problem at baseline met the education result.", results.Education.Reason);
    }

    [Fact]
    public void Family_IgnoresChildrenWithoutAProblemAtBaseline()
    {
        var terms = Terms(Son, BaselineTermDates, 60).Concat(Terms(Son, OutcomeTermDates, 0))
            .Concat(Terms(Daughter, BaselineTermDates, 0)).Concat(Terms(Daughter, OutcomeTermDates, 90));

        var results = Calculate(Data(terms), AsAt);

        Assert.True(results.EducationMet);
        Assert.Equal(1, results.ChildrenWithProblem);
        Assert.Equal(2, results.Education.Children.Count);
    }

    [Fact]
    public void Family_IsNotAssessable_WhileAnyChildWithAProblemLacksOutcomeTerms()
    {
        var terms = Terms(Son, BaselineTermDates, 60).Concat(Terms(Son, OutcomeTermDates, 0))
            .Concat(Terms(Daughter, BaselineTermDates, 60)).Concat(Terms(Daughter, OutcomeTermDates[..2], 0));

        var results = Calculate(Data(terms), AsAt);

        Assert.False(results.EducationAssessable);
        Assert.False(results.EducationMet);
        Assert.Equal(1, results.ChildrenWithProblem);
        Assert.Equal(1, results.ChildrenAttendanceImproved);
        Assert.Equal(2, results.Education.ChildrenWithProblemAtBaseline);
    }

    [Fact]
    public void Children_AreListedEldestFirst()
    {
        var terms = Terms(Daughter, BaselineTermDates, 0).Concat(Terms(Son, BaselineTermDates, 0));

        var results = Calculate(Data(terms), AsAt);

        Assert.Equal([Son, Daughter], results.Education.Children.Select(c => c.PersonId));
    }
}
