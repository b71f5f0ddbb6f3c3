namespace FamilyFirst.Domain.Outcomes;

/// <summary>A run of calendar days, half-open: <see cref="Start"/> is included, <see cref="End"/> is not.</summary>
public readonly record struct DateWindow(DateOnly Start, DateOnly End)
{
    /// <summary>The number of days in the window (0 when it is empty).</summary>
    public int Days => Math.Max(0, End.DayNumber - Start.DayNumber);

    /// <summary>The last day included, or null when the window is empty.</summary>
    public DateOnly? LastDay => End > Start ? End.AddDays(-1) : null;

    /// <summary>A window running from one day to another, both included (as a school term or employment spell is recorded).</summary>
    public static DateWindow Inclusive(DateOnly first, DateOnly last) => new(first, last.AddDays(1));

    public bool Contains(DateOnly date) => Start <= date && date < End;

    public override string ToString() => $"[{WorkingText.Iso(Start)}, {WorkingText.Iso(End)})";
}
