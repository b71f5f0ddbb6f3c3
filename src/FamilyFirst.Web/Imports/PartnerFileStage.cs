using FamilyFirst.Web.Data.Imports;
using System.Text;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace FamilyFirst.Web.Imports;

/// <summary>A row of the file that matched nobody, or several people (<see cref="Holders"/> of them).</summary>
public readonly record struct UnmatchedLine(int Line, int Holders);

/// <summary>What became of a file's rows: added, updated and unchanged (matched rows), and the rows matching no one person, in file order.</summary>
public sealed record PartnerFileApplied(int Added, int Updated, int Unchanged, IReadOnlyList<UnmatchedLine> Unmatched)
{
    /// <summary>
    /// The lines (in file order) the set-based statements left alone, for the importer to apply through the applier's
    /// <see cref="IImportApplier.ApplyAsync"/> batch by batch, as without a stage (the people file's rows that need the domain).
    /// </summary>
    public IReadOnlyList<int> ByRow { get; init; } = [];
}

/// <summary>
/// A whole partner file on its way into the database in one go: every valid row is streamed in as it is read, then
/// matched and applied by a few set-based statements. Disposing it before <see cref="FinishAsync"/> abandons the rows
/// (the import's transaction is then rolled back).
/// </summary>
public interface IPartnerFileStage : IAsyncDisposable
{
    /// <summary>How many rows have been streamed in.</summary>
    int Rows { get; }

    Task AddAsync(ImportRow row, CancellationToken cancellationToken);

    /// <summary>
    /// Matches the rows to people and applies the matched ones, counting added, updated and unchanged rows exactly as
    /// applying them one by one in file order would; gives back the rows that matched nobody or several people, in
    /// file order, for the unmatched queue.
    /// </summary>
    Task<PartnerFileApplied> FinishAsync(CancellationToken cancellationToken);
}

