using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Imports;

/// <summary>What the importer is asked to do with a file.</summary>
/// <param name="ValidRowsOnly">Apply the valid rows of a file that has invalid ones, leaving those out.</param>
/// <param name="DryRun">Check and match every row and count what would happen, writing nothing and recording nothing: the preview.</param>
public sealed record ImportRequest(ImportKind Kind, string FileName, ImportSource Source, bool ValidRowsOnly = false, bool DryRun = false);

/// <summary>A row put in the unmatched queue, for the preview and the summary.</summary>
public sealed record UnmatchedRowSummary(int Line, string Person, string Reason);

/// <summary>What happened to a file: its checks, and what was (or, on a dry run, would have been) applied.</summary>
public sealed record ImportOutcome
{
    public required ImportKind Kind { get; init; }

    public required string FileName { get; init; }

    public required string Sha256 { get; init; }

    public required ImportValidationReport Validation { get; init; }

    public required ImportRunStatus Status { get; init; }

    public required bool DryRun { get; init; }

    /// <summary>The import history row; null for a dry run.</summary>
    public Guid? RunId { get; init; }

    public int RowsRead { get; init; }

    public int Added { get; init; }

    public int Updated { get; init; }

    /// <summary>Rows repeated in the file, plus rows already held with the same values.</summary>
    public int Duplicates { get; init; }

    public int Unmatched { get; init; }

    public int Invalid { get; init; }

    /// <summary>The first unmatched rows (at most <see cref="PartnerDataImporter.MaxUnmatchedShown"/>).</summary>
    public IReadOnlyList<UnmatchedRowSummary> UnmatchedRows { get; init; } = [];

    public int Applied => Added + Updated;

    public bool Rejected => Status == ImportRunStatus.Rejected;

    /// <summary>The one-line summary the verb prints and the pages show.</summary>
    public string Summary =>
        (DryRun ? "Dry run, nothing saved: " : Rejected ? "Nothing imported: " : "Imported: ")
        + $"{RowsRead} rows read, {Applied} applied ({Added} added, {Updated} updated), {Duplicates} duplicates skipped, "
        + $"{Unmatched} unmatched, {Invalid} invalid.";
}
