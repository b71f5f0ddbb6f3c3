using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Data.Imports;

/// <summary>Whether an unmatched row still waits for a member of staff.</summary>
public enum UnmatchedRowStatus
{
    Waiting,

    /// <summary>Matched to a person by staff and applied.</summary>
    Applied,

    /// <summary>Staff decided the row is about nobody on the programme.</summary>
    Dismissed,
}

/// <summary>
/// A valid row of partner data that matched nobody, or more than one person. It waits here, with the reason,
/// until staff match it to a person, when it is applied like any imported row.
/// </summary>
public sealed class UnmatchedImportRow
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid ImportRunId { get; init; }

    public ImportKind Kind { get; init; }

    /// <summary>The line of the file the row came from.</summary>
    public int Line { get; init; }

    /// <summary>Why it could not be matched, in plain words.</summary>
    public required string Reason { get; init; }

    /// <summary>The person's part of the natural key ("ref:P001"), so a row already waiting is not queued twice.</summary>
    public required string PersonKey { get; init; }

    /// <summary>The row's full natural key.</summary>
    public required string NaturalKey { get; init; }

    /// <summary>How the partner named the person, for staff to read: "person_ref P001" or "Zoe O'Brien, born 2012-03-04".</summary>
    public required string PersonDescription { get; init; }

    /// <summary>The row itself as a one-row CSV file with its header, so applying it later reads it as the importer did.</summary>
    public required string RowCsv { get; init; }

    public DateTime QueuedAtUtc { get; init; }

    public UnmatchedRowStatus Status { get; set; }

    public Guid? ResolvedPersonId { get; set; }

    public string? ResolvedByName { get; set; }

    public DateTime? ResolvedAtUtc { get; set; }
}
