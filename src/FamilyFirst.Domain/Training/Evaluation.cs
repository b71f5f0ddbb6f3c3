namespace FamilyFirst.Domain.Training;

/// <summary>
/// One participant's anonymous evaluation of a session: how confident they felt in each learning outcome before
/// and after (0 to 10), and any comments. It holds no name, booking or time, so it cannot be traced back to anyone;
/// it is only ever shown in aggregate (<see cref="EvaluationSummary"/>).
/// </summary>
public sealed class EvaluationResponse
{
    public const int MinimumConfidence = 0;
    public const int MaximumConfidence = 10;
    public const int CommentsMaximumLength = 2000;

    private readonly List<OutcomeConfidence> _ratings = [];

    private EvaluationResponse()
    {
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid CourseId { get; private set; }

    public string? Comments { get; private set; }

    public IReadOnlyList<OutcomeConfidence> Ratings => _ratings;

    /// <summary>
    /// Takes the answers for a session of a course, refusing an answer set without a before and after rating (0 to
    /// 10) for every one of the course's learning outcomes. The first problem is returned with the outcome it is about.
    /// </summary>
    public static Result<EvaluationResponse> Submit(Course course, Guid sessionId, IReadOnlyDictionary<Guid, (int? Before, int? After)> ratings, string? comments)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(ratings);
        var response = new EvaluationResponse { Id = Guid.NewGuid(), SessionId = sessionId, CourseId = course.Id };
        foreach (var outcome in course.OutcomesInOrder)
        {
            ratings.TryGetValue(outcome.Id, out var rating);
            if (rating.Before is not { } before || before is < MinimumConfidence or > MaximumConfidence)
            {
                return Result<EvaluationResponse>.Fail($"Select how confident you felt before the session, from 0 to 10, in: {outcome.Text}");
            }

            if (rating.After is not { } after || after is < MinimumConfidence or > MaximumConfidence)
            {
                return Result<EvaluationResponse>.Fail($"Select how confident you feel now, from 0 to 10, in: {outcome.Text}");
            }

            response._ratings.Add(new OutcomeConfidence(outcome.Id, before, after));
        }

        if (comments is not null && comments.Length > CommentsMaximumLength)
        {
            return Result<EvaluationResponse>.Fail("Your comments must be 2,000 characters or less");
        }

        response.Comments = string.IsNullOrWhiteSpace(comments) ? null : comments.Trim();
        return Result<EvaluationResponse>.Ok(response);
    }
}

/// <summary>Confidence in one learning outcome before and after the session, 0 (none) to 10 (complete).</summary>
public sealed class OutcomeConfidence
{
    private OutcomeConfidence()
    {
    }

    internal OutcomeConfidence(Guid outcomeId, int before, int after)
    {
        Id = Guid.NewGuid();
        OutcomeId = outcomeId;
        Before = before;
        After = after;
    }

    public Guid Id { get; private set; }

    public Guid OutcomeId { get; private set; }

    public int Before { get; private set; }

    public int After { get; private set; }
}

/// <summary>The average confidence before and after in one learning outcome, and the change, to one decimal place.</summary>
public sealed record OutcomeConfidenceChange(Guid OutcomeId, string Outcome, decimal Before, decimal After)
{
    public decimal Change => After - Before;
}

/// <summary>
/// What participants said about a session (or every session of a course), in aggregate only, under the same rule as
/// meeting feedback (<see cref="AggregateOnly"/>): below the minimum, only the number of answers is shown; never one
/// person's ratings. Comments are shown only alongside a summary, in no particular order.
/// </summary>
public sealed class EvaluationSummary
{
    private EvaluationSummary(int answers, int minimum, IReadOnlyList<OutcomeConfidenceChange> outcomes, IReadOnlyList<string> comments)
    {
        Answers = answers;
        MinimumAnswers = minimum;
        Outcomes = outcomes;
        Comments = comments;
    }

    public int Answers { get; }

    public int MinimumAnswers { get; }

    public bool HasEnoughAnswers => AggregateOnly.IsEnough(Answers, MinimumAnswers);

    /// <summary>Per learning outcome, in the course's order; empty when too few answered.</summary>
    public IReadOnlyList<OutcomeConfidenceChange> Outcomes { get; }

