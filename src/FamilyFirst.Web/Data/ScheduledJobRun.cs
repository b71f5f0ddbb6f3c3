namespace FamilyFirst.Web.Data;

/// <summary>
/// A daily job's row: the last day it completed and, while it runs, which node holds it. Nodes claim a run
/// with one conditional UPDATE, so however many app nodes there are, one runs the job at a time.
/// </summary>
public sealed class ScheduledJobRun
{
    /// <summary>The job's name, such as "reminders".</summary>
    public required string JobName { get; set; }

    /// <summary>The last day (in the council's time zone) the job completed for.</summary>
    public DateOnly? LastRunDate { get; set; }

    public string? LeaseOwner { get; set; }

    public DateTime? LeaseExpiresAtUtc { get; set; }

    public DateTime? LastStartedAtUtc { get; set; }

    public DateTime? LastCompletedAtUtc { get; set; }

    /// <summary>A one-line summary of the last run, or why it failed.</summary>
    public string? LastOutcome { get; set; }
}