/// <summary>
/// PostgreSQL: one binary COPY of the whole file into a temporary table (with each row's person as the file names
/// them, in matching form), then, inside the import's transaction: one statement matching every row to a live person
/// (by person_ref, by upn, or by name and date of birth against the candidates born on the file's dates, normalised
/// by the app as <see cref="PersonNameKey"/> does), one reading the unmatched rows, and one upsert of the matched rows.
/// The matching is the same as <see cref="RecordsPersonDirectory"/>'s, the counting the same as applying the rows one
/// by one (see docs/adr/0032).
/// </summary>
internal sealed class PostgresPartnerFileStage<TRecord> : IPartnerFileStage
    where TRecord : class
{
    private const short ByReference = 0;
    private const short ByUpn = 1;
    private const short ByName = 2;

    /// <summary>
    /// The statements over a whole file run as long as they need (a file of millions of rows on a busy server takes
    /// more than Npgsql's default 30 s); the import's cancellation token still stops them.
    /// </summary>
    internal const int NoTimeout = 0;

    private readonly PostgresPartnerRecordUpsert<TRecord> _table;
    private readonly Guid _runId;
    private readonly Func<PersonDataRow, TRecord> _recordOf;
    private readonly string _file;
    private readonly string _names;
    private readonly string _matched;
    private readonly List<PartnerRecordUpsert<TRecord>.UpsertColumn> _staged;
    private readonly NpgsqlDbType[] _stagedTypes;
    private readonly HashSet<short> _methods = [];
    private NpgsqlBinaryImporter? _copy;

    private PostgresPartnerFileStage(PostgresPartnerRecordUpsert<TRecord> table, Guid runId, Func<PersonDataRow, TRecord> recordOf)
    {
        _table = table;
        _runId = runId;
        _recordOf = recordOf;
        _file = "\"ff_file_" + typeof(TRecord).Name + "\"";
        _names = "\"ff_names_" + typeof(TRecord).Name + "\"";
        _matched = "\"ff_matched_" + typeof(TRecord).Name + "\"";

        // The record's own columns but its person (not known until matched) and the import that writes it (one for all).
        _staged = table.Columns.Where(c => c.Property is not ("PersonId" or "ImportRunId")).ToList();
        _stagedTypes = _staged.Select(c => PostgresPartnerRecordUpsert<TRecord>.TypeOf(c.Mapping.Converter?.ProviderClrType ?? c.Mapping.ClrType)).ToArray();
    }

    public int Rows { get; private set; }

    /// <summary>Creates the staging table and opens the COPY; null where the database is not PostgreSQL.</summary>
    public static async Task<IPartnerFileStage?> StartAsync(AppDbContext db, Guid runId, Func<PersonDataRow, TRecord> recordOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (PartnerRecordUpsert<TRecord>.For(db) is not PostgresPartnerRecordUpsert<TRecord> table)
        {
            return null;
        }

        var stage = new PostgresPartnerFileStage<TRecord>(table, runId, recordOf);
        await stage.OpenAsync(cancellationToken);
        return stage;
    }

    private NpgsqlConnection Connection => (NpgsqlConnection)_table.Connection;

    private NpgsqlTransaction Transaction => (NpgsqlTransaction)_table.Transaction;

    private string StagedList => string.Join(", ", _staged.Select(c => c.Name));

    private async Task OpenAsync(CancellationToken cancellationToken)
    {
        // ON COMMIT DROP: the tables last for the import's transaction only (a rollback drops them too).
        var columns = string.Join(", ", _staged.Select(c => $"{c.Name} {c.Mapping.StoreType}"));
        await ExecuteAsync(
            $"DROP TABLE IF EXISTS {_file}; DROP TABLE IF EXISTS {_names}; DROP TABLE IF EXISTS {_matched}; "
            + $"CREATE TEMP TABLE {_file} (ff_line integer NOT NULL, ff_method smallint NOT NULL, ff_ref text, ff_upn text, ff_given text, ff_family text, ff_dob date, {columns}) ON COMMIT DROP",
            cancellationToken);
        _copy = await Connection.BeginBinaryImportAsync(
            $"COPY {_file} (ff_line, ff_method, ff_ref, ff_upn, ff_given, ff_family, ff_dob, {StagedList}) FROM STDIN (FORMAT BINARY)", cancellationToken);
    }

    public async Task AddAsync(ImportRow row, CancellationToken cancellationToken)
    {
        var copy = _copy ?? throw new InvalidOperationException("The file's rows have already been applied or abandoned.");
        var personRow = (PersonDataRow)row;
        var person = personRow.Person;
        var record = _recordOf(personRow);
        await copy.StartRowAsync(cancellationToken);
        await copy.WriteAsync(row.Line, NpgsqlDbType.Integer, cancellationToken);
        switch (person.Method)
        {
            case PersonMatchMethod.PersonRef:
                await WriteMatchAsync(copy, ByReference, person.PersonRef, null, null, null, null, cancellationToken);
                break;
            case PersonMatchMethod.Upn:
                // Held in its stored form; one that is not a pupil number matches nobody (the queue says why).
                await WriteMatchAsync(copy, ByUpn, null, UniquePupilNumber.TryParse(person.Upn).Value?.Value, null, null, null, cancellationToken);
                break;
            default:
                await WriteMatchAsync(
                    copy, ByName, null, null, PersonNameKey.Normalise(person.GivenName), PersonNameKey.Normalise(person.FamilyName), person.DateOfBirth, cancellationToken);
                break;
        }

        for (var i = 0; i < _staged.Count; i++)
        {
            var value = _staged[i].ProviderValue(record);
            if (value is null)
            {
                await copy.WriteNullAsync(cancellationToken);
            }
            else
            {
                await copy.WriteAsync(value, _stagedTypes[i], cancellationToken);
            }
        }

        Rows++;
    }

    private async Task WriteMatchAsync(
        NpgsqlBinaryImporter copy, short method, string? reference, string? upn, string? given, string? family, DateOnly? born, CancellationToken cancellationToken)
    {
        _methods.Add(method);
        await copy.WriteAsync(method, NpgsqlDbType.Smallint, cancellationToken);
        await WriteTextAsync(copy, reference, cancellationToken);
        await WriteTextAsync(copy, upn, cancellationToken);
        await WriteTextAsync(copy, given, cancellationToken);
        await WriteTextAsync(copy, family, cancellationToken);

        if (born is { } date)
        {
            await copy.WriteAsync(date, NpgsqlDbType.Date, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }
    }

    private static Task WriteTextAsync(NpgsqlBinaryImporter copy, string? text, CancellationToken cancellationToken) =>
        text is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(text, NpgsqlDbType.Text, cancellationToken);

    public async Task<PartnerFileApplied> FinishAsync(CancellationToken cancellationToken)
    {
        var copy = _copy ?? throw new InvalidOperationException("The file's rows have already been applied or abandoned.");
        await copy.CompleteAsync(cancellationToken);
        await copy.DisposeAsync();
        _copy = null;
        if (Rows == 0)
        {
            return new PartnerFileApplied(0, 0, 0, []);
        }

        // Statistics for the planner (a temporary table has none until analysed); sorts of a whole file in memory (a
        // 1,000,000-row file sorted for the upsert spilled 88 MB to disk at 64 MB).
        await ExecuteAsync($"ANALYZE {_file}; SET LOCAL work_mem = '256MB'", cancellationToken);
        if (_methods.Contains(ByName))
        {
            await StageNameCandidatesAsync(cancellationToken);
        }

        var people = PeopleColumns();
        var live = $"p.{people.MergedIntoPersonId} IS NULL";
        var unmatched = new List<UnmatchedLine>();
        (int Added, int Updated, int Unchanged) counts;
        if (_methods.Count == 1 && _methods.Contains(ByReference))
        {
            // Named by person_ref only (unique): the rows naming no live person are read, and the others are matched
            // inside the upsert itself, so no table of matched rows is written and read back (issue 21, part 4).
            await ReadUnmatchedAsync(
                $"SELECT s.ff_line, 0::bigint FROM {_file} s WHERE NOT EXISTS (SELECT 1 FROM {people.Table} p WHERE p.{people.Reference} = s.ff_ref AND {live}) ORDER BY s.ff_line",
                unmatched,
                cancellationToken);
            counts = await UpsertAsync($"{_file} s JOIN {people.Table} p ON p.{people.Reference} = s.ff_ref AND {live}", "s", $"p.{people.Id}", Rows - unmatched.Count, cancellationToken);
        }
        else
        {
            await ExecuteAsync(MatchSql(), cancellationToken);
            await ReadUnmatchedAsync($"SELECT ff_line, holders FROM {_matched} WHERE holders <> 1 ORDER BY ff_line", unmatched, cancellationToken);

            // A file that names people one way only cannot name one person twice for the same record (the validator has
            // refused two rows with the same person and key), so one upsert counts exactly; otherwise rows are ranked.
            counts = _methods.Count == 1 && !_methods.Contains(ByUpn)
                ? await UpsertAsync($"{_matched} m", "m", "m.person_id", Rows - unmatched.Count, cancellationToken, "m.holders = 1")
                : await UpsertRankedAsync(cancellationToken);
        }

        return new PartnerFileApplied(counts.Added, counts.Updated, counts.Unchanged, unmatched);
    }

    /// <summary>Live people born on the dates the file's name rows give, with their names in matching form, into a table.</summary>
    private async Task StageNameCandidatesAsync(CancellationToken cancellationToken)
    {
        var people = PeopleColumns();
        var candidates = new List<(Guid Id, string Given, string Family, DateOnly Born)>();
        await using (var read = new NpgsqlCommand(
            $"SELECT p.{people.Id}, p.{people.GivenName}, p.{people.FamilyName}, p.{people.DateOfBirth} FROM {people.Table} p "
            + $"WHERE p.{people.MergedIntoPersonId} IS NULL AND p.{people.DateOfBirth} IN (SELECT DISTINCT ff_dob FROM {_file} WHERE ff_method = {ByName})",
            Connection,
            Transaction) { CommandTimeout = NoTimeout })
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                candidates.Add((reader.GetGuid(0), PersonNameKey.Normalise(reader.GetString(1)), PersonNameKey.Normalise(reader.GetString(2)), reader.GetFieldValue<DateOnly>(3)));
            }
        }

        await ExecuteAsync($"CREATE TEMP TABLE {_names} (id uuid NOT NULL, given text NOT NULL, family text NOT NULL, dob date NOT NULL) ON COMMIT DROP", cancellationToken);
        await using (var write = await Connection.BeginBinaryImportAsync($"COPY {_names} (id, given, family, dob) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (id, given, family, born) in candidates)
            {
                await write.StartRowAsync(cancellationToken);
                await write.WriteAsync(id, NpgsqlDbType.Uuid, cancellationToken);
                await write.WriteAsync(given, NpgsqlDbType.Text, cancellationToken);
                await write.WriteAsync(family, NpgsqlDbType.Text, cancellationToken);
                await write.WriteAsync(born, NpgsqlDbType.Date, cancellationToken);
            }

            await write.CompleteAsync(cancellationToken);
        }

        await ExecuteAsync($"ANALYZE {_names}", cancellationToken);
    }

    /// <summary>
    /// Every row with the live person it names (person_id) and how many live people it names (holders: 1 is a match),
    /// as <see cref="RecordsPersonDirectory"/> matches: person_ref is unique; a upn or a name and date of birth may be
    /// held by several people, which is no match.
    /// </summary>
    private string MatchSql()
    {
        var people = PeopleColumns();
        var live = $"p.{people.MergedIntoPersonId} IS NULL";
        var found = new List<string>();
        if (_methods.Contains(ByReference))
        {
            found.Add($"SELECT s.ff_line, p.{people.Id} AS person_id, 1::bigint AS holders FROM {_file} s JOIN {people.Table} p ON p.{people.Reference} = s.ff_ref "
                + $"WHERE s.ff_method = {ByReference} AND {live}");
        }

        if (_methods.Contains(ByUpn))
        {
            found.Add($"SELECT s.ff_line, (array_agg(p.{people.Id}))[1] AS person_id, count(*) AS holders FROM {_file} s JOIN {people.Table} p ON p.{people.UniquePupilNumber} = s.ff_upn "
                + $"WHERE s.ff_method = {ByUpn} AND {live} GROUP BY s.ff_line");
        }

        if (_methods.Contains(ByName))
        {
            found.Add($"SELECT s.ff_line, (array_agg(c.id))[1] AS person_id, count(*) AS holders FROM {_file} s JOIN {_names} c ON c.given = s.ff_given AND c.family = s.ff_family AND c.dob = s.ff_dob "
                + $"WHERE s.ff_method = {ByName} GROUP BY s.ff_line");
        }

        return $"CREATE TEMP TABLE {_matched} ON COMMIT DROP AS SELECT s.*, m.person_id, coalesce(m.holders, 0) AS holders "
            + $"FROM {_file} s LEFT JOIN ({string.Join(" UNION ALL ", found)}) m ON m.ff_line = s.ff_line";
    }

    /// <summary>
    /// No two matched rows share a person and key: one upsert, as for a batch (<see cref="PostgresPartnerRecordUpsert{TRecord}"/>),
    /// of the rows <paramref name="from"/> gives (<paramref name="alias"/> the staged row, <paramref name="person"/> its
    /// person); <paramref name="matched"/> rows in all, so those neither added nor updated are unchanged.
    /// </summary>
    private async Task<(int Added, int Updated, int Unchanged)> UpsertAsync(
        string from, string alias, string person, int matched, CancellationToken cancellationToken, string? where = null)
    {
        var t = _table;
        var held = string.Join(", ", t.Values.Select(c => "t." + c.Name));
        var incoming = string.Join(", ", t.Values.Select(c => "excluded." + c.Name));
        var sql = new StringBuilder()
            .Append("WITH written AS (INSERT INTO ").Append(t.Table).Append(" AS t (").Append(InsertList()).Append(") ")
            .Append("SELECT ").Append(SelectList(alias, person)).Append(" FROM ").Append(from).Append(where is null ? " " : $" WHERE {where} ")
            .Append("ORDER BY ").Append(person).Append(", ").Append(alias).Append('.').Append(t.Column("RecordKey").Name).Append(' ')
            .Append("ON CONFLICT (").Append(t.KeyColumns).Append(") DO UPDATE SET ").Append(t.SetList).Append(' ')
            .Append("WHERE ROW(").Append(held).Append(") IS DISTINCT FROM ROW(").Append(incoming).Append(") ")
            .Append("RETURNING (t.xmax = 0) AS added) ")
            .Append("SELECT count(*) FILTER (WHERE added), count(*) FILTER (WHERE NOT added), 0::bigint FROM written")
            .ToString();
        var (added, updated, _) = await ReadCountsAsync(sql, cancellationToken);
        return (added, updated, matched - added - updated);
    }

    private async Task ReadUnmatchedAsync(string sql, List<UnmatchedLine> unmatched, CancellationToken cancellationToken)
    {
        await using var read = new NpgsqlCommand(sql, Connection, Transaction) { CommandTimeout = NoTimeout };
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            unmatched.Add(new UnmatchedLine(reader.GetInt32(0), checked((int)reader.GetInt64(1))));
        }
    }

    /// <summary>
    /// Rows naming one person two ways can give the same person and key twice: each row is compared with the row before
    /// it for that key in file order (the first with the record held), and the last row of each key is written when any
    /// of its rows changed something: the counts and the result of applying the rows one by one.
    /// </summary>
    private async Task<(int Added, int Updated, int Unchanged)> UpsertRankedAsync(CancellationToken cancellationToken)
    {
        var t = _table;
        var key = t.Column("RecordKey").Name;
        var differsFromPrevious = string.Join(" OR ", t.Values.Select(c => $"r.{c.Name} IS DISTINCT FROM r.ff_prev_{c.Property}"));
        var differsFromHeld = string.Join(" OR ", t.Values.Select(c => $"r.{c.Name} IS DISTINCT FROM t.{c.Name}"));
        var previous = string.Join(", ", t.Values.Select(c => $"lag(m.{c.Name}) OVER w AS ff_prev_{c.Property}"));
        var personColumn = t.Column("PersonId").Name;
        var sql =
            $"WITH ranked AS (SELECT m.*, {previous}, row_number() OVER w AS ff_rank, "
            + $"row_number() OVER (PARTITION BY m.person_id, m.{key} ORDER BY m.ff_line DESC) AS ff_last "
            + $"FROM {_matched} m WHERE m.holders = 1 WINDOW w AS (PARTITION BY m.person_id, m.{key} ORDER BY m.ff_line)), "
            + $"classified AS (SELECT r.*, CASE WHEN r.ff_rank > 1 THEN (CASE WHEN {differsFromPrevious} THEN 2 ELSE 0 END) "
            + $"WHEN t.{t.Id.Name} IS NULL THEN 1 WHEN {differsFromHeld} THEN 2 ELSE 0 END AS ff_what "
            + $"FROM ranked r LEFT JOIN {t.Table} t ON t.{personColumn} = r.person_id AND t.{key} = r.{key}), "
            + $"changed AS (SELECT person_id, {key} FROM classified GROUP BY person_id, {key} HAVING bool_or(ff_what > 0)), "
            + $"written AS (INSERT INTO {t.Table} AS t ({InsertList()}) SELECT {SelectList("c")} FROM classified c "
            + $"JOIN changed g ON g.person_id = c.person_id AND g.{key} = c.{key} WHERE c.ff_last = 1 ORDER BY c.person_id, c.{key} "
            + $"ON CONFLICT ({t.KeyColumns}) DO UPDATE SET {t.SetList} RETURNING 1) "
            + "SELECT count(*) FILTER (WHERE ff_what = 1), count(*) FILTER (WHERE ff_what = 2), count(*) FILTER (WHERE ff_what = 0) FROM classified";
        return await ReadCountsAsync(sql, cancellationToken);
    }

    /// <summary>The table's columns in the order <see cref="SelectList"/> gives them.</summary>
    private string InsertList() => string.Join(", ", _table.Columns.Select(c => c.Name));

    private string SelectList(string alias, string? person = null) => string.Join(", ", _table.Columns.Select(c => c.Property switch
    {
        "PersonId" => person ?? alias + ".person_id",
        "ImportRunId" => "@run",
        _ => alias + "." + c.Name,
    }));

    private async Task<(int, int, int)> ReadCountsAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, Connection, Transaction) { CommandTimeout = NoTimeout };
        command.Parameters.AddWithValue("run", NpgsqlDbType.Uuid, _runId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (checked((int)reader.GetInt64(0)), checked((int)reader.GetInt64(1)), checked((int)reader.GetInt64(2)));
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, Connection, Transaction) { CommandTimeout = NoTimeout };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private PeopleTable PeopleColumns()
    {
        var entity = _table.Db.Model.FindEntityType(typeof(Person)) ?? throw new InvalidOperationException("Person is not mapped.");
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        string Column(string property) => PartnerRecordUpsert<TRecord>.Quote(entity.FindProperty(property)!.GetColumnName(store)!);
        return new PeopleTable(
            PartnerRecordUpsert<TRecord>.Quote(entity.GetTableName()!),
            Column(nameof(Person.Id)),
            Column(nameof(Person.Reference)),
            Column(nameof(Person.UniquePupilNumber)),
            Column(nameof(Person.GivenName)),
            Column(nameof(Person.FamilyName)),
            Column(nameof(Person.DateOfBirth)),
            Column(nameof(Person.MergedIntoPersonId)));
    }

    public async ValueTask DisposeAsync()
    {
        // Not finished: the COPY is cancelled (nothing of it stays), and the caller rolls the transaction back.
        if (_copy is { } copy)
        {
            _copy = null;
            await copy.DisposeAsync();
        }
    }

    private sealed record PeopleTable(string Table, string Id, string Reference, string UniquePupilNumber, string GivenName, string FamilyName, string DateOfBirth, string MergedIntoPersonId);
}