    /// <summary>Comments, sorted so their order says nothing about who answered when; empty when too few answered.</summary>
    public IReadOnlyList<string> Comments { get; }

    /// <summary>The average change across every outcome, or null when too few answered.</summary>
    public decimal? AverageChange => Outcomes.Count == 0 ? null : Math.Round(Outcomes.Average(o => o.Change), 1, MidpointRounding.AwayFromZero);

    public string? TooFewAnswersMessage => HasEnoughAnswers ? null : AggregateOnly.TooFewMessage("The evaluation", MinimumAnswers);

    public static EvaluationSummary From(Course course, IEnumerable<EvaluationResponse> responses, int minimum = AggregateOnly.MinimumAnswers)
    {
        ArgumentNullException.ThrowIfNull(course);
        var all = responses.Where(r => r.CourseId == course.Id).ToList();
        if (!AggregateOnly.IsEnough(all.Count, minimum))
        {
            return new EvaluationSummary(all.Count, minimum, [], []);
        }

        var outcomes = new List<OutcomeConfidenceChange>();
        foreach (var outcome in course.OutcomesInOrder)
        {
            var ratings = all.SelectMany(r => r.Ratings).Where(r => r.OutcomeId == outcome.Id).ToList();
            if (ratings.Count == 0)
            {
                continue;
            }

            outcomes.Add(new OutcomeConfidenceChange(outcome.Id, outcome.Text, Average(ratings, r => r.Before), Average(ratings, r => r.After)));
        }

        var comments = all.Where(r => r.Comments is not null).Select(r => r.Comments!).Order(StringComparer.Ordinal).ToList();
        return new EvaluationSummary(all.Count, minimum, outcomes, comments);
    }

    private static decimal Average(List<OutcomeConfidence> ratings, Func<OutcomeConfidence, int> value) =>
        Math.Round((decimal)ratings.Sum(value) / ratings.Count, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// When the follow-up ("how have you used what you learnt?") is due: three months after the session, on the council's
/// date. A month-end session is due on the last day of the shorter month (30 November is due on 28 February, or 29th
/// in a leap year). It is sent on the day it falls due, or on a later run within <see cref="CatchUpDays"/> if the daily
/// job missed that day, never for older sessions; its link works for <see cref="LinkValidDays"/> days after sending.
/// </summary>
public static class TrainingFollowUp
{
    public const int MonthsAfter = 3;

    /// <summary>How many days after it fell due a follow-up is still sent, if the daily job did not run on the day.</summary>
    public const int CatchUpDays = 14;

    /// <summary>How long a follow-up link works: through this many days after it was sent.</summary>
    public const int LinkValidDays = 28;

    public static DateOnly DueOn(DateOnly sessionDate) => sessionDate.AddMonths(MonthsAfter);

    /// <summary>Whether a follow-up for a session held on <paramref name="sessionDate"/> is due on <paramref name="today"/>.</summary>
    public static bool IsDue(DateOnly sessionDate, DateOnly today) => today >= DueOn(sessionDate);

    /// <summary>Whether the daily job sends the follow-up for a session held on <paramref name="sessionDate"/> today: due, and not more than <see cref="CatchUpDays"/> late.</summary>
    public static bool ShouldSend(DateOnly sessionDate, DateOnly today) =>
        IsDue(sessionDate, today) && today <= DueOn(sessionDate).AddDays(CatchUpDays);

    /// <summary>The earliest session date <see cref="ShouldSend"/> can be true for on <paramref name="today"/> (a bound for a query; the rule decides).</summary>
    public static DateOnly EarliestSessionDate(DateOnly today) => today.AddDays(-CatchUpDays).AddMonths(-MonthsAfter).AddDays(-3);

    /// <summary>The latest session date <see cref="ShouldSend"/> can be true for on <paramref name="today"/> (a bound for a query; the rule decides).</summary>
    public static DateOnly LatestSessionDate(DateOnly today) => today.AddMonths(-MonthsAfter).AddDays(3);

    /// <summary>The last day a link sent on <paramref name="sentOn"/> works.</summary>
    public static DateOnly LinkExpiresOn(DateOnly sentOn) => sentOn.AddDays(LinkValidDays);
}
