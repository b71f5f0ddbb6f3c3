using System.Globalization;
using FamilyFirst.Domain.Training;

namespace FamilyFirst.Domain.Tests.Training;

public class FollowUpTests
{
    private static readonly Guid SessionId = Guid.Parse("5b8e7f4c-0000-4000-8000-000000000002");

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static FollowUpResponse Answer(Course course, int now, PracticeUses use = PracticeUses.MeetingsWithFamilies, string? helped = null, string? gotInTheWay = null) =>
        FollowUpResponse.Submit(course, SessionId, [use], course.Outcomes.Select(_ => (int?)now).ToList(), helped, gotInTheWay).Value!;

    [Theory]
    [InlineData("2026-03-16", "2026-06-16", true)]
    [InlineData("2026-03-16", "2026-06-15", false)]
    [InlineData("2026-11-30", "2027-02-28", true)]
    [InlineData("2026-11-30", "2027-02-27", false)]
    [InlineData("2027-11-30", "2028-02-29", true)]
    [InlineData("2027-11-30", "2028-02-28", false)]
    [InlineData("2026-11-28", "2027-02-28", true)]
    [InlineData("2026-08-31", "2026-11-30", true)]
    [InlineData("2026-08-31", "2026-11-29", false)]
    public void IsSent_OnTheDayItFallsDue_ThreeCalendarMonthsOn_AndNotADayEarlier(string held, string today, bool sent) =>
        Assert.Equal(sent, TrainingFollowUp.ShouldSend(Day(held), Day(today)));

    [Theory]
    [InlineData("2026-03-16", "2026-06-30", true)]
    [InlineData("2026-03-16", "2026-07-01", false)]
    [InlineData("2025-03-16", "2026-06-16", false)]
    public void AMissedDay_IsCaughtUp_ForTwoWeeks_ButOlderSessionsAreNeverSent(string held, string today, bool sent) =>
        Assert.Equal(sent, TrainingFollowUp.ShouldSend(Day(held), Day(today)));

    [Theory]
    [InlineData("2027-02-28")]
    [InlineData("2028-02-29")]
    [InlineData("2026-06-16")]
    [InlineData("2026-11-30")]
    [InlineData("2026-12-31")]
    public void TheQueryBounds_HoldEverySessionTheRuleSends(string today)
    {
        var day = Day(today);
        for (var held = day.AddMonths(-6); held <= day; held = held.AddDays(1))
        {
            if (TrainingFollowUp.ShouldSend(held, day))
            {
                Assert.InRange(held, TrainingFollowUp.EarliestSessionDate(day), TrainingFollowUp.LatestSessionDate(day));
            }
        }
    }

    [Fact]
    public void TheLink_WorksFor28DaysAfterItIsSent() =>
        Assert.Equal(Day("2026-07-14"), TrainingFollowUp.LinkExpiresOn(Day("2026-06-16")));

    [Fact]
    public void Submit_NeedsAUse_AndConfidenceInEveryOutcome()
    {
        var course = TrainingSessionTests.Course();

        var errors = FollowUpResponse.Check(course, [], [5, null], null, new string('x', 2001));

        Assert.Equal(
            [
                ("Uses", "Select how you have used restorative practice since the course, or select not yet"),
                ("Now[1]", "Select how confident you feel now, from 0 to 10, in: Explain the social discipline window"),
                ("GotInTheWay", "What got in the way must be 2,000 characters or less"),
            ],
            errors.Select(e => (e.Field, e.Message)));
        Assert.False(FollowUpResponse.Submit(course, SessionId, [PracticeUses.Conferences], [5, 11], null, null).Succeeded);
    }

    [Fact]
    public void NotYet_IsOnItsOwn()
    {
        var course = TrainingSessionTests.Course();

        var both = FollowUpResponse.Submit(course, SessionId, [PracticeUses.NotYet, PracticeUses.Conferences], [5, 5], null, null);
        var notYet = FollowUpResponse.Submit(course, SessionId, [PracticeUses.NotYet], [5, 5], null, null);

        Assert.Equal("Select not yet on its own, or only the ways you have used restorative practice", both.Error);
        Assert.Equal(PracticeUses.NotYet, notYet.Value!.Uses);
    }

    [Fact]
    public void Submit_KeepsSeveralUses_AndNothingThatIdentifiesThePerson()
    {
        var course = TrainingSessionTests.Course();

        var answer = FollowUpResponse.Submit(course, SessionId, [PracticeUses.MeetingsWithFamilies, PracticeUses.TrainedOthers], [6, 7], "  My manager  ", " ").Value!;

        Assert.Equal(PracticeUses.MeetingsWithFamilies | PracticeUses.TrainedOthers, answer.Uses);
        Assert.Equal([6, 7], answer.Ratings.Select(r => r.Now));
        Assert.Equal("My manager", answer.Helped);
        Assert.Null(answer.GotInTheWay);
        Assert.DoesNotContain(typeof(FollowUpResponse).GetProperties(), p => p.Name.Contains("Booking", StringComparison.Ordinal) || p.Name.Contains("Email", StringComparison.Ordinal) || p.PropertyType == typeof(DateTimeOffset));
    }

