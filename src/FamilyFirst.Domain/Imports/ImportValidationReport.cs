namespace FamilyFirst.Domain.Imports;

/// <summary>What validating a partner file found: counts of rows, and the errors and warnings to show the analyst.</summary>
public sealed class ImportValidationReport
{
    internal ImportValidationReport(
        ImportKind kind,
        bool fileIsReadable,
        int rowsRead,
        int validRows,
        int invalidRows,
        int duplicateRows,
        int errorCount,
        int warningCount,
        IReadOnlyList<ImportIssue> errors,
        IReadOnlyList<ImportIssue> warnings)
    {
        Kind = kind;
        FileIsReadable = fileIsReadable;
        RowsRead = rowsRead;
        ValidRows = validRows;
        InvalidRows = invalidRows;
        DuplicateRows = duplicateRows;
        ErrorCount = errorCount;
        WarningCount = warningCount;
        Errors = errors;
        Warnings = warnings;
    }

    public ImportKind Kind { get; }

    /// <summary>
    /// False when the file as a whole cannot be trusted (empty, a required column missing, malformed quoting):
    /// then nothing may be applied, not even with "valid rows only".
    /// </summary>
    public bool FileIsReadable { get; }

    /// <summary>True when there are no errors at all: the whole file may be applied.</summary>
    public bool IsValid => FileIsReadable && ErrorCount == 0;

    /// <summary>Data rows read (the header is not counted): valid + invalid + duplicates.</summary>
    public int RowsRead { get; }

    /// <summary>Rows that passed every check and were handed to the importer.</summary>
    public int ValidRows { get; }

    /// <summary>Rows with at least one error, including a row repeating an earlier row's natural key with different values.</summary>
    public int InvalidRows { get; }

    /// <summary>Rows identical (same natural key and values) to an earlier row in the same file, skipped.</summary>
    public int DuplicateRows { get; }

    /// <summary>Every error found; may exceed Errors.Count when the list was cut short.</summary>
    public int ErrorCount { get; }

    /// <summary>Every warning found; may exceed Warnings.Count when the list was cut short.</summary>
    public int WarningCount { get; }

    /// <summary>Errors in the order found (header problems first, then by line); at most the validator's limit.</summary>
    public IReadOnlyList<ImportIssue> Errors { get; }

    /// <summary>Things to know that do not stop an import (ignored columns, skipped duplicate rows); at most the validator's limit.</summary>
    public IReadOnlyList<ImportIssue> Warnings { get; }
}
