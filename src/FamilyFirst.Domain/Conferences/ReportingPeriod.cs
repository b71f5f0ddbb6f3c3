namespace FamilyFirst.Domain.Conferences;

/// <summary>The dates a report covers, from and to, both days included (as a person reads "1 April to 30 June").</summary>
public sealed record ReportingPeriod
{
    private ReportingPeriod(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public static Result<ReportingPeriod> Create(DateOnly from, DateOnly to) =>
        from > to
            ? Result<ReportingPeriod>.Fail("The start of the period must be the same as or before the end")
            : Result<ReportingPeriod>.Ok(new ReportingPeriod(from, to));

    public bool Contains(DateOnly date) => date >= From && date <= To;

    public bool Contains(DateOnly? date) => date is { } d && Contains(d);
}
