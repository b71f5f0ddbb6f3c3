using FamilyFirst.Web.Data.Imports;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// Writes a batch of partner records straight to their table with one set-based upsert, inside the importer's
/// transaction, rather than through the change tracker: a row whose key (person, record key) is not held is
/// added; a row whose key is held with other values replaces them (and takes the import's id); a row held with
/// the same values is left alone. The caller learns how many were added and updated; the rest were unchanged.
/// </summary>
/// <remarks>
/// Columns, table and value conversions come from the EF model, so the rows are stored exactly as EF stores them.
/// PostgreSQL: binary COPY into a temporary staging table, then <c>INSERT … SELECT … ORDER BY (key) ON CONFLICT … DO UPDATE …
/// WHERE (values) IS DISTINCT FROM (new values)</c>, counting inserted rows by <c>xmax = 0</c>.
/// SQLite: a prepared <c>INSERT … ON CONFLICT … DO UPDATE … WHERE values differ RETURNING "Id"</c> per row (SQLite
/// is in-process, so a row costs no round trip): no row back means unchanged, the new id back means added.
/// A batch must not hold two records with the same key (the database would be asked to change a row twice);
/// <see cref="PartnerRecordApplier{TRow,TRecord}"/> splits batches where that happens.
/// </remarks>
public abstract class PartnerRecordUpsert<TRecord>
    where TRecord : class
{
    internal PartnerRecordUpsert(AppDbContext db)
    {
        Db = db;
        var entity = db.Model.FindEntityType(typeof(TRecord)) ?? throw new InvalidOperationException($"{typeof(TRecord).Name} is not mapped.");
        var tableName = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        Table = Quote(tableName);
        Columns = entity.GetProperties()
            .Select(p => new UpsertColumn(p.Name, Quote(p.GetColumnName(store)!), (RelationalTypeMapping)p.GetTypeMapping(), p.GetGetter()))
            .ToList();
        Id = Columns.Single(c => c.Property == "Id");
        KeyColumns = $"{Column("PersonId").Name}, {Column("RecordKey").Name}";
        Values = Columns.Where(c => c.Property is not ("Id" or "PersonId" or "RecordKey" or "ImportRunId")).ToList();
        ColumnList = string.Join(", ", Columns.Select(c => c.Name));
        SetList = string.Join(", ", Columns.Where(c => c.Property is not ("Id" or "PersonId" or "RecordKey")).Select(c => $"{c.Name} = excluded.{c.Name}"));
    }

    internal AppDbContext Db { get; }

    internal string Table { get; }

    internal IReadOnlyList<UpsertColumn> Columns { get; }

    internal UpsertColumn Id { get; }

    /// <summary>The columns of the unique key a conflict is detected on.</summary>
    internal string KeyColumns { get; }

    /// <summary>The columns compared to tell an update from an unchanged row (not the key, nor the import that wrote it).</summary>
    internal IReadOnlyList<UpsertColumn> Values { get; }

    internal string ColumnList { get; }

    internal string SetList { get; }

    /// <summary>A writer for the context's database, or null where there is none (then the change tracker does the work).</summary>
    public static PartnerRecordUpsert<TRecord>? For(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ProviderName switch
        {
            "Npgsql.EntityFrameworkCore.PostgreSQL" => new PostgresPartnerRecordUpsert<TRecord>(db),
            "Microsoft.EntityFrameworkCore.Sqlite" => new SqlitePartnerRecordUpsert<TRecord>(db),
            _ => null,
        };
    }

    /// <summary>Writes the records (no two with the same key) inside the context's current transaction.</summary>
    public abstract Task<(int Added, int Updated)> WriteAsync(IReadOnlyList<TRecord> records, CancellationToken cancellationToken);

    internal DbConnection Connection => Db.Database.GetDbConnection();

    internal DbTransaction Transaction =>
        Db.Database.CurrentTransaction?.GetDbTransaction()
        ?? throw new InvalidOperationException("Partner records are written inside the import's transaction; begin one first.");

    internal UpsertColumn Column(string property) => Columns.Single(c => c.Property == property);

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    internal sealed record UpsertColumn(string Property, string Name, RelationalTypeMapping Mapping, IClrPropertyGetter Getter)
    {
        /// <summary>The value as the database stores it (enums as their names, and so on), or null.</summary>
        public object? ProviderValue(object record)
        {
            var value = Getter.GetClrValue(record);
            return value is null ? null : Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}

/// <summary>PostgreSQL: binary COPY into a staging table, then one INSERT … ON CONFLICT … DO UPDATE per batch.</summary>
internal sealed class PostgresPartnerRecordUpsert<TRecord> : PartnerRecordUpsert<TRecord>
    where TRecord : class
{
    private readonly string _stage;
    private readonly string _prepare;
    private readonly string _copy;
    private readonly string _upsert;
    private readonly NpgsqlDbType[] _types;

    public PostgresPartnerRecordUpsert(AppDbContext db)
        : base(db)
    {
        _stage = "\"ff_stage_" + typeof(TRecord).Name + "\"";

        // ON COMMIT DELETE ROWS: the staging table lasts for the session, and is emptied at each commit and each batch.
        _prepare = $"CREATE TEMP TABLE IF NOT EXISTS {_stage} (LIKE {Table}) ON COMMIT DELETE ROWS; TRUNCATE {_stage};";
        _copy = $"COPY {_stage} ({ColumnList}) FROM STDIN (FORMAT BINARY)";
        // In key order, the batch goes through the (PersonId, RecordKey) index page by page rather than at random.
        var held = string.Join(", ", Values.Select(c => "t." + c.Name));
        var incoming = string.Join(", ", Values.Select(c => "excluded." + c.Name));
        _upsert = new StringBuilder()
            .Append("WITH written AS (INSERT INTO ").Append(Table).Append(" AS t (").Append(ColumnList).Append(") ")
            .Append("SELECT ").Append(ColumnList).Append(" FROM ").Append(_stage).Append(" ORDER BY ").Append(KeyColumns).Append(' ')
            .Append("ON CONFLICT (").Append(KeyColumns).Append(") DO UPDATE SET ").Append(SetList).Append(' ')
            .Append("WHERE ROW(").Append(held).Append(") IS DISTINCT FROM ROW(").Append(incoming).Append(") ")
            .Append("RETURNING (t.xmax = 0) AS added) ")
            .Append("SELECT count(*) FILTER (WHERE added), count(*) FILTER (WHERE NOT added) FROM written")
            .ToString();
        _types = Columns.Select(c => TypeOf(c.Mapping.Converter?.ProviderClrType ?? c.Mapping.ClrType)).ToArray();
    }

    public override async Task<(int Added, int Updated)> WriteAsync(IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return (0, 0);
        }

        var connection = (NpgsqlConnection)Connection;
        var transaction = (NpgsqlTransaction)Transaction;
        await using (var prepare = new NpgsqlCommand(_prepare, connection, transaction))
        {
            await prepare.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var writer = await connection.BeginBinaryImportAsync(_copy, cancellationToken))
        {
            foreach (var record in records)
            {
                await writer.StartRowAsync(cancellationToken);
                for (var i = 0; i < Columns.Count; i++)
                {
                    var value = Columns[i].ProviderValue(record);
                    if (value is null)
                    {
                        await writer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await writer.WriteAsync(value, _types[i], cancellationToken);
                    }
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        await using var upsert = new NpgsqlCommand(_upsert, connection, transaction);
        await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (checked((int)reader.GetInt64(0)), checked((int)reader.GetInt64(1)));
    }

    internal static NpgsqlDbType TypeOf(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(Guid) => NpgsqlDbType.Uuid,
            var t when t == typeof(string) => NpgsqlDbType.Text,
            var t when t == typeof(DateOnly) => NpgsqlDbType.Date,
            var t when t == typeof(int) => NpgsqlDbType.Integer,
            var t when t == typeof(long) => NpgsqlDbType.Bigint,
            var t when t == typeof(decimal) => NpgsqlDbType.Numeric,
            var t when t == typeof(bool) => NpgsqlDbType.Boolean,
            var t => throw new NotSupportedException($"Partner record column type {t.Name} has no COPY mapping."),
        };
}

/// <summary>SQLite: one prepared INSERT … ON CONFLICT … DO UPDATE … RETURNING per row, in the import's transaction.</summary>
internal sealed class SqlitePartnerRecordUpsert<TRecord> : PartnerRecordUpsert<TRecord>
    where TRecord : class
{
    private readonly string _upsert;

    public SqlitePartnerRecordUpsert(AppDbContext db)
        : base(db)
    {
        var parameters = string.Join(", ", Columns.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)));
        var differ = string.Join(" OR ", Values.Select(c => $"t.{c.Name} IS NOT excluded.{c.Name}"));
        _upsert = $"INSERT INTO {Table} AS t ({ColumnList}) VALUES ({parameters}) "
            + $"ON CONFLICT ({KeyColumns}) DO UPDATE SET {SetList} WHERE {differ} RETURNING {Id.Name}";
    }

    public override async Task<(int Added, int Updated)> WriteAsync(IReadOnlyList<TRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return (0, 0);
        }

        await using var command = (SqliteCommand)Connection.CreateCommand();
        command.Transaction = (SqliteTransaction)Transaction;
        command.CommandText = _upsert;
        var parameters = new DbParameter[Columns.Count];
        for (var i = 0; i < Columns.Count; i++)
        {
            // Made by EF's own type mapping, so values are bound exactly as EF binds them (GUIDs as upper-case text, and so on).
            parameters[i] = Columns[i].Mapping.CreateParameter(command, "$p" + i.ToString(CultureInfo.InvariantCulture), null, nullable: true);
            command.Parameters.Add(parameters[i]);
        }

        command.Prepare();
        var added = 0;
        var updated = 0;
        foreach (var record in records)
        {
            for (var i = 0; i < Columns.Count; i++)
            {
                parameters[i].Value = Columns[i].ProviderValue(record) ?? DBNull.Value;
            }

            var written = await command.ExecuteScalarAsync(cancellationToken);
            if (written is null or DBNull)
            {
                continue;
            }

            // The id given back is the one just offered when the row was added, the held row's when it was updated.
            if (Guid.TryParse(Convert.ToString(written, CultureInfo.InvariantCulture), out var id) && Equals(id, Id.Getter.GetClrValue(record)))
            {
                added++;
            }
            else
            {
                updated++;
            }
        }

        return (added, updated);
    }
}
