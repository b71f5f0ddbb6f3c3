using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Data.Imports;

/// <summary>How a file reached the importer.</summary>
public enum ImportSource
{
    Upload,
    CommandLine,
    Api,
}

/// <summary>What became of an import.</summary>
public enum ImportRunStatus
{
    /// <summary>Every valid row was applied (or queued as unmatched).</summary>
    Applied,

    /// <summary>The valid rows were applied and the invalid ones left out, as asked.</summary>
    AppliedValidRowsOnly,

    /// <summary>Nothing was applied: the file had errors and only a whole valid file may be applied.</summary>
    Rejected,
}

/// <summary>
/// One import of a partner file, kept as the import history: who, when, which file (name and SHA-256), and
/// what happened to its rows. Dry runs and previews are not recorded.
/// </summary>
public sealed class ImportRun
{
    /// <summary>How many problem messages are kept with the run; all are counted.</summary>
    public const int MaxStoredProblems = 200;

    public Guid Id { get; init; } = Guid.NewGuid();

    public ImportKind Kind { get; init; }

    public required string FileName { get; init; }

    /// <summary>The SHA-256 of the file's bytes, in lower-case hex.</summary>
    public required string Sha256 { get; init; }

    public long FileSizeBytes { get; init; }

    public ImportSource Source { get; init; }

    public DateTime StartedAtUtc { get; init; }

    public DateTime FinishedAtUtc { get; set; }

    /// <summary>The member of staff, or null for a command-line job.</summary>
    public string? ImportedByUserId { get; init; }

    public required string ImportedByName { get; init; }

    public ImportRunStatus Status { get; set; }

    public int RowsRead { get; set; }

    /// <summary>Rows added as new records.</summary>
    public int Added { get; set; }

    /// <summary>Rows whose key was held with different values, which replaced them.</summary>
    public int Updated { get; set; }

    /// <summary>Rows already held with the same values, or repeated within the file.</summary>
    public int Duplicates { get; set; }

    /// <summary>Rows that matched nobody or more than one person, put in the unmatched queue.</summary>
    public int Unmatched { get; set; }

    public int Invalid { get; set; }

    public int ErrorCount { get; set; }

    /// <summary>The first <see cref="MaxStoredProblems"/> errors, one per line ("Line 14: ...").</summary>
    public string Problems { get; set; } = "";

    /// <summary>Rows applied: added plus updated.</summary>
    public int Applied => Added + Updated;
}