    [Fact]
    public void Summary_WithFourAnswers_ShowsOnlyTheCount()
    {
        var course = TrainingSessionTests.Course();

        var summary = FollowUpSummary.From(course, Enumerable.Range(0, 4).Select(_ => Answer(course, 7, helped: "Time")).ToList());

        Assert.False(summary.HasEnoughAnswers);
        Assert.Equal(4, summary.Answers);
        Assert.Empty(summary.Uses);
        Assert.Empty(summary.Outcomes);
        Assert.Empty(summary.Helped);
        Assert.Null(summary.AverageThreeMonthsOn);
        Assert.Equal("The three-month follow-up is shown once at least 5 people have answered, so that no one's answers can be identified", summary.TooFewAnswersMessage);
    }

    [Fact]
    public void Summary_WithFiveAnswers_CountsEachUse_AndSetsConfidenceNowBesideTheSession()
    {
        var course = TrainingSessionTests.Course();
        var evaluations = Enumerable.Range(0, 5).Select(_ => EvaluationResponse.Submit(course, SessionId, course.Outcomes.ToDictionary(o => o.Id, _ => ((int?)3, (int?)8)), null).Value!).ToList();
        var answers = new[]
        {
            Answer(course, 6, PracticeUses.MeetingsWithFamilies, "Zest"),
            Answer(course, 7, PracticeUses.MeetingsWithFamilies, gotInTheWay: "Caseload"),
            Answer(course, 8, PracticeUses.TrainedOthers, "Apt"),
            Answer(course, 5, PracticeUses.NotYet),
            FollowUpResponse.Submit(course, SessionId, [PracticeUses.MeetingsWithFamilies, PracticeUses.Conferences], [9, 9], null, null).Value!,
        };

        var summary = FollowUpSummary.From(course, answers, EvaluationSummary.From(course, evaluations));

        Assert.True(summary.HasEnoughAnswers);
        Assert.Equal([3, 0, 1, 1, 1], summary.Uses.Select(u => u.Answers));
        Assert.Equal("In meetings with families", summary.Uses[0].Label);
        Assert.All(summary.Outcomes, o => Assert.Equal((3.0m, 8.0m, 7.0m), (o.Before!.Value, o.After!.Value, o.ThreeMonthsOn)));
        Assert.Equal(7.0m, summary.AverageThreeMonthsOn);
        Assert.Equal(4.0m, summary.ChangeSinceBefore);
        Assert.Equal(["Apt", "Zest"], summary.Helped);
        Assert.Equal(["Caseload"], summary.GotInTheWay);
    }

    [Fact]
    public void Summary_WithoutEnoughSessionEvaluations_ShowsNoChange()
    {
        var course = TrainingSessionTests.Course();

        var summary = FollowUpSummary.From(course, Enumerable.Range(0, 5).Select(_ => Answer(course, 7)).ToList(), EvaluationSummary.From(course, []));

        Assert.Equal(7.0m, summary.AverageThreeMonthsOn);
        Assert.Null(summary.ChangeSinceBefore);
        Assert.All(summary.Outcomes, o => Assert.Null(o.Before));
    }

    [Fact]
    public void TheReachOfTraining_ShowsTheChangeThreeMonthsOn_ByCourse_OnlyWithEnoughAnswersToEach()
    {
        var course = TrainingSessionTests.Course();
        var evaluations = Enumerable.Range(0, 5).Select(_ => EvaluationResponse.Submit(course, SessionId, course.Outcomes.ToDictionary(o => o.Id, _ => ((int?)2, (int?)8)), null).Value!).ToList();
        var followUps = Enumerable.Range(0, 5).Select(_ => Answer(course, 6)).ToList();

        var enough = TrainingReach.From([], [], [new ReachCourse(course, evaluations, followUps)]).ByCourse.Single();
        var fourFollowUps = TrainingReach.From([], [], [new ReachCourse(course, evaluations, followUps.Take(4).ToList())]).ByCourse.Single();
        var fourEvaluations = TrainingReach.From([], [], [new ReachCourse(course, evaluations.Take(4).ToList(), followUps)]).ByCourse.Single();

        Assert.Equal((5, 4.0m), (enough.FollowUpAnswers, enough.ChangeThreeMonthsOn));
        Assert.Equal((4, (decimal?)null), (fourFollowUps.FollowUpAnswers, fourFollowUps.ChangeThreeMonthsOn));
        Assert.Equal((5, (decimal?)null), (fourEvaluations.FollowUpAnswers, fourEvaluations.ChangeThreeMonthsOn));
    }
}
