namespace FamilyFirst.Domain.Families;

/// <summary>The kinds of significant event on a family's chronology; the chronology can be filtered by them.</summary>
public enum ChronologyEventType
{
    /// <summary>The case was opened, closed or reopened.</summary>
    CaseStatus,

    /// <summary>The case was allocated or transferred to a lead practitioner and team.</summary>
    Allocation,

    /// <summary>The family was attached to a programme.</summary>
    Programme,

    /// <summary>People joined or left the family, moved, or a child's status changed.</summary>
    People,

    /// <summary>Consent was given or withdrawn.</summary>
    Consent,

    /// <summary>A meeting or circle was held.</summary>
    Meeting,

    /// <summary>A Family Group Conference stage.</summary>
    Conference,

    /// <summary>A family plan was agreed, changed or reviewed.</summary>
    Plan,

    /// <summary>An outcome was recorded or a result claimed.</summary>
    Outcome,

    /// <summary>A case note was written.</summary>
    CaseNote,
}

/// <summary>
/// One significant event in a family's history, as practitioners read it on the chronology: what happened,
/// on which day, and the record it came from. Entries are written when the event is recorded and never changed.
/// </summary>
public sealed class ChronologyEntry
{
    public const int MaximumSummaryLength = 500;

    private ChronologyEntry()
    {
        Summary = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid FamilyCaseId { get; private set; }

    public ChronologyEventType Type { get; private set; }

    /// <summary>The day the event happened (a meeting may be recorded after it was held).</summary>
    public DateOnly OccurredOn { get; private set; }

    /// <summary>What happened, in a sentence, for example "Allocated to Priya Practitioner (North team)".</summary>
    public string Summary { get; private set; }

    /// <summary>The kind of record the event came from, for example "CaseNote", and its id, so the chronology can link to it.</summary>
    public string? RecordType { get; private set; }

    public Guid? RecordId { get; private set; }

    public Guid RecordedBy { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static Result<ChronologyEntry> Record(
        Guid familyCaseId,
        ChronologyEventType type,
        DateOnly occurredOn,
        string? summary,
        Guid recordedBy,
        DateTimeOffset now,
        string? recordType = null,
        Guid? recordId = null)
    {
        if (string.IsNullOrWhiteSpace(summary))
        {
            return Result<ChronologyEntry>.Fail("Enter what happened");
        }

        if (summary.Trim().Length > MaximumSummaryLength)
        {
            return Result<ChronologyEntry>.Fail($"What happened must be {MaximumSummaryLength} characters or less");
        }

        return Result<ChronologyEntry>.Ok(new ChronologyEntry
        {
            Id = Guid.NewGuid(),
            FamilyCaseId = familyCaseId,
            Type = type,
            OccurredOn = occurredOn,
            Summary = summary.Trim(),
            RecordType = recordType,
            RecordId = recordId,
            RecordedBy = recordedBy,
            RecordedAt = now,
        });
    }
}

/// <summary>Plain words for chronology event types.</summary>
public static class ChronologyEventTypeNames
{
    public static string Describe(this ChronologyEventType type) => type switch
    {
        ChronologyEventType.CaseStatus => "Case opened or closed",
        ChronologyEventType.Allocation => "Allocation",
        ChronologyEventType.Programme => "Programme",
        ChronologyEventType.People => "People",
        ChronologyEventType.Consent => "Consent",
        ChronologyEventType.Meeting => "Meeting",
        ChronologyEventType.Conference => "Family Group Conference",
        ChronologyEventType.Plan => "Plan",
        ChronologyEventType.Outcome => "Outcome",
        ChronologyEventType.CaseNote => "Case note",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
