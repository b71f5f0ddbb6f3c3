namespace FamilyFirst.Domain.Families;

/// <summary>A child's statutory status under the Children Act 1989.</summary>
public enum ChildStatus
{
    /// <summary>Section 17 child in need.</summary>
    ChildInNeed,

    /// <summary>Subject to a child protection plan.</summary>
    ChildProtectionPlan,

    /// <summary>Looked after by the local authority.</summary>
    LookedAfter,
}

/// <summary>A period a child held a status: from the start date to the end date, both days included; no end while it lasts.</summary>
public sealed class ChildStatusPeriod
{
    private ChildStatusPeriod()
    {
    }

    internal ChildStatusPeriod(ChildStatus status, DateOnly start, DateOnly? end)
    {
        Id = Guid.NewGuid();
        Status = status;
        Start = start;
        End = end;
    }

    public Guid Id { get; private set; }

    public ChildStatus Status { get; private set; }

    public DateOnly Start { get; private set; }

    public DateOnly? End { get; private set; }

    public bool IsOpen => End is null;

    /// <summary>True when the status held on the date (start and end days included).</summary>
    public bool Covers(DateOnly date) => Start <= date && (End is null || date <= End);

    internal bool Overlaps(DateOnly start, DateOnly? end) =>
        Start <= (end ?? DateOnly.MaxValue) && start <= (End ?? DateOnly.MaxValue);

    internal void EndOn(DateOnly end) => End = end;
}

/// <summary>Plain words for child statuses.</summary>
public static class ChildStatusNames
{
    /// <summary>How practitioners say the status.</summary>
    public static string Describe(this ChildStatus status) => status switch
    {
        ChildStatus.ChildInNeed => "child in need",
        ChildStatus.ChildProtectionPlan => "child protection plan",
        ChildStatus.LookedAfter => "looked after",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
