using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Domain.Training;

/// <summary>How a participant has used restorative practice since the course (any number of them, or not yet).</summary>
[Flags]
public enum PracticeUses
{
    None = 0,
    MeetingsWithFamilies = 1,
    TeamMeetingsOrSupervision = 2,
    Conferences = 4,
    TrainedOthers = 8,
    NotYet = 16,
}

/// <summary>
/// One participant's anonymous answer to the three-month follow-up: how they have used restorative practice since,
/// how confident they are now in each learning outcome (0 to 10), and what helped and what got in the way. Like the
/// session evaluation it holds no name, booking or time, and is only shown in aggregate (<see cref="FollowUpSummary"/>).
/// </summary>
public sealed class FollowUpResponse
{
    public const int TextMaximumLength = 2000;

    /// <summary>The choices, in the order the questionnaire shows them.</summary>
    public static readonly IReadOnlyList<PracticeUses> Choices =
        [PracticeUses.MeetingsWithFamilies, PracticeUses.TeamMeetingsOrSupervision, PracticeUses.Conferences, PracticeUses.TrainedOthers, PracticeUses.NotYet];

    private readonly List<FollowUpConfidence> _ratings = [];

    private FollowUpResponse()
    {
    }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid CourseId { get; private set; }

    public PracticeUses Uses { get; private set; }

    public string? Helped { get; private set; }

    public string? GotInTheWay { get; private set; }

    public IReadOnlyList<FollowUpConfidence> Ratings => _ratings;

    /// <summary>The problems with a set of answers, by field (<c>Uses</c>, <c>Now[i]</c> for the i-th outcome, <c>Helped</c>, <c>GotInTheWay</c>).</summary>
    public static IReadOnlyList<FieldError> Check(Course course, IReadOnlyCollection<PracticeUses> uses, IReadOnlyList<int?> now, string? helped, string? gotInTheWay)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(uses);
        ArgumentNullException.ThrowIfNull(now);
        var errors = new List<FieldError>();
        var chosen = uses.Aggregate(PracticeUses.None, (all, u) => all | u);
        if (uses.Count == 0 || uses.Any(u => !Choices.Contains(u)))
        {
            errors.Add(new(nameof(Uses), "Select how you have used restorative practice since the course, or select not yet"));
        }
        else if (chosen.HasFlag(PracticeUses.NotYet) && chosen != PracticeUses.NotYet)
        {
            errors.Add(new(nameof(Uses), "Select not yet on its own, or only the ways you have used restorative practice"));
        }

        var outcomes = course.OutcomesInOrder.ToList();
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (i >= now.Count || now[i] is not { } value || value is < EvaluationResponse.MinimumConfidence or > EvaluationResponse.MaximumConfidence)
            {
                errors.Add(new($"Now[{i}]", $"Select how confident you feel now, from 0 to 10, in: {outcomes[i].Text}"));
            }
        }

        if (helped is not null && helped.Length > TextMaximumLength)
        {
            errors.Add(new(nameof(Helped), "What helped must be 2,000 characters or less"));
        }

        if (gotInTheWay is not null && gotInTheWay.Length > TextMaximumLength)
        {
            errors.Add(new(nameof(GotInTheWay), "What got in the way must be 2,000 characters or less"));
        }

        return errors;
    }

    /// <summary>Takes the answers for a session of a course, refusing them with the first problem (<see cref="Check"/>).</summary>
    public static Result<FollowUpResponse> Submit(Course course, Guid sessionId, IReadOnlyCollection<PracticeUses> uses, IReadOnlyList<int?> now, string? helped, string? gotInTheWay)
    {
        if (Check(course, uses, now, helped, gotInTheWay) is { Count: > 0 } errors)
        {
            return Result<FollowUpResponse>.Fail(errors[0].Message, errors[0].Field);
        }

        var response = new FollowUpResponse
        {
            Id = Guid.NewGuid(),
            SessionId = sessionId,
            CourseId = course.Id,
            Uses = uses.Aggregate(PracticeUses.None, (all, u) => all | u),
            Helped = string.IsNullOrWhiteSpace(helped) ? null : helped.Trim(),
            GotInTheWay = string.IsNullOrWhiteSpace(gotInTheWay) ? null : gotInTheWay.Trim(),
        };
        var outcomes = course.OutcomesInOrder.ToList();
        for (var i = 0; i < outcomes.Count; i++)
        {
            response._ratings.Add(new FollowUpConfidence(outcomes[i].Id, now[i]!.Value));
        }

        return Result<FollowUpResponse>.Ok(response);
    }
}

/// <summary>Confidence in one learning outcome three months after the course, 0 (none) to 10 (complete).</summary>
public sealed class FollowUpConfidence
{
    private FollowUpConfidence()
    {
    }

    internal FollowUpConfidence(Guid outcomeId, int now)
    {
        Id = Guid.NewGuid();
        OutcomeId = outcomeId;
        Now = now;
    }

