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

            return new Template { PostgresServer = server, PostgresDatabase = name };
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
