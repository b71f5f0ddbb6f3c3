namespace FamilyFirst.Domain.Common;

/// <summary>
/// The aggregate-only rule for what people tell us anonymously (meeting and conference feedback, training
/// evaluations): answers are shown only as totals and averages, and only once enough people have answered that
/// no one's answers can be picked out.
/// </summary>
public static class AggregateOnly
{
    /// <summary>The fewest answers for which a summary is shown.</summary>
    public const int MinimumAnswers = 5;

    /// <summary>Whether <paramref name="count"/> answers are enough to show a summary.</summary>
    public static bool IsEnough(int count, int minimum = MinimumAnswers)
    {
        // Below 2 the "aggregate" would be one person's answers.
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, 2);
        return count >= minimum;
    }

    /// <summary>What to show in place of a summary when too few people answered: "<paramref name="what"/> is shown once ...".</summary>
    public static string TooFewMessage(string what, int minimum = MinimumAnswers) =>
        $"{what} is shown once at least {minimum} people have answered, so that no one's answers can be identified";
}
