using FamilyFirst.Web.Data.Imports;
using System.Security.Cryptography;
using System.Text;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;
using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.EntityFrameworkCore.Storage;

using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// The one importer behind the upload page, the <c>import</c> verb and <c>POST /api/imports/{kind}</c>.
/// It reads the file once, checking each row and matching and applying the valid ones inside ONE transaction (in
/// batches, or, for partner and people files on PostgreSQL, streamed whole into a staging table and applied set-based at the
/// end: <see cref="IWholeFileApplier"/>); a file that turns out to have errors (unless only its valid rows were asked for) is rolled back
/// and recorded as rejected, so nothing is ever half-applied; the import is recorded in the history.
/// A dry run (the preview) reads the same way but writes nothing: it validates and matches by reading, and counts
/// what would be added, updated or skipped by comparing with the records held. Rows are streamed, never all held.
/// </summary>
public sealed class PartnerDataImporter(AppDbContext db, IEnumerable<IImportApplier> appliers, AuditTrail audit, TimeProvider clock, ImportMetrics metrics, SupportingFamiliesFramework framework)
{
    /// <summary>Rows matched and written per round trip.</summary>
    public const int BatchSize = 10_000;

    public const int MaxUnmatchedShown = 100;

    /// <summary>
    /// Imports a file, or previews it when <see cref="ImportRequest.DryRun"/> is set. The stream must be seekable:
    /// its SHA-256 is taken before its rows are read. <paramref name="progress"/> hears the number of rows handled
    /// after each batch.
    /// </summary>
    public async Task<ImportOutcome> ImportAsync(
        ImportRequest request, Stream file, Actor actor, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var span = ImportMetrics.Source.StartActivity((request.DryRun ? "import preview " : "import ") + request.Kind.Name());
        span?.SetTag("familyfirst.import.kind", request.Kind.Name()).SetTag("familyfirst.import.preview", request.DryRun);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcome = await ImportOnceAsync(request, file, actor, progress, cancellationToken);
        metrics.Finished(outcome, System.Diagnostics.Stopwatch.GetElapsedTime(started), span);
        return outcome;
    }

