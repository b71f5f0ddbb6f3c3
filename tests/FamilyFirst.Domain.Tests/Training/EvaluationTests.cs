using FamilyFirst.Domain.Training;

namespace FamilyFirst.Domain.Tests.Training;

public class EvaluationTests
{
    private static readonly Guid SessionId = Guid.Parse("5b8e7f4c-0000-4000-8000-000000000001");

    private static EvaluationResponse Answer(Course course, int before, int after, string? comments = null) =>
        EvaluationResponse.Submit(course, SessionId, course.Outcomes.ToDictionary(o => o.Id, _ => ((int?)before, (int?)after)), comments).Value!;

    [Fact]
    public void Submit_NeedsBeforeAndAfterForEveryOutcome()
    {
        var course = TrainingSessionTests.Course();
        var first = course.OutcomesInOrder.First();

        var missing = EvaluationResponse.Submit(course, SessionId, new Dictionary<Guid, (int?, int?)> { [first.Id] = (3, 8) }, null);
        var outOfRange = EvaluationResponse.Submit(course, SessionId, course.Outcomes.ToDictionary(o => o.Id, _ => ((int?)3, (int?)11)), null);

        Assert.Equal("Select how confident you felt before the session, from 0 to 10, in: Explain the social discipline window", missing.Error);
        Assert.Equal("Select how confident you feel now, from 0 to 10, in: Use the restorative questions", outOfRange.Error);
    }

    [Fact]
    public void Summary_WithFourAnswers_ShowsOnlyTheCount()
    {
        var course = TrainingSessionTests.Course();
        var answers = Enumerable.Range(0, 4).Select(i => Answer(course, i, 8, "Useful")).ToList();

        var summary = EvaluationSummary.From(course, answers);

        Assert.False(summary.HasEnoughAnswers);
        Assert.Equal(4, summary.Answers);
        Assert.Empty(summary.Outcomes);
        Assert.Empty(summary.Comments);
        Assert.Null(summary.AverageChange);
        Assert.Equal("The evaluation is shown once at least 5 people have answered, so that no one's answers can be identified", summary.TooFewAnswersMessage);
    }

    [Fact]
    public void Summary_WithFiveAnswers_ShowsAverageConfidenceBeforeAndAfter_PerOutcome()
    {
        var course = TrainingSessionTests.Course();
        var answers = new[] { Answer(course, 2, 7), Answer(course, 3, 8), Answer(course, 4, 9, "Zesty"), Answer(course, 1, 6), Answer(course, 5, 9, "Apt") };

        var summary = EvaluationSummary.From(course, answers);

        Assert.True(summary.HasEnoughAnswers);
        Assert.Null(summary.TooFewAnswersMessage);
        Assert.Equal(["Use the restorative questions", "Explain the social discipline window"], summary.Outcomes.Select(o => o.Outcome));
        Assert.All(summary.Outcomes, o => Assert.Equal((3.0m, 7.8m, 4.8m), (o.Before, o.After, o.Change)));
        Assert.Equal(4.8m, summary.AverageChange);
        Assert.Equal(["Apt", "Zesty"], summary.Comments);
    }

    [Fact]
    public void Summary_UsesTheSameMinimumAsMeetingFeedback() =>
        Assert.Equal(Domain.Meetings.FeedbackSummary.DefaultMinimumResponses, EvaluationSummary.From(TrainingSessionTests.Course(), []).MinimumAnswers);

    [Theory]
    [InlineData("2026-03-16", "2026-06-15", false)]
    [InlineData("2026-03-16", "2026-06-16", true)]
    [InlineData("2026-11-30", "2027-02-28", true)]
    public void FollowUp_IsDueThreeMonthsAfterTheSession(string held, string today, bool due) =>
        Assert.Equal(due, TrainingFollowUp.IsDue(DateOnly.Parse(held, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
}
