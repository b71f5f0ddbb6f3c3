using System.Globalization;

namespace FamilyFirst.Domain.Training;

/// <summary>
/// A restorative practice course in the catalogue (for example "Restorative practice: an introduction"): what it
/// is, how long it lasts, and the learning outcomes participants rate their confidence in before and after.
/// </summary>
public sealed class Course
{
    public const int TitleMaximumLength = 200;
    public const int SummaryMaximumLength = 2000;
    public const int OutcomeMaximumLength = 300;
    public const int MaximumOutcomes = 8;
    public const decimal ShortestLengthHours = 0.5m;
    public const decimal LongestLengthHours = 100m;

    private readonly List<LearningOutcome> _outcomes = [];

    private Course()
    {
        Title = string.Empty;
        Summary = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; }

    public string Summary { get; private set; }

    /// <summary>How long the course lasts, in hours (a day's course is 6).</summary>
    public decimal LengthHours { get; private set; }

    /// <summary>Withdrawn courses stay in the records of who was trained, but new sessions cannot be added.</summary>
    public bool IsWithdrawn { get; private set; }

    /// <summary>In the order they are taught.</summary>
    public IReadOnlyList<LearningOutcome> Outcomes => _outcomes;

    public IEnumerable<LearningOutcome> OutcomesInOrder => _outcomes.OrderBy(o => o.Position);

    /// <summary>"3 hours", "6.5 hours", "1 hour".</summary>
    public string DescribeLength() => DescribeHours(LengthHours);

    public static string DescribeHours(decimal hours) =>
        hours == 1m ? "1 hour" : $"{hours.ToString("0.##", CultureInfo.InvariantCulture)} hours";

    /// <summary>Adds a course to the catalogue, refusing one without a title, a sensible length or at least one learning outcome.</summary>
    public static Result<Course> Create(string? title, string? summary, decimal? lengthHours, IEnumerable<string?> outcomes)
    {
        var course = new Course { Id = Guid.NewGuid() };
        var error = course.Apply(title, summary, lengthHours, outcomes);
        return error is null ? Result<Course>.Ok(course) : Result<Course>.Fail(error);
    }

    /// <summary>Changes the course. Learning outcomes already rated keep their identity when their wording is kept in the same place.</summary>
    public Result Change(string? title, string? summary, decimal? lengthHours, IEnumerable<string?> outcomes)
    {
        var error = Apply(title, summary, lengthHours, outcomes);
        return error is null ? Result.Ok() : Result.Fail(error);
    }

    public void Withdraw() => IsWithdrawn = true;

    public void Reinstate() => IsWithdrawn = false;

    /// <summary>The first problem with a course's details, in the Design System's wording, or null.</summary>
    public static string? Check(string? title, string? summary, decimal? lengthHours, IReadOnlyList<string> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (string.IsNullOrWhiteSpace(title))
        {
            return "Enter the course title";
        }

        if (title.Trim().Length > TitleMaximumLength)
        {
            return $"Course title must be {TitleMaximumLength} characters or less";
        }

        if (summary is not null && summary.Length > SummaryMaximumLength)
        {
            return "Summary must be 2,000 characters or less";
        }

        if (lengthHours is null)
        {
            return "Enter how long the course lasts, in hours";
        }

        if (lengthHours < ShortestLengthHours || lengthHours > LongestLengthHours)
        {
            return $"Length must be between {ShortestLengthHours.ToString("0.#", CultureInfo.InvariantCulture)} and {LongestLengthHours.ToString("0", CultureInfo.InvariantCulture)} hours";
        }

        if (outcomes.Count == 0)
        {
            return "Enter at least one learning outcome";
        }

        if (outcomes.Count > MaximumOutcomes)
        {
            return $"A course can have up to {MaximumOutcomes} learning outcomes";
        }

        if (outcomes.Any(o => o.Length > OutcomeMaximumLength))
        {
            return $"Each learning outcome must be {OutcomeMaximumLength} characters or less";
        }

        return null;
    }

    /// <summary>The outcomes as typed, one per line or one per box, blanks dropped.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string?> outcomes) =>
        outcomes.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o!.Trim()).ToList();

    private string? Apply(string? title, string? summary, decimal? lengthHours, IEnumerable<string?> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var cleaned = Clean(outcomes);
        if (Check(title, summary, lengthHours, cleaned) is { } error)
        {
            return error;
        }

        Title = title!.Trim();
        Summary = summary?.Trim() ?? string.Empty;
        LengthHours = lengthHours!.Value;
        for (var i = 0; i < cleaned.Count; i++)
        {
            if (i < _outcomes.Count)
            {
                _outcomes[i].Reword(cleaned[i]);
            }
            else
            {
                _outcomes.Add(new LearningOutcome(i + 1, cleaned[i]));
            }
        }

        _outcomes.RemoveAll(o => o.Position > cleaned.Count);
        return null;
    }
}

/// <summary>One thing a participant should be able to do after the course, such as "Use the restorative questions in a difficult conversation".</summary>
public sealed class LearningOutcome
{
    private LearningOutcome()
    {
        Text = string.Empty;
    }

    internal LearningOutcome(int position, string text)
    {
        Id = Guid.NewGuid();
        Position = position;
        Text = text;
    }

    public Guid Id { get; private set; }

    /// <summary>1 for the first outcome.</summary>
    public int Position { get; private set; }

    public string Text { get; private set; }

    internal void Reword(string text) => Text = text;
}