    public Guid Id { get; private set; }

    public Guid OutcomeId { get; private set; }

    public int Now { get; private set; }
}

/// <summary>How many answers chose one way of using restorative practice.</summary>
public sealed record PracticeUseCount(PracticeUses Use, string Label, int Answers);

/// <summary>One learning outcome: the average confidence before and after the session (from its evaluations) and three months on (from the follow-ups), to one decimal place; either side null when too few answered it.</summary>
public sealed record OutcomeConfidenceLater(Guid OutcomeId, string Outcome, decimal? Before, decimal? After, decimal ThreeMonthsOn);

/// <summary>
/// What participants said three months on, for a session or a course, in aggregate only under the same rule as the
/// session evaluation (<see cref="AggregateOnly"/>): below the minimum only the number of answers. Beside each
/// outcome's confidence now, the session's before and after from <see cref="EvaluationSummary"/> (itself shown only
/// when enough answered it). Free text is shown sorted, so its order says nothing about who answered when.
/// </summary>
public sealed class FollowUpSummary
{
    private FollowUpSummary(int answers, int minimum)
    {
        Answers = answers;
        MinimumAnswers = minimum;
    }

    public int Answers { get; }

    public int MinimumAnswers { get; }

    public bool HasEnoughAnswers => AggregateOnly.IsEnough(Answers, MinimumAnswers);

    public IReadOnlyList<PracticeUseCount> Uses { get; private init; } = [];

    public IReadOnlyList<OutcomeConfidenceLater> Outcomes { get; private init; } = [];

    public IReadOnlyList<string> Helped { get; private init; } = [];

    public IReadOnlyList<string> GotInTheWay { get; private init; } = [];

    /// <summary>The average confidence three months on across every outcome, or null when too few answered.</summary>
    public decimal? AverageThreeMonthsOn => Outcomes.Count == 0 ? null : Math.Round(Outcomes.Average(o => o.ThreeMonthsOn), 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// From the session's average confidence before it to three months on, across every outcome: null unless both the
    /// evaluation and the follow-up have enough answers.
    /// </summary>
    public decimal? ChangeSinceBefore => Outcomes.Count == 0 || Outcomes.Any(o => o.Before is null)
        ? null
        : Math.Round(Outcomes.Average(o => o.ThreeMonthsOn - o.Before!.Value), 1, MidpointRounding.AwayFromZero);

    public string? TooFewAnswersMessage => HasEnoughAnswers ? null : AggregateOnly.TooFewMessage("The three-month follow-up", MinimumAnswers);

    public static FollowUpSummary From(Course course, IEnumerable<FollowUpResponse> responses, EvaluationSummary? evaluation = null, int minimum = AggregateOnly.MinimumAnswers)
    {
        ArgumentNullException.ThrowIfNull(course);
        ArgumentNullException.ThrowIfNull(responses);
        var all = responses.Where(r => r.CourseId == course.Id).ToList();
        if (!AggregateOnly.IsEnough(all.Count, minimum))
        {
            return new FollowUpSummary(all.Count, minimum);
        }

        var session = (evaluation?.Outcomes ?? []).ToDictionary(o => o.OutcomeId);
        var outcomes = new List<OutcomeConfidenceLater>();
        foreach (var outcome in course.OutcomesInOrder)
        {
            var ratings = all.SelectMany(r => r.Ratings).Where(r => r.OutcomeId == outcome.Id).ToList();
            if (ratings.Count == 0)
            {
                continue;
            }

            var before = session.GetValueOrDefault(outcome.Id);
            outcomes.Add(new OutcomeConfidenceLater(
                outcome.Id,
                outcome.Text,
                before?.Before,
                before?.After,
                Math.Round((decimal)ratings.Sum(r => r.Now) / ratings.Count, 1, MidpointRounding.AwayFromZero)));
        }

        return new FollowUpSummary(all.Count, minimum)
        {
            Uses = FollowUpResponse.Choices.Select(c => new PracticeUseCount(c, c.Describe(), all.Count(r => r.Uses.HasFlag(c)))).ToList(),
            Outcomes = outcomes,
            Helped = all.Where(r => r.Helped is not null).Select(r => r.Helped!).Order(StringComparer.Ordinal).ToList(),
            GotInTheWay = all.Where(r => r.GotInTheWay is not null).Select(r => r.GotInTheWay!).Order(StringComparer.Ordinal).ToList(),
        };
    }
}

/// <summary>Plain-English words for the follow-up's choices.</summary>
public static class FollowUpDescriptions
{
    public static string Describe(this PracticeUses use) => use switch
    {
        PracticeUses.MeetingsWithFamilies => "In meetings with families",
        PracticeUses.TeamMeetingsOrSupervision => "In team meetings or supervision",
        PracticeUses.Conferences => "In family group conferences",
        PracticeUses.TrainedOthers => "Trained or coached others",
        PracticeUses.NotYet => "Not yet",
        _ => "None",
    };
}
