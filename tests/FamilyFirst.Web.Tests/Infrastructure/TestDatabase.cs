using Npgsql;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>
/// The database a test app runs on, chosen by the FAMILYFIRST_TEST_DATABASE environment variable: Sqlite
/// (the default: a throwaway file) or Postgres (a throwaway database on the server named by
/// FAMILYFIRST_TEST_POSTGRES, which scripts/test starts). The same tests run on both.
/// </summary>
public sealed class TestDatabase : IDisposable
{
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

    public static TestDatabase Create()
    {
        if (string.Equals(ProviderUnderTest, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var server = Environment.GetEnvironmentVariable("FAMILYFIRST_TEST_POSTGRES")
                ?? throw new InvalidOperationException("FAMILYFIRST_TEST_DATABASE=Postgres needs FAMILYFIRST_TEST_POSTGRES, a connection string to a server (scripts/test starts one).");
            var name = "ff_test_" + Guid.NewGuid().ToString("N")[..16];
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
            return new TestDatabase("Postgres", builder.ConnectionString, null, server, name);
        }

        var folder = Path.Combine(Path.GetTempPath(), "familyfirst-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return new TestDatabase("Sqlite", $"Data Source={Path.Combine(folder, "test.db")}", folder, null, null);
    }

    public void Dispose()
    {
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(_postgresServer);
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresDatabase}\" WITH (FORCE)", connection);
            command.ExecuteNonQuery();
        }

        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by the OS is left in the temp folder; it does not affect other tests.
            }
        }
    }
}
