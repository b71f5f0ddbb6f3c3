using FamilyFirst.Domain.Outcomes;
using static FamilyFirst.Domain.Tests.Outcomes.TestFamilies;

namespace FamilyFirst.Domain.Tests.Outcomes;

public class CrimeAndAsbTests
{
    private static readonly DateOnly AttachedOn = new(2014, 3, 1);
    private static readonly DateOnly AsAt = new(2014, 9, 1);
    private static readonly DateOnly BaselineStart = new(2013, 9, 1);

    private static FamilyOutcomeData WithYouthOffences(int baseline, int outcome) => Family(AttachedOn) with
    {
        Offences = Days(BaselineStart, baseline).Concat(Days(AttachedOn, outcome))
            .Select(d => new ProvenOffence(Son, d)).ToList(),
    };

    private static FamilyOutcomeData WithAsbIncidents(int baseline, int outcome) => Family(AttachedOn) with
    {
        AntiSocialBehaviourIncidents = Days(BaselineStart, baseline).Concat(Days(AttachedOn, outcome))
            .Select(d => new AntiSocialBehaviourIncident(Mother, d)).ToList(),
    };

    [Theory]
    [InlineData(100, 67, true)] // exactly 33%
    [InlineData(100, 68, false)] // 32%
    [InlineData(3, 2, true)] // 33.3%
    [InlineData(6, 4, true)]
    [InlineData(6, 5, false)]
    [InlineData(1, 0, true)]
    [InlineData(1, 1, false)]
    [InlineData(2, 3, false)]
    public void YouthOffending_IsMetAtAReductionOfAtLeast33Percent(int baseline, int outcome, bool met)
    {
        var results = Calculate(WithYouthOffences(baseline, outcome), AsAt);

        Assert.Equal(baseline, results.YouthOffencesBaseline);
        Assert.Equal(outcome, results.YouthOffencesOutcome);
        Assert.True(results.CrimeAsbApplies);
        Assert.True(results.CrimeAsbAssessable);
        Assert.Equal(met, results.CrimeAndAsb.YouthOffending.Met);
        Assert.Equal(met, results.CrimeAsbMet);
    }

    [Theory]
    [InlineData(100, 40, true)] // exactly 60%
    [InlineData(100, 41, false)] // 59%
    [InlineData(5, 2, true)]
    [InlineData(10, 5, false)]
    [InlineData(3, 1, true)] // 66.7%
    [InlineData(2, 1, false)]
    public void AntiSocialBehaviour_IsMetAtAReductionOfAtLeast60Percent(int baseline, int outcome, bool met)
    {
        var results = Calculate(WithAsbIncidents(baseline, outcome), AsAt);

        Assert.Equal(baseline, results.AsbBaseline);
        Assert.Equal(outcome, results.AsbOutcome);
        Assert.Equal(met, results.CrimeAndAsb.AntiSocialBehaviour.Met);
        Assert.Equal(met, results.CrimeAsbMet);
    }

    [Fact]
    public void Reason_ShowsTheCountsTheReductionAndTheThreshold()
    {
        var results = Calculate(WithYouthOffences(6, 4), AsAt);

        Assert.Equal("Youth offences fell from 6 to 4 (a 33% reduction; at least 33% needed): met", results.CrimeAndAsb.YouthOffending.Reason);
    }

    [Fact]
    public void Reason_RoundsTheReductionDownSoItNeverReadsAsEnoughWhenItIsNot()
    {
        // 1000 → 671 is a 32.9% reduction: shown as 32%, not met.
        var data = Family(AttachedOn) with
        {
            AttachedOn = new DateOnly(2011, 1, 1),
            Offences = Enumerable.Repeat(new ProvenOffence(Son, new DateOnly(2010, 12, 1)), 1000)
                .Concat(Enumerable.Repeat(new ProvenOffence(Son, new DateOnly(2014, 8, 1)), 671)).ToList(),
        };

        var results = Calculate(data, AsAt);

        Assert.Equal("Youth offences fell from 1000 to 671 (a 32% reduction; at least 33% needed): not met", results.CrimeAndAsb.YouthOffending.Reason);
    }

