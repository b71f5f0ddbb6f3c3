using System.Collections;
using CsCheck;
using FamilyFirst.Domain.Meetings;

namespace FamilyFirst.Domain.Tests.Meetings;

public class FeedbackSummaryTests
{
    private static readonly Guid MeetingId = Guid.Parse("6a1f0c2e-0000-4000-8000-0000000000aa");

    private static FeedbackResponse Answer(int listened, int respect, int say, int plan, string? comments = null) =>
        FeedbackResponse.Submit(MeetingId, listened, respect, say, plan, comments).Value!;

    [Fact]
    public void From_WithFourResponses_ShowsNoAverages()
    {
        var responses = new[] { Answer(5, 5, 5, 5), Answer(4, 4, 4, 4), Answer(1, 2, 3, 4), Answer(2, 2, 2, 2) };

        var summary = FeedbackSummary.From(responses);

        Assert.False(summary.HasEnoughResponses);
        Assert.Equal(4, summary.ResponseCount);
        Assert.Null(summary.AverageFeltListenedTo);
        Assert.Null(summary.AverageTreatedWithRespect);
        Assert.Null(summary.AverageHadASay);
        Assert.Null(summary.AveragePlanFeelsLikeOurs);
        Assert.Equal("Feedback is shown once at least 5 people have answered, so that no one's answers can be identified", summary.TooFewResponsesMessage);
    }

    [Fact]
    public void From_WithFiveResponses_ShowsAveragesToOneDecimalPlace()
    {
        var responses = new[] { Answer(5, 5, 5, 5), Answer(4, 4, 4, 4), Answer(1, 2, 3, 4), Answer(2, 2, 2, 2), Answer(5, 3, 1, 1) };

        var summary = FeedbackSummary.From(responses);

        Assert.True(summary.HasEnoughResponses);
        Assert.Equal(5, summary.ResponseCount);
        Assert.Equal(3.4m, summary.AverageFeltListenedTo);
        Assert.Equal(3.2m, summary.AverageTreatedWithRespect);
        Assert.Equal(3.0m, summary.AverageHadASay);
        Assert.Equal(3.2m, summary.AveragePlanFeelsLikeOurs);
        Assert.Null(summary.TooFewResponsesMessage);
    }

    [Fact]
    public void From_AverageOnAHalf_RoundsAwayFromZero()
    {
        // 21 / 20 = 1.05: banker's rounding would give 1.0.
        var responses = Enumerable.Repeat(Answer(1, 1, 1, 1), 19).Append(Answer(2, 1, 1, 1)).ToList();

        var summary = FeedbackSummary.From(responses);

        Assert.Equal(1.1m, summary.AverageFeltListenedTo);
        Assert.Equal(1.0m, summary.AverageTreatedWithRespect);
    }

    [Fact]
    public void From_WithACustomMinimum_UsesIt()
    {
        var responses = Enumerable.Repeat(Answer(3, 3, 3, 3), 6).ToList();

        Assert.False(FeedbackSummary.From(responses, minimumResponses: 7).HasEnoughResponses);
        Assert.True(FeedbackSummary.From(responses, minimumResponses: 6).HasEnoughResponses);
    }

    [Fact]
    public void From_WithAMinimumOfOne_IsAProgrammingError()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FeedbackSummary.From([Answer(5, 5, 5, 5)], minimumResponses: 1));
    }

    [Fact]
    public void Summary_HoldsNoResponsesOrComments()
    {
        // A summary must not be able to carry one person's answers: only numbers, flags and the message.
        var properties = typeof(FeedbackSummary).GetProperties();

        Assert.DoesNotContain(properties, p => typeof(IEnumerable).IsAssignableFrom(p.PropertyType) && p.PropertyType != typeof(string));
        Assert.DoesNotContain(properties, p => p.PropertyType == typeof(FeedbackResponse));
        Assert.Equal(
            ["AverageFeltListenedTo", "AverageHadASay", "AveragePlanFeelsLikeOurs", "AverageTreatedWithRespect", "HasEnoughResponses", "MinimumResponses", "ResponseCount", "TooFewResponsesMessage"],
            properties.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Summary_DoesNotRepeatAComment()
    {
        var responses = Enumerable.Range(0, 5).Select(i => Answer(3, 3, 3, 3, $"private remark {i}")).ToList();

        var summary = FeedbackSummary.From(responses);

        Assert.DoesNotContain("private remark", summary.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void From_AnyEnoughResponses_AveragesLieBetweenTheLowestAndHighestRating()
    {
        var rating = Gen.Int[1, 5];
        var answer = Gen.Select(rating, rating, rating, rating, (a, b, c, d) => Answer(a, b, c, d));

        answer.List[5, 40].Sample(responses =>
        {
            var summary = FeedbackSummary.From(responses);
            var exact = (decimal)responses.Sum(r => r.HadASay) / responses.Count;

            return summary.HasEnoughResponses
                && summary.AverageHadASay >= responses.Min(r => r.HadASay)
                && summary.AverageHadASay <= responses.Max(r => r.HadASay)
                && Math.Abs(summary.AverageHadASay!.Value - exact) <= 0.05m;
        });
    }

    [Fact]
    public void From_AnyTooFewResponses_ShowsNoAverage()
    {
        var rating = Gen.Int[1, 5];
        var answer = Gen.Select(rating, rating, rating, rating, (a, b, c, d) => Answer(a, b, c, d));

        answer.List[0, 4].Sample(responses =>
        {
            var summary = FeedbackSummary.From(responses);
            return !summary.HasEnoughResponses
                && summary.AverageFeltListenedTo is null
                && summary.AverageTreatedWithRespect is null
                && summary.AverageHadASay is null
                && summary.AveragePlanFeelsLikeOurs is null;
        });
    }
}
