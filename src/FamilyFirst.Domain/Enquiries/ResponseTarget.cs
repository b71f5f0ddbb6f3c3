namespace FamilyFirst.Domain.Enquiries;

/// <summary>
/// The council's promise to reply to an enquiry within a number of working days (Monday to Friday, not
/// bank holidays). An enquiry still waiting for a decision after its due date is overdue.
/// </summary>
public sealed class ResponseTarget
{
    private readonly HashSet<DateOnly> _bankHolidays;

    public ResponseTarget(int workingDays, IEnumerable<DateOnly>? bankHolidays = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workingDays);
        WorkingDays = workingDays;
        _bankHolidays = [.. bankHolidays ?? []];
    }

    public int WorkingDays { get; }

    /// <summary>"within 2 working days", as the confirmation page and email put it.</summary>
    public string Description => WorkingDays == 1 ? "within 1 working day" : $"within {WorkingDays} working days";

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_bankHolidays.Contains(day);

    /// <summary>
    /// The last day a reply is due for an enquiry received on <paramref name="received"/>: that many
    /// working days after it. One received at a weekend counts from the next working day.
    /// </summary>
    public DateOnly DueBy(DateOnly received)
    {
        var day = received;
        var counted = 0;
        while (counted < WorkingDays)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                counted++;
            }
        }

        return day;
    }

    /// <summary>Overdue: still New or In triage after the day the reply was due.</summary>
    public bool IsOverdue(DateOnly received, EnquiryStatus status, DateOnly today) =>
        status is EnquiryStatus.New or EnquiryStatus.InTriage && today > DueBy(received);
}