    [Fact]
    public void Component_IsMetOnlyWhenEveryMeasureThatAppliesIsMet()
    {
        var data = WithYouthOffences(3, 1) with
        {
            AntiSocialBehaviourIncidents = [new(Mother, BaselineStart), new(Mother, AttachedOn)],
        };

        var results = Calculate(data, AsAt);

        Assert.True(results.CrimeAndAsb.YouthOffending.Met);
        Assert.False(results.CrimeAndAsb.AntiSocialBehaviour.Met);
        Assert.False(results.CrimeAsbMet);
    }

    [Fact]
    public void Component_IgnoresAMeasureWithNoBaseline_EvenIfItRoseAfter()
    {
        var data = WithYouthOffences(3, 2) with
        {
            AntiSocialBehaviourIncidents = Days(AttachedOn, 5).Select(d => new AntiSocialBehaviourIncident(Mother, d)).ToList(),
        };

        var results = Calculate(data, AsAt);

        Assert.False(results.CrimeAndAsb.AntiSocialBehaviour.Applies);
        Assert.True(results.CrimeAsbMet);
        Assert.False(results.CrimeAsbStopped);
    }

    [Fact]
    public void Component_DoesNotApply_WhenBothBaselinesAreZero()
    {
        var data = Family(AttachedOn) with
        {
            Offences = [new(Son, AttachedOn.AddDays(10))],
            AntiSocialBehaviourIncidents = [new(Mother, BaselineStart.AddDays(-1))],
        };

        var results = Calculate(data, AsAt);

        Assert.Equal(0, results.YouthOffencesBaseline);
        Assert.Equal(0, results.AsbBaseline);
        Assert.False(results.CrimeAsbApplies);
        Assert.False(results.CrimeAsbMet);
        Assert.False(results.CrimeAsbStopped);
        Assert.StartsWith("Does not apply", results.CrimeAndAsb.Reason);
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(0, 1, false)]
    [InlineData(1, 0, false)]
    public void Stopped_MeansBothOutcomeCountsAreZero(int youthOutcome, int asbOutcome, bool stopped)
    {
        var data = WithYouthOffences(2, youthOutcome) with
        {
            AntiSocialBehaviourIncidents = Days(BaselineStart, 5).Concat(Days(AttachedOn, asbOutcome))
                .Select(d => new AntiSocialBehaviourIncident(Father, d)).ToList(),
        };

        var results = Calculate(data, AsAt);

        Assert.True(results.CrimeAsbMet);
        Assert.Equal(stopped, results.CrimeAsbStopped);
    }

    [Fact]
    public void Windows_AreHalfOpenSixCalendarMonths()
    {
        var data = Family(AttachedOn) with
        {
            Offences =
            [
                new(Son, BaselineStart.AddDays(-1)), // before the baseline window
                new(Son, BaselineStart), // first day of the baseline window
                new(Son, AttachedOn.AddDays(-1)), // last day of the baseline window
                new(Son, AttachedOn), // first day of the outcome window
                new(Son, AsAt.AddDays(-1)), // last day of the outcome window
                new(Son, AsAt), // on T: not counted
            ],
        };

        var results = Calculate(data, AsAt);

        Assert.Equal(new DateWindow(BaselineStart, AttachedOn), results.CrimeAndAsb.BaselineWindow);
        Assert.Equal(new DateWindow(AttachedOn, AsAt), results.CrimeAndAsb.OutcomeWindow);
        Assert.Equal(2, results.YouthOffencesBaseline);
        Assert.Equal(2, results.YouthOffencesOutcome);
    }

    [Theory]
    [InlineData("2014-08-31", "2014-02-28")]
    [InlineData("2016-08-31", "2016-02-29")]
    [InlineData("2014-09-30", "2014-03-30")]
    [InlineData("2014-03-31", "2013-09-30")]
    public void SixMonthsBack_ClampsToTheEndOfTheMonth(string asAt, string outcomeStart)
    {
        var results = Calculate(Family(new DateOnly(2012, 1, 1)), DateOnly.Parse(asAt));

        Assert.Equal(DateOnly.Parse(outcomeStart), results.CrimeAndAsb.OutcomeWindow.Start);
    }

