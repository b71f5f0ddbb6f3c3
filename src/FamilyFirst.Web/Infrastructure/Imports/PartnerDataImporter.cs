using System.Security.Cryptography;
using System.Text;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore;

using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Infrastructure.Imports;

/// <summary>
/// The one importer behind the upload page, the <c>import</c> verb and <c>POST /api/imports/{kind}</c>.
/// It checks the whole file first; applies nothing from a file with errors unless asked for the valid rows
/// only; then matches people and applies the rows in batches inside ONE transaction, so a failure part-way
/// leaves nothing applied, and records the import in the history. Rows are streamed, never all held.
/// </summary>
public sealed class PartnerDataImporter(AppDbContext db, IEnumerable<IImportApplier> appliers, AuditTrail audit, TimeProvider clock, ImportMetrics metrics)
{
    /// <summary>Rows matched and written per round trip.</summary>
    public const int BatchSize = 10_000;

    public const int MaxUnmatchedShown = 100;

    /// <summary>
    /// Imports a file. The stream must be seekable: it is read twice, once to check it and once to apply it.
    /// <paramref name="progress"/> hears the number of rows handled after each batch.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(
        ImportRequest request, Stream file, Actor actor, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(file);
        if (!file.CanSeek)
        {
            throw new ArgumentException("The importer reads a file twice; buffer it first (see ImportFiles.BufferAsync).", nameof(file));
        }

        var applier = appliers.FirstOrDefault(a => a.Kind == request.Kind)
            ?? throw new InvalidOperationException($"No importer is registered for {request.Kind.Name()} files.");

        file.Position = 0;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        var started = clock.GetUtcNow().UtcDateTime;

        // First pass: the whole file is checked before anything is applied.
        file.Position = 0;
        var check = new ImportFileValidator(request.Kind, Reader(file));
        foreach (var _ in check.ReadValidRows())
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        var validation = check.Report;
        metrics.Parsed(validation.RowsRead, request.DryRun);
        var rejected = !validation.FileIsReadable || (!validation.IsValid && !request.ValidRowsOnly);
        var run = new ImportRun
        {
            Kind = request.Kind,
            FileName = Path.GetFileName(request.FileName),
            Sha256 = sha256,
            FileSizeBytes = file.Length,
            Source = request.Source,
            StartedAtUtc = started,
            ImportedByUserId = actor.UserId,
            ImportedByName = actor.Name,
            Status = rejected ? ImportRunStatus.Rejected : validation.IsValid ? ImportRunStatus.Applied : ImportRunStatus.AppliedValidRowsOnly,
            RowsRead = validation.RowsRead,
            Invalid = validation.InvalidRows,
            Duplicates = validation.DuplicateRows,
            ErrorCount = validation.ErrorCount,
            Problems = string.Join('\n', validation.Errors.Take(ImportRun.MaxStoredProblems).Select(e => e.Message)),
        };

        if (rejected)
        {
            if (!request.DryRun)
            {
                run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
                db.ImportRuns.Add(run);
                audit.Record(AuditAction.Create, nameof(ImportRun), run.Id.ToString(), detail: Truncate($"Rejected {request.Kind.Name()} file {run.FileName}: {validation.ErrorCount} errors"));
                await db.SaveChangesAsync(cancellationToken);
            }

            return Outcome(request, run, validation, [], recorded: !request.DryRun);
        }

        // Second pass: match and apply, all in one transaction.
        file.Position = 0;
        var unmatched = new List<UnmatchedRowSummary>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var batch = new ImportBatch(db, run, clock.GetUtcNow().UtcDateTime, unmatched);
        var rows = new ImportFileValidator(request.Kind, Reader(file));
        var handled = 0;
        foreach (var row in rows.ReadValidRows())
        {
            batch.Rows.Add(row);
            if (batch.Rows.Count == BatchSize)
            {
                metrics.Written(batch.Rows.Count, request.DryRun);
                handled += await ApplyBatchAsync(applier, batch, cancellationToken);
                progress?.Report(handled);
            }
        }

