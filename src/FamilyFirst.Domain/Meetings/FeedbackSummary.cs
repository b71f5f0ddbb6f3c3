namespace FamilyFirst.Domain.Meetings;

/// <summary>
/// What participants said about meetings, in aggregate only: how many answered and the average rating
/// for each question. Shown only once enough people have answered that no one can be picked out; it never
/// holds a single person's answers or comments.
/// </summary>
public sealed record FeedbackSummary
{
    /// <summary>The fewest answers for which a summary is shown.</summary>
    public const int DefaultMinimumResponses = AggregateOnly.MinimumAnswers;

    private FeedbackSummary(int responseCount, int minimumResponses, decimal? feltListenedTo, decimal? treatedWithRespect, decimal? hadASay, decimal? planFeelsLikeOurs)
    {
        ResponseCount = responseCount;
        MinimumResponses = minimumResponses;
        AverageFeltListenedTo = feltListenedTo;
        AverageTreatedWithRespect = treatedWithRespect;
        AverageHadASay = hadASay;
        AveragePlanFeelsLikeOurs = planFeelsLikeOurs;
    }

    public int ResponseCount { get; }

    public int MinimumResponses { get; }

    public bool HasEnoughResponses => AggregateOnly.IsEnough(ResponseCount, MinimumResponses);

    /// <summary>Averages to one decimal place, or null when too few people answered.</summary>
    public decimal? AverageFeltListenedTo { get; }

    public decimal? AverageTreatedWithRespect { get; }

    public decimal? AverageHadASay { get; }

    public decimal? AveragePlanFeelsLikeOurs { get; }

    /// <summary>What to show in place of the averages when too few people answered; null otherwise.</summary>
    public string? TooFewResponsesMessage => HasEnoughResponses
        ? null
        : AggregateOnly.TooFewMessage("Feedback", MinimumResponses);

    public static FeedbackSummary From(IEnumerable<FeedbackResponse> responses, int minimumResponses = DefaultMinimumResponses)
    {
        var all = responses.ToList();
        if (!AggregateOnly.IsEnough(all.Count, minimumResponses))
        {
            return new FeedbackSummary(all.Count, minimumResponses, null, null, null, null);
        }

        return new FeedbackSummary(
            all.Count,
            minimumResponses,
            Average(all, r => r.FeltListenedTo),
            Average(all, r => r.TreatedWithRespect),
            Average(all, r => r.HadASay),
            Average(all, r => r.PlanFeelsLikeOurs));
    }

    private static decimal Average(List<FeedbackResponse> responses, Func<FeedbackResponse, int> rating) =>
        Math.Round((decimal)responses.Sum(rating) / responses.Count, 1, MidpointRounding.AwayFromZero);
}