    [Fact]
    public void OutcomeWindow_FromThe31stOfAugust_StartsOnThe28thOfFebruary()
    {
        var asAt = new DateOnly(2014, 8, 31);
        var data = Family(new DateOnly(2013, 6, 1)) with
        {
            Offences =
            [
                new(Son, new DateOnly(2013, 5, 1)),
                new(Son, new DateOnly(2014, 2, 27)),
                new(Son, new DateOnly(2014, 2, 28)),
            ],
        };

        var results = Calculate(data, asAt);

        Assert.Equal(1, results.YouthOffencesOutcome);
    }

    [Theory]
    [InlineData("2014-03-01", true)] // T − 6 months = A
    [InlineData("2014-03-02", false)] // T − 6 months < A
    public void Component_IsAssessableOnlyWhenTheOutcomeWindowStartsOnOrAfterAttachment(string attachedOn, bool assessable)
    {
        var data = Family(DateOnly.Parse(attachedOn)) with
        {
            Offences = [new(Son, new DateOnly(2014, 1, 10)), new(Son, new DateOnly(2014, 1, 11))],
        };

        var results = Calculate(data, AsAt);

        Assert.True(results.CrimeAsbApplies);
        Assert.Equal(assessable, results.CrimeAsbAssessable);
        Assert.Equal(assessable, results.CrimeAsbMet);
        Assert.Equal(assessable, results.CrimeAsbStopped);
    }

    [Fact]
    public void YouthOffences_CountOnlyBeforeThe18thBirthday_WhenTurning18InsideAWindow()
    {
        var turns18InOutcome = new Guid("00000000-0000-0000-0000-000000000010");
        var turns18InBaseline = new Guid("00000000-0000-0000-0000-000000000011");
        var data = Family(AttachedOn) with
        {
            People = [new(turns18InOutcome, new DateOnly(1996, 6, 15)), new(turns18InBaseline, new DateOnly(1996, 1, 15))],
            Offences =
            [
                new(turns18InOutcome, new DateOnly(2013, 10, 1)), // 17: youth, baseline
                new(turns18InOutcome, new DateOnly(2014, 6, 14)), // 17: youth, outcome
                new(turns18InOutcome, new DateOnly(2014, 6, 15)), // 18th birthday: adult
                new(turns18InBaseline, new DateOnly(2014, 1, 14)), // 17: youth, baseline
                new(turns18InBaseline, new DateOnly(2014, 1, 15)), // 18: adult
                new(turns18InBaseline, new DateOnly(2014, 5, 1)), // 18: adult
            ],
        };

        var results = Calculate(data, AsAt);

        Assert.Equal(2, results.YouthOffencesBaseline);
        Assert.Equal(1, results.YouthOffencesOutcome);
    }

    [Theory]
    [InlineData("2014-02-28", 1)] // still 17 the day before 1 March
    [InlineData("2014-03-01", 0)] // 18 on 1 March in a year without 29 February
    public void YouthOffences_ForSomeoneBornOn29February_Turn18On1March(string offenceDate, int youth)
    {
        var leapling = new Guid("00000000-0000-0000-0000-000000000012");
        var data = Family(new DateOnly(2014, 6, 1)) with
        {
            People = [new(leapling, new DateOnly(1996, 2, 29))],
            Offences = [new(leapling, DateOnly.Parse(offenceDate))],
        };

        var results = Calculate(data, new DateOnly(2014, 12, 1));

        Assert.Equal(youth, results.YouthOffencesBaseline);
    }

    [Fact]
    public void AntiSocialBehaviour_CountsEveryoneWhateverTheirAge()
    {
        var data = Family(AttachedOn) with
        {
            AntiSocialBehaviourIncidents = [new(Mother, BaselineStart), new(Son, BaselineStart), new(Father, AttachedOn)],
        };

        var results = Calculate(data, AsAt);

        Assert.Equal(2, results.AsbBaseline);
        Assert.Equal(1, results.AsbOutcome);
    }
}