        if (batch.Rows.Count > 0)
        {
            metrics.Written(batch.Rows.Count, request.DryRun);
            handled += await ApplyBatchAsync(applier, batch, cancellationToken);
            progress?.Report(handled);
        }

        metrics.Parsed(rows.Report.RowsRead, request.DryRun);

        // The file cannot change between the passes (its hash was taken first), but check rather than assume.
        if (rows.Report.ErrorCount != validation.ErrorCount || rows.Report.RowsRead != validation.RowsRead)
        {
            throw new InvalidOperationException("The file changed while it was being imported; nothing was applied.");
        }

        run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.ImportRuns.Update(run);
        audit.Record(
            AuditAction.Create,
            nameof(ImportRun),
            run.Id.ToString(),
            detail: Truncate($"Imported {request.Kind.Name()} file {run.FileName}: {run.Added} added, {run.Updated} updated, {run.Duplicates} duplicates, {run.Unmatched} unmatched, {run.Invalid} invalid"));
        await db.SaveChangesAsync(cancellationToken);

        if (request.DryRun)
        {
            await transaction.RollbackAsync(cancellationToken);
        }
        else
        {
            await transaction.CommitAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        return Outcome(request, run, validation, unmatched, recorded: !request.DryRun);
    }

    private static async Task<int> ApplyBatchAsync(IImportApplier applier, ImportBatch batch, CancellationToken cancellationToken)
    {
        var count = batch.Rows.Count;
        await applier.ApplyAsync(batch, cancellationToken);
        await batch.Db.SaveChangesAsync(cancellationToken);
        batch.Db.ChangeTracker.Clear();
        batch.Rows.Clear();
        return count;
    }

    private static ImportOutcome Outcome(ImportRequest request, ImportRun run, ImportValidationReport validation, List<UnmatchedRowSummary> unmatched, bool recorded) => new()
    {
        Kind = request.Kind,
        FileName = run.FileName,
        Sha256 = run.Sha256,
        Validation = validation,
        Status = run.Status,
        DryRun = request.DryRun,
        RunId = recorded ? run.Id : null,
        RowsRead = run.RowsRead,
        Added = run.Added,
        Updated = run.Updated,
        Duplicates = run.Duplicates,
        Unmatched = run.Unmatched,
        Invalid = run.Invalid,
        UnmatchedRows = unmatched,
    };

    /// <summary>UTF-8, with or without a byte-order mark; the stream stays open for the second pass.</summary>
    private static StreamReader Reader(Stream file) => new(file, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 65_536, leaveOpen: true);

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..497] + "...";
}

/// <summary>A batch of valid rows on its way into the database, with the import it belongs to and what has happened so far.</summary>
public sealed class ImportBatch(AppDbContext db, ImportRun run, DateTime nowUtc, List<UnmatchedRowSummary> unmatchedShown)
{
    public AppDbContext Db { get; } = db;

    public ImportRun Run { get; } = run;

    public DateTime NowUtc { get; } = nowUtc;

    public List<ImportRow> Rows { get; } = new(PartnerDataImporter.BatchSize);

    /// <summary>Notes an unmatched row for the summary (the first few are listed).</summary>
    public void NoteUnmatched(int line, string person, string reason)
    {
        Run.Unmatched++;
        if (unmatchedShown.Count < PartnerDataImporter.MaxUnmatchedShown)
        {
            unmatchedShown.Add(new UnmatchedRowSummary(line, person, reason));
        }
    }
}

/// <summary>Applies one kind of row: matches people, and adds, updates or skips records, counting each on the run.</summary>
public interface IImportApplier
{
    ImportKind Kind { get; }

    /// <summary>Adds the batch's changes to the context; the importer saves them.</summary>
    Task ApplyAsync(ImportBatch batch, CancellationToken cancellationToken);
}

/// <summary>An applier of rows about people, which can also apply a row staff matched to a person by hand.</summary>
public interface IPersonRowApplier : IImportApplier
{
    Task ApplyToPersonAsync(ImportBatch batch, PersonDataRow row, Guid personId, CancellationToken cancellationToken);
}