    private async Task<ImportOutcome> ImportOnceAsync(
        ImportRequest request, Stream file, Actor actor, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(actor);
        if (!file.CanSeek)
        {
            throw new ArgumentException("The importer hashes a file before reading it; buffer it first (see ImportFiles.BufferAsync).", nameof(file));
        }

        var applier = appliers.FirstOrDefault(a => a.Kind == request.Kind)
            ?? throw new InvalidOperationException($"No importer is registered for {request.Kind.Name()} files.");

        file.Position = 0;
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        file.Position = 0;
        var preview = request.DryRun;
        var run = NewRun(request, actor, sha256, file.Length, clock.GetUtcNow().UtcDateTime);

        // A preview reads in a read-only transaction where the provider has one worth having (PostgreSQL), and
        // in none on SQLite, so it never holds the write lock; an import writes everything in one transaction.
        await using var transaction = preview ? await BeginReadOnlyAsync(cancellationToken) : await db.Database.BeginTransactionAsync(cancellationToken);
        if (!preview)
        {
            db.ImportRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var unmatched = new List<UnmatchedRowSummary>();
        var batch = new ImportBatch(db, run, clock.GetUtcNow().UtcDateTime, unmatched, preview);

        // Where the applier and the database allow (partner and people files on PostgreSQL), the whole file goes into a staging
        // table in one COPY as it is read, and is matched and applied set-based at the end; otherwise batch by batch.
        await using var stage = !preview && applier is IWholeFileApplier whole ? await whole.StartFileAsync(batch, cancellationToken) : null;
        var rows = new ImportFileValidator(request.Kind, Reader(file), framework: framework);
        var handled = 0;
        var stopped = false;
        foreach (var row in rows.ReadValidRows())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (stopped)
            {
                continue;
            }

            // Once the file cannot be applied, the rest of it is only checked, so every error is still reported.
            if (!rows.FileIsReadableSoFar || (rows.ErrorCountSoFar > 0 && !request.ValidRowsOnly))
            {
                stopped = true;
                batch.Rows.Clear();
                continue;
            }

            if (stage is not null)
            {
                await stage.AddAsync(row, cancellationToken);
                if (stage.Rows % BatchSize == 0)
                {
                    progress?.Report(stage.Rows);
                }

                continue;
            }

            batch.Rows.Add(row);
            if (batch.Rows.Count == BatchSize)
            {
                handled += await ApplyBatchAsync(applier, batch, cancellationToken);
                progress?.Report(handled);
            }
        }

        var validation = rows.Report;
        metrics.Parsed(validation.RowsRead, preview);
        if (!validation.FileIsReadable || (!validation.IsValid && !request.ValidRowsOnly))
        {
            if (stage is not null)
            {
                // The COPY is cancelled before the transaction is rolled back.
                await stage.DisposeAsync();
            }

            return await RejectAsync(request, actor, sha256, file.Length, run.StartedAtUtc, validation, transaction, cancellationToken);
        }

        if (stage is not null)
        {
            await ApplyStagedAsync((IWholeFileApplier)applier, stage, batch, request, file, cancellationToken);
            progress?.Report(stage.Rows);
        }
        else if (batch.Rows.Count > 0)
        {
            handled += await ApplyBatchAsync(applier, batch, cancellationToken);
            progress?.Report(handled);
        }

        run.Status = validation.IsValid ? ImportRunStatus.Applied : ImportRunStatus.AppliedValidRowsOnly;
        Count(run, validation);
        if (preview)
        {
            return Outcome(request, run, validation, unmatched, recorded: false);
        }

        run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
        db.ImportRuns.Update(run);
        audit.Record(
            AuditAction.Create,
            nameof(ImportRun),
            run.Id.ToString(),
            detail: Truncate($"Imported {request.Kind.Name()} file {run.FileName}: {run.Added} added, {run.Updated} updated, {run.Duplicates} duplicates, {run.Unmatched} unmatched, {run.Invalid} invalid"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction!.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return Outcome(request, run, validation, unmatched, recorded: true);
    }

    /// <summary>Nothing from the file stands: whatever was written is rolled back, and the rejection is recorded (not for a preview).</summary>
    private async Task<ImportOutcome> RejectAsync(
        ImportRequest request, Actor actor, string sha256, long size, DateTime started, ImportValidationReport validation, IDbContextTransaction? transaction, CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
        var run = NewRun(request, actor, sha256, size, started);
        run.Status = ImportRunStatus.Rejected;
        Count(run, validation);
        if (!request.DryRun)
        {
            run.FinishedAtUtc = clock.GetUtcNow().UtcDateTime;
            db.ImportRuns.Add(run);
            audit.Record(AuditAction.Create, nameof(ImportRun), run.Id.ToString(), detail: Truncate($"Rejected {request.Kind.Name()} file {run.FileName}: {validation.ErrorCount} errors"));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return Outcome(request, run, validation, [], recorded: !request.DryRun);
    }

    private async Task<IDbContextTransaction?> BeginReadOnlyAsync(CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
        return transaction;
    }

    private static ImportRun NewRun(ImportRequest request, Actor actor, string sha256, long size, DateTime started) => new()
    {
        Kind = request.Kind,
        FileName = Path.GetFileName(request.FileName),
        Sha256 = sha256,
        FileSizeBytes = size,
        Source = request.Source,
        StartedAtUtc = started,
        ImportedByUserId = actor.UserId,
        ImportedByName = actor.Name,
    };

    /// <summary>The file's own counts; the appliers have counted what became of the valid rows.</summary>
    private static void Count(ImportRun run, ImportValidationReport validation)
    {
        run.RowsRead = validation.RowsRead;
        run.Invalid = validation.InvalidRows;
        run.Duplicates += validation.DuplicateRows;
        run.ErrorCount = validation.ErrorCount;
        run.Problems = string.Join('\n', validation.Errors.Take(ImportRun.MaxStoredProblems).Select(e => e.Message));
    }

    private async Task<int> ApplyBatchAsync(IImportApplier applier, ImportBatch batch, CancellationToken cancellationToken)
    {
        var count = batch.Rows.Count;
        await applier.ApplyAsync(batch, cancellationToken);
        if (!batch.Preview)
        {
            metrics.Written(count, preview: false);
            await batch.Db.SaveChangesAsync(cancellationToken);
            batch.Db.ChangeTracker.Clear();
        }

        batch.Rows.Clear();
        return count;
    }

    /// <summary>
    /// Matches and applies a staged file, then queues the rows that matched nobody: they are read again from the file
    /// (only as far as the last of them), as the staging table holds what matching needs, not the rows as written.
    /// </summary>
    private async Task ApplyStagedAsync(IWholeFileApplier applier, IPartnerFileStage stage, ImportBatch batch, ImportRequest request, Stream file, CancellationToken cancellationToken)
    {
        var applied = await stage.FinishAsync(cancellationToken);
        batch.Run.Added += applied.Added;
        batch.Run.Updated += applied.Updated;
        batch.Run.Duplicates += applied.Unchanged;
        metrics.Written(stage.Rows - applied.ByRow.Count, preview: false);
        if (applied.ByRow.Count > 0)
        {
            await ApplyByRowAsync(applier, batch, request, file, applied.ByRow, cancellationToken);
        }

        if (applied.Unmatched.Count == 0)
        {
            return;
        }

        var holders = applied.Unmatched.ToDictionary(u => u.Line, u => u.Holders);
        var last = applied.Unmatched[^1].Line;
        var pending = new List<(ImportRow Row, int Holders)>(Math.Min(BatchSize, holders.Count));
        file.Position = 0;
        var again = new ImportFileValidator(request.Kind, Reader(file), framework: framework);
        foreach (var row in again.ReadValidRows())
        {
            if (row.Line > last)
            {
                break;
            }

            if (holders.TryGetValue(row.Line, out var count))
            {
                pending.Add((row, count));
                if (pending.Count == BatchSize)
                {
                    await QueueAsync();
                }
            }
        }

        await QueueAsync();

        async Task QueueAsync()
        {
            await applier.QueueUnmatchedAsync(batch, pending, cancellationToken);
            await batch.Db.SaveChangesAsync(cancellationToken);
            batch.Db.ChangeTracker.Clear();
            pending.Clear();
        }
    }

    /// <summary>
    /// The rows a stage left to the applier: read again from the file (only as far as the last of them) and applied
    /// batch by batch in file order, as a file without a stage is.
    /// </summary>
    private async Task ApplyByRowAsync(IImportApplier applier, ImportBatch batch, ImportRequest request, Stream file, IReadOnlyList<int> lines, CancellationToken cancellationToken)
    {
        var wanted = lines.ToHashSet();
        var last = lines[^1];
        file.Position = 0;
        var again = new ImportFileValidator(request.Kind, Reader(file), framework: framework);
        foreach (var row in again.ReadValidRows())
        {
            if (row.Line > last)
            {
                break;
            }

            if (wanted.Contains(row.Line))
            {
                batch.Rows.Add(row);
                if (batch.Rows.Count == BatchSize)
                {
                    await ApplyBatchAsync(applier, batch, cancellationToken);
                }
            }
        }

        if (batch.Rows.Count > 0)
        {
            await ApplyBatchAsync(applier, batch, cancellationToken);
        }
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
public sealed class ImportBatch(AppDbContext db, ImportRun run, DateTime nowUtc, List<UnmatchedRowSummary> unmatchedShown, bool preview = false)
{
    private readonly Dictionary<Type, object> _remembered = [];

    public AppDbContext Db { get; } = db;

    /// <summary>
    /// A preview: the appliers read (without tracking) and count, and write nothing, not even to the change tracker.
    /// </summary>
    public bool Preview { get; } = preview;

    public ImportRun Run { get; } = run;

    public DateTime NowUtc { get; } = nowUtc;

    public List<ImportRow> Rows { get; } = new(PartnerDataImporter.BatchSize);

    /// <summary>
    /// State kept from batch to batch of a preview, one of each type: what earlier batches would have written,
    /// which a preview cannot read back from the database.
    /// </summary>
    public T Remembered<T>()
        where T : class, new()
    {
        if (!_remembered.TryGetValue(typeof(T), out var state))
        {
            state = new T();
            _remembered[typeof(T)] = state;
        }

        return (T)state;
    }

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

/// <summary>
/// An applier that can take a whole file at once where the database allows (PostgreSQL): the importer streams every
/// valid row into <see cref="IPartnerFileStage"/> instead of applying batches, then applies through
/// <see cref="IImportApplier.ApplyAsync"/> the rows the stage handed back (<see cref="PartnerFileApplied.ByRow"/>) and
/// queues the rows it could not match.
/// </summary>
public interface IWholeFileApplier : IImportApplier
{
    /// <summary>Starts staging the file inside the import's transaction, or null to apply it batch by batch.</summary>
    Task<IPartnerFileStage?> StartFileAsync(ImportBatch batch, CancellationToken cancellationToken);

    /// <summary>Queues rows that matched nobody (holders 0) or several people; the importer saves them.</summary>
    Task QueueUnmatchedAsync(ImportBatch batch, IReadOnlyList<(ImportRow Row, int Holders)> rows, CancellationToken cancellationToken);
}

/// <summary>An applier of rows about people, which can also apply a row staff matched to a person by hand.</summary>
public interface IPersonRowApplier : IImportApplier
{
    Task ApplyToPersonAsync(ImportBatch batch, PersonDataRow row, Guid personId, CancellationToken cancellationToken);
}
