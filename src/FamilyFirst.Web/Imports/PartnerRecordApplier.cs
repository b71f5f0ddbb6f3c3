using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// Applies rows of partner data about people (attendance, exclusions, offences, ASB, benefits, employment,
/// employment programme referrals): each row is matched to a person, then added, replaces the record held
/// under its key when its values differ, or is skipped as a duplicate. Rows matching nobody, or several
/// people, go to the unmatched queue (once, however often the file is imported).
/// </summary>
public sealed class PartnerRecordApplier<TRow, TRecord>(ImportKind kind, Func<AppDbContext, DbSet<TRecord>> records, IPersonDirectory people)
    : IPersonRowApplier, IWholeFileApplier
    where TRow : PersonDataRow
    where TRecord : class, IPartnerRecord<TRow>, new()
{
    public ImportKind Kind => kind;

    public async Task ApplyAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        var rows = batch.Rows.Cast<TRow>().ToList();
        var persons = rows.Select(r => r.Person).DistinctBy(p => p.Key).ToList();
        var found = await people.MatchAsync(persons, cancellationToken);

        var matched = new List<(TRow Row, Guid PersonId)>(rows.Count);
        var notMatched = new List<(TRow Row, string Reason)>();
        foreach (var row in rows)
        {
            var lookup = found[row.Person.Key];
            if (lookup.PersonId is { } personId)
            {
                matched.Add((row, personId));
            }
            else
            {
                notMatched.Add((row, lookup.Reason ?? "No one matches"));
            }
        }

        if (batch.Preview)
        {
            await CountMatchedAsync(batch, matched, cancellationToken);
            foreach (var (row, reason) in notMatched)
            {
                batch.NoteUnmatched(row.Line, ImportRowCsv.DescribePerson(row.Person), reason);
            }

            return;
        }

        if (PartnerRecordUpsert<TRecord>.For(batch.Db) is { } upsert)
        {
            await WriteMatchedAsync(batch, upsert, matched, cancellationToken);
        }
        else
        {
            await ApplyMatchedAsync(batch, matched, cancellationToken);
        }

        await QueueUnmatchedAsync(batch, notMatched, cancellationToken);
    }

    /// <summary>
    /// PostgreSQL: the whole file streamed into a staging table, matched and applied set-based (see
    /// <see cref="PostgresPartnerFileStage{TRecord}"/>); null elsewhere, where batches go through <see cref="ApplyAsync"/>.
    /// </summary>
    public Task<IPartnerFileStage?> StartFileAsync(ImportBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var runId = batch.Run.Id;
        return PostgresPartnerFileStage<TRecord>.StartAsync(
            batch.Db,
            runId,
            row =>
            {
                var record = new TRecord { RecordKey = row.RecordKey, ImportRunId = runId };
                record.TakeValuesOf((TRow)row);
                return record;
            },
            cancellationToken);
    }

    /// <summary>Queues rows of a staged file that matched nobody or several people, with the reason the batch path gives.</summary>
    public Task QueueUnmatchedAsync(ImportBatch batch, IReadOnlyList<(ImportRow Row, int Holders)> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return QueueUnmatchedAsync(
            batch,
            rows.Select(r => ((TRow)r.Row, PersonLookup.Of(((TRow)r.Row).Person, r.Holders, null).Reason ?? "No one matches")).ToList(),
            cancellationToken);
    }

    /// <summary>
    /// The bulk path: the matched rows go to the database in set-based upserts (see <see cref="PartnerRecordUpsert{TRecord}"/>),
    /// counted as the change tracker would count them. Two rows of one batch can name the same person and key (a
    /// person named by person_ref in one row and by name in another); then the rows before the second are written
    /// first, so the second is compared with what the first left, exactly as if the rows were applied one by one.
    /// </summary>
    private static async Task WriteMatchedAsync(ImportBatch batch, PartnerRecordUpsert<TRecord> upsert, List<(TRow Row, Guid PersonId)> matched, CancellationToken cancellationToken)
    {
        var pending = new List<TRecord>(matched.Count);
        var keys = new HashSet<(Guid, string)>();
        foreach (var (row, personId) in matched)
        {
            if (!keys.Add((personId, row.RecordKey)))
            {
                await WriteAsync(batch, upsert, pending, cancellationToken);
                keys.Clear();
                keys.Add((personId, row.RecordKey));
            }

            var record = new TRecord { PersonId = personId, RecordKey = row.RecordKey, ImportRunId = batch.Run.Id };
            record.TakeValuesOf(row);
            pending.Add(record);
        }

        await WriteAsync(batch, upsert, pending, cancellationToken);
    }

    private static async Task WriteAsync(ImportBatch batch, PartnerRecordUpsert<TRecord> upsert, List<TRecord> pending, CancellationToken cancellationToken)
    {
        var (added, updated) = await upsert.WriteAsync(pending, cancellationToken);
        batch.Run.Added += added;
        batch.Run.Updated += updated;
        batch.Run.Duplicates += pending.Count - added - updated;
        pending.Clear();
    }

    /// <summary>
    /// The preview: counts each matched row as the import would (added, updated or unchanged), by reading the records
    /// held for its people and remembering what the earlier rows of the file would have written in their place.
    /// </summary>
    private async Task CountMatchedAsync(ImportBatch batch, List<(TRow Row, Guid PersonId)> matched, CancellationToken cancellationToken)
    {
        if (matched.Count == 0)
        {
            return;
        }

        var written = batch.Remembered<Dictionary<(Guid, string), TRecord>>();
        var personIds = matched.Select(m => m.PersonId).Distinct().ToList();
        var held = await batch.Db.ReadThroughIndexesAsync(
            () => records(batch.Db).AsNoTracking().Where(r => personIds.Contains(r.PersonId)).ToListAsync(cancellationToken),
            cancellationToken);
        var heldByKey = held.ToDictionary(r => (r.PersonId, r.RecordKey));
        foreach (var (row, personId) in matched)
        {
            var key = (personId, row.RecordKey);
            if (written.TryGetValue(key, out var record) || heldByKey.TryGetValue(key, out record))
            {
                if (record.HasValuesOf(row))
                {
                    batch.Run.Duplicates++;
                    continue;
                }

                batch.Run.Updated++;
            }
            else
            {
                batch.Run.Added++;
            }

            record = new TRecord { PersonId = personId, RecordKey = row.RecordKey };
            record.TakeValuesOf(row);
            written[key] = record;
        }
    }

    public Task ApplyToPersonAsync(ImportBatch batch, PersonDataRow row, Guid personId, CancellationToken cancellationToken) =>
        ApplyMatchedAsync(batch, [((TRow)row, personId)], cancellationToken);

    /// <summary>The change-tracker path, for a single row matched by staff (saved with the queue's change) and providers without a bulk writer.</summary>
    private async Task ApplyMatchedAsync(ImportBatch batch, IReadOnlyList<(TRow Row, Guid PersonId)> matched, CancellationToken cancellationToken)
    {
        if (matched.Count == 0)
        {
            return;
        }

        var set = records(batch.Db);
        var personIds = matched.Select(m => m.PersonId).Distinct().ToList();
        var held = new Dictionary<(Guid, string), TRecord>();
        foreach (var record in await set.Where(r => personIds.Contains(r.PersonId)).ToListAsync(cancellationToken))
        {
            held[(record.PersonId, record.RecordKey)] = record;
        }

        foreach (var (row, personId) in matched)
        {
            if (held.TryGetValue((personId, row.RecordKey), out var record))
            {
                if (record.HasValuesOf(row))
                {
                    batch.Run.Duplicates++;
                }
                else
                {
                    record.TakeValuesOf(row);
                    record.ImportRunId = batch.Run.Id;
                    batch.Run.Updated++;
                }

                continue;
            }

            record = new TRecord { PersonId = personId, RecordKey = row.RecordKey, ImportRunId = batch.Run.Id };
            record.TakeValuesOf(row);
            set.Add(record);
            held[(personId, row.RecordKey)] = record;
            batch.Run.Added++;
        }
    }

    private async Task QueueUnmatchedAsync(ImportBatch batch, List<(TRow Row, string Reason)> notMatched, CancellationToken cancellationToken)
    {
        if (notMatched.Count == 0)
        {
            return;
        }

        var keys = notMatched.Select(n => n.Row.NaturalKey).Distinct().ToList();
        var waiting = (await batch.Db.UnmatchedImportRows
                .Where(u => u.Kind == kind && u.Status == UnmatchedRowStatus.Waiting && keys.Contains(u.NaturalKey))
                .Select(u => u.NaturalKey)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        foreach (var (row, reason) in notMatched)
        {
            var person = ImportRowCsv.DescribePerson(row.Person);
            batch.NoteUnmatched(row.Line, person, reason);
            if (!waiting.Add(row.NaturalKey))
            {
                continue;
            }

            batch.Db.UnmatchedImportRows.Add(new UnmatchedImportRow
            {
                ImportRunId = batch.Run.Id,
                Kind = kind,
                Line = row.Line,
                Reason = reason,
                PersonKey = row.Person.Key,
                NaturalKey = row.NaturalKey,
                PersonDescription = person,
                RowCsv = ImportRowCsv.Write(row),
                QueuedAtUtc = batch.NowUtc,
                Status = UnmatchedRowStatus.Waiting,
            });
        }
    }
}
