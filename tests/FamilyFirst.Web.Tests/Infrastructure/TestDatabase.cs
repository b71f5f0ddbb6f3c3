using System.Globalization;
using FamilyFirst.Web.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>
/// The database a test app runs on, chosen by the FAMILYFIRST_TEST_DATABASE environment variable: Sqlite
/// (the default: a throwaway file) or Postgres (a throwaway database on the server named by
/// FAMILYFIRST_TEST_POSTGRES, which scripts/test starts). The same tests run on both.
/// </summary>
/// <remarks>
/// Migrating is the dear part, so it happens once per test run (the first time a database is asked for, under a
/// lock, whichever test class gets there first): into a template database on PostgreSQL, a template file on
/// SQLite. Every test database is then a copy of the template: <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL,
/// a file copy on SQLite. Each copy is already migrated and empty, like a freshly migrated database
/// (docs/adr/0006-a-migrated-template-copied-per-test-app.md).
/// </remarks>
public sealed class TestDatabase : IDisposable
{
    private static readonly Lazy<Template> SharedTemplate = new(Template.Migrate, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string? _folder;
    private readonly string? _postgresDatabase;
    private readonly string? _postgresServer;

    private TestDatabase(string provider, string connectionString, string? folder, string? postgresServer, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresServer = postgresServer;
        _postgresDatabase = postgresDatabase;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static string ProviderUnderTest => Environment.GetEnvironmentVariable("FAMILYFIRST_TEST_DATABASE") ?? "Sqlite";

    private static bool OnPostgres => string.Equals(ProviderUnderTest, "Postgres", StringComparison.OrdinalIgnoreCase);

    /// <summary>A new, migrated, empty database: a copy of this run's template.</summary>
    public static TestDatabase Create()
    {
        var template = SharedTemplate.Value;
        if (template.PostgresServer is { } server)
        {
            var name = "ff_test_" + Guid.NewGuid().ToString("N")[..16];
            Execute(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template.PostgresDatabase}\"");
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
            template.TakeSchemaOf(builder.ConnectionString);
            return new TestDatabase("Postgres", builder.ConnectionString, null, server, name);
        }

        var folder = NewFolder();
        var file = Path.Combine(folder, "test.db");
        File.Copy(template.SqliteFile!, file);
        return new TestDatabase("Sqlite", $"Data Source={file}", folder, null, null);
    }

    /// <summary>
    /// A new database holding what <paramref name="source"/> holds now: <c>CREATE DATABASE … TEMPLATE</c> on PostgreSQL,
    /// a file copy on SQLite (after its write-ahead log is folded into the file). Nothing may write to the source
    /// meanwhile: copy a database whose app has stopped.
    /// </summary>
    public static TestDatabase CopyOf(TestDatabase source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source._postgresDatabase is { } sourceName)
        {
            // PostgreSQL copies a template only while no one is connected to it: the stopped app's idle pooled
            // connections are closed first.
            NpgsqlConnection.ClearPool(new NpgsqlConnection(source.ConnectionString));
            var name = "ff_test_" + Guid.NewGuid().ToString("N")[..16];
            Execute(source._postgresServer!, $"CREATE DATABASE \"{name}\" TEMPLATE \"{sourceName}\"");
            var builder = new NpgsqlConnectionStringBuilder(source._postgresServer) { Database = name };
            return new TestDatabase("Postgres", builder.ConnectionString, null, source._postgresServer, name);
        }

        var sourceFile = new SqliteConnectionStringBuilder(source.ConnectionString).DataSource;
        SqliteConnection.ClearPool(new SqliteConnection(source.ConnectionString));
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder(source.ConnectionString) { Pooling = false }.ConnectionString))
        {
            connection.Open();
            using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            checkpoint.ExecuteNonQuery();
        }

        var folder = NewFolder();
        var file = Path.Combine(folder, "test.db");
        File.Copy(sourceFile, file);
        return new TestDatabase("Sqlite", $"Data Source={file}", folder, null, null);
    }

    /// <summary>
    /// Puts this database back as it was when it was copied from the template: every row gone but the migrations'
    /// history and the data protection keys (the app that keeps using this database holds its key ring in memory;
    /// see PooledApp), the rows the migrations seed put back, identities and sequences restarted, the
    /// audit table's append-only triggers kept. Returns false, changing nothing, when the schema is no longer the
    /// template's (a test dropped or disabled a trigger, added a table...): such a database is thrown away, not reused.
    /// </summary>
    /// <remarks>
    /// Hand-written rather than Respawn: one statement on PostgreSQL (TRUNCATE of every table with the append-only
    /// trigger held off by <c>session_replication_role</c>, which only a superuser may set, as the test server's user
    /// is), and on SQLite a DELETE of every table in one transaction with the triggers dropped and made again. Respawn
    /// would need the seeded tables listed as exceptions (and would then not undo a test's changes to them), cannot
    /// delete from the append-only audit table, and does not compare the schema (docs/adr/0006).
    /// </remarks>
    public bool ResetToTemplate()
    {
        var template = SharedTemplate.Value;
        if (_postgresDatabase is not null)
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            if (PostgresSchema(connection) != template.PostgresSchema)
            {
                return false;
            }

            using var reset = new NpgsqlCommand(template.PostgresReset(connection), connection);
            reset.ExecuteNonQuery();
            return true;
        }

        return ResetSqlite(template.SqliteFile!);
    }

    private bool ResetSqlite(string templateFile)
    {
        var builder = new SqliteConnectionStringBuilder(ConnectionString) { Pooling = false, DefaultTimeout = 60 };
        using var connection = new SqliteConnection(builder.ConnectionString);
        connection.Open();
        Run(connection, "PRAGMA foreign_keys = OFF");
        using (var attach = connection.CreateCommand())
        {
            attach.CommandText = "ATTACH DATABASE $template AS template";
            attach.Parameters.AddWithValue("$template", templateFile);
            attach.ExecuteNonQuery();
        }

        try
        {
            const string Schema = "SELECT type, name, tbl_name, sql FROM {0}.sqlite_master";
            var changed = Scalar(connection, $"SELECT count(*) FROM ({string.Format(CultureInfo.InvariantCulture, Schema, "main")} EXCEPT {string.Format(CultureInfo.InvariantCulture, Schema, "template")})")
                + Scalar(connection, $"SELECT count(*) FROM ({string.Format(CultureInfo.InvariantCulture, Schema, "template")} EXCEPT {string.Format(CultureInfo.InvariantCulture, Schema, "main")})");
            if (changed != 0)
            {
                return false;
            }

            var tables = Strings(connection, "SELECT name FROM template.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', 'DataProtectionKeys') ORDER BY name");
            var triggers = Strings(connection, "SELECT name FROM template.sqlite_master WHERE type = 'trigger' ORDER BY name");
            var triggerSql = Strings(connection, "SELECT sql FROM template.sqlite_master WHERE type = 'trigger' ORDER BY name");
            var sequences = Scalar(connection, "SELECT count(*) FROM template.sqlite_master WHERE name = 'sqlite_sequence'") > 0;
            var sql = new System.Text.StringBuilder("BEGIN IMMEDIATE;\n");
            foreach (var trigger in triggers)
            {
                sql.Append(CultureInfo.InvariantCulture, $"DROP TRIGGER main.{Quote(trigger)};\n");
            }

            foreach (var table in tables)
            {
                sql.Append(CultureInfo.InvariantCulture, $"DELETE FROM main.{Quote(table)};\nINSERT INTO main.{Quote(table)} SELECT * FROM template.{Quote(table)};\n");
            }

            if (sequences)
            {
                sql.Append("DELETE FROM main.sqlite_sequence;\nINSERT INTO main.sqlite_sequence SELECT * FROM template.sqlite_sequence;\n");
            }

            foreach (var create in triggerSql)
            {
                sql.Append(create).Append(";\n");
            }

            sql.Append("COMMIT;");
            Run(connection, sql.ToString());
            return true;
        }
        finally
        {
            Run(connection, "DETACH DATABASE template");
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>The first column of every row the query gives (SQLite or PostgreSQL).</summary>
    private static List<string> Strings(System.Data.Common.DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    /// <summary>
    /// A digest of everything in the schema a test could change: tables and columns, indexes, constraints, triggers
    /// (with whether each is enabled), functions and rules, in every schema but the system's.
    /// </summary>
    private static string PostgresSchema(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("""
            SELECT md5(coalesce(string_agg(x, '|' ORDER BY x), '')) FROM (
              SELECT 'c ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '') AS x
                FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
              UNION ALL SELECT 'i ' || schemaname || ' ' || indexdef FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
              UNION ALL SELECT 'k ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
              UNION ALL SELECT 't ' || tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
              UNION ALL SELECT 'f ' || n.nspname || '.' || p.proname || ' ' || md5(coalesce(p.prosrc, '')) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
              UNION ALL SELECT 'r ' || schemaname || '.' || rulename FROM pg_rules WHERE schemaname NOT IN ('pg_catalog')
            ) AS schema
            """, connection);
        return (string)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearPool(new NpgsqlConnection(ConnectionString));
            Execute(_postgresServer!, $"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)");
        }

        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            DeleteFolder(_folder);
        }
    }

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "familyfirst-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the OS is left in the temp folder; it does not affect other tests.
        }
    }

    /// <summary>Runs one statement on the server's maintenance database, on a connection that is not pooled.</summary>
    private static void Execute(string server, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>This test run's migrated database, which every test database copies; removed when the run ends.</summary>
    private sealed class Template
    {
        public string? PostgresServer { get; private init; }

        public string? PostgresDatabase { get; private init; }

        public string? SqliteFile { get; private init; }

        /// <summary>The rows the migrations seed, as statements that put them back (PostgreSQL); read once, from the template.</summary>
        private List<string> PostgresSeeds { get; init; } = [];

        private string? _postgresSchema;
        private string? _postgresReset;

        /// <summary>The template's schema digest (see <see cref="TakeSchemaOf"/>).</summary>
        public string PostgresSchema => _postgresSchema ?? throw new InvalidOperationException("No copy of the template has been made yet.");

        /// <summary>Takes the template's schema digest from a new copy, the first time (the template itself is never connected to once made).</summary>
        public void TakeSchemaOf(string newCopy)
        {
            if (Volatile.Read(ref _postgresSchema) is not null)
            {
                return;
            }

            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(newCopy) { Pooling = false }.ConnectionString);
            connection.Open();
            Interlocked.CompareExchange(ref _postgresSchema, TestDatabase.PostgresSchema(connection), null);
        }

        /// <summary>
        /// One statement that empties a copy of the template and puts the seeded rows back: TRUNCATE of every table but
        /// the migrations' history and the data protection keys, identities restarted, every other sequence restarted,
        /// with triggers held off (the audit table's append-only trigger refuses TRUNCATE).
        /// </summary>
        public string PostgresReset(NpgsqlConnection copy)
        {
            if (_postgresReset is { } reset)
            {
                return reset;
            }

            var tables = Strings(copy, ResetTablesSql);
            var sequences = Strings(copy, "SELECT format('%I.%I', schemaname, sequencename) FROM pg_sequences WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1");

            var sql = new System.Text.StringBuilder("SET session_replication_role = replica;\n");
            sql.Append("TRUNCATE TABLE ").AppendJoin(", ", tables).Append(" RESTART IDENTITY;\n");
            foreach (var sequence in sequences)
            {
                sql.Append(CultureInfo.InvariantCulture, $"ALTER SEQUENCE {sequence} RESTART;\n");
            }

            foreach (var seed in PostgresSeeds)
            {
                sql.Append(seed).Append('\n');
            }

            sql.Append("SET session_replication_role = DEFAULT;");
            return _postgresReset = sql.ToString();
        }

        // The tables a reset empties: all but the migrations' history and the data protection keys (the app holds its
        // key ring in memory).
        private const string ResetTablesSql = """
            SELECT format('%I.%I', schemaname, tablename) FROM pg_tables
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema') AND tablename NOT IN ('__EFMigrationsHistory', 'DataProtectionKeys')
            ORDER BY 1
            """;

        public static Template Migrate()
        {
            var template = OnPostgres ? MigratePostgres() : MigrateSqlite();
            AppDomain.CurrentDomain.ProcessExit += (_, _) => template.Remove();
            return template;
        }

        private static Template MigratePostgres()
        {
            var server = Environment.GetEnvironmentVariable("FAMILYFIRST_TEST_POSTGRES")
                ?? throw new InvalidOperationException("FAMILYFIRST_TEST_DATABASE=Postgres needs FAMILYFIRST_TEST_POSTGRES, a connection string to a server (scripts/test starts one).");
            var name = "ff_template_" + Guid.NewGuid().ToString("N")[..16];

            // Not pooled: PostgreSQL copies a template only while no one is connected to it, so no idle
            // connection may be left open once the migrations are in.
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
            var options = new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(builder.ConnectionString).UseApplicationServiceProvider(IdentitySchema.Services).Options;
            using (var db = new PostgresAppDbContext(options))
            {
                db.Database.Migrate();
            }

            return new Template { PostgresServer = server, PostgresDatabase = name, PostgresSeeds = SeedsOf(builder.ConnectionString) };
        }

        /// <summary>
        /// The template's rows (those the migrations seed), each table's as one INSERT from JSON, so every type comes
        /// back as it was; read on a connection that is closed before any copy is made.
        /// </summary>
        private static List<string> SeedsOf(string template)
        {
            using var connection = new NpgsqlConnection(template);
            connection.Open();
            var tables = Strings(connection, ResetTablesSql);

            var seeds = new List<string>();
            foreach (var table in tables)
            {
                using var command = new NpgsqlCommand($"""
                    SELECT format('INSERT INTO %s OVERRIDING SYSTEM VALUE SELECT * FROM json_populate_recordset(NULL::%s, %L);', '{table}', '{table}', json_agg(t)::text)
                    FROM {table} AS t HAVING count(*) > 0
                    """, connection);
                if (command.ExecuteScalar() is string insert)
                {
                    seeds.Add(insert);
                }
            }

            return seeds;
        }

        private static Template MigrateSqlite()
        {
            var file = Path.Combine(NewFolder(), "template.db");
            var options = new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite($"Data Source={file};Pooling=False").UseApplicationServiceProvider(IdentitySchema.Services).Options;
            using (var db = new SqliteAppDbContext(options))
            {
                db.Database.Migrate();
            }

            return new Template { SqliteFile = file };
        }

        private void Remove()
        {
            try
            {
                if (PostgresDatabase is not null)
                {
                    Execute(PostgresServer!, $"DROP DATABASE IF EXISTS \"{PostgresDatabase}\" WITH (FORCE)");
                }

                if (SqliteFile is not null)
                {
                    DeleteFolder(Path.GetDirectoryName(SqliteFile)!);
                }
            }
            catch (NpgsqlException)
            {
                // The server may already be stopping at the end of the run; scripts/test throws its cluster away.
            }
        }
    }
}
