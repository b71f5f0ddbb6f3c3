using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.CommandLine;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace FamilyFirst.Web.Tests.Operations;

/// <summary>
/// The restore drill (docs/operations.md): a backup taken while writes go on restores into a new database that
/// holds exactly the writes committed before the backup's moment (a whole prefix, each write with its audit row,
/// nothing half done), whose audit trail verifies, and on which the app starts and signs staff in.
/// On the provider under test: SQLite's online backup API, or pg_dump and pg_restore.
/// </summary>
public sealed class BackupRestoreTests : IDisposable
{
    private const string Prefix = "Drill team ";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "familyfirst-tests", "drill-" + Guid.NewGuid().ToString("N"));
    private readonly List<Action> _cleanUp = [];

    public BackupRestoreTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task ABackupTakenDuringWrites_RestoresExactlyTheCommittedWrites_VerifiesAndServes()
    {
        using var app = new FamilyFirstFactory().OwnApp();
        await app.CreateUserAsync("drill.manager@example.gov.uk", Roles.Manager);

        // Writes, one after another, each a team and its audit row in one transaction, until told to stop.
        var committed = 0;
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var number = committed + 1;
                var team = new Team { Id = Guid.NewGuid(), Name = Prefix + number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) };
                db.Teams.Add(team);
                scope.ServiceProvider.GetRequiredService<AuditTrail>().Record(AuditAction.Create, nameof(Team), team.Id.ToString(), detail: team.Name);
                await db.SaveChangesAsync(CancellationToken.None);
                Volatile.Write(ref committed, number);
            }
        });

        while (Volatile.Read(ref committed) < 30)
        {
            await Task.Delay(20);
        }

        var backup = Path.Combine(_folder, "familyfirst.backup");
        var before = Volatile.Read(ref committed);
        var (backupExit, backupOutput, backupError) = await RunAsync(app.Services, "backup", backup);
        var after = Volatile.Read(ref committed);
        while (Volatile.Read(ref committed) < after + 10)
        {
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await writer;
        Assert.True(backupExit == ExitCodes.Success, backupError);
        Assert.Contains("Backed up the database", backupOutput, StringComparison.Ordinal);

        // Restore into a new database, with only the database services (the app is not running on it yet).
        var target = NewTargetDatabase(app.Database);
        using var restoreServices = DatabaseServices(app.Database.Provider, target, app.Services.GetRequiredService<AuditKey>());
        var (restoreExit, _, restoreError) = await RunAsync(restoreServices, "restore", backup);
        Assert.True(restoreExit == ExitCodes.Success, restoreError);

        var (verifyExit, verifyOutput, verifyError) = await RunAsync(restoreServices, "audit", "verify");
        Assert.True(verifyExit == ExitCodes.Success, verifyError);
        Assert.Contains("The audit trail is intact", verifyOutput, StringComparison.Ordinal);

        await using (var scope = restoreServices.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var teams = await db.Teams.Where(t => t.Name.StartsWith(Prefix)).Select(t => t.Name).ToListAsync();
            var audited = await db.AuditEntries.Where(a => a.RecordType == nameof(Team) && a.Detail!.StartsWith(Prefix)).Select(a => a.Detail!).ToListAsync();

            // Everything committed before the backup began is there; nothing committed after it ended is.
            Assert.InRange(teams.Count, before, after);

            // A whole prefix of the writes, in order: no gap, so nothing committed before the backup's moment is missing.
            Assert.Equal(Enumerable.Range(1, teams.Count).Select(n => Prefix + n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)), teams.Order(StringComparer.Ordinal));

            // Each write whole: its audit row came with it, and no audit row without its team.
            Assert.Equal(teams.Order(StringComparer.Ordinal), audited.Order(StringComparer.Ordinal));
        }

        // The app starts on the restored database and a member of staff signs in.
        using var restored = new FamilyFirstFactory().OwnApp().WithSetting("ConnectionStrings:Default", target);
        var client = restored.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        await client.SignInAsync("drill.manager@example.gov.uk");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Restore_RefusesADatabaseThatHasData_AndChangesNothing()
    {
        using var app = new FamilyFirstFactory().OwnApp();
        var backup = Path.Combine(_folder, "familyfirst.backup");
        var (backupExit, _, backupError) = await RunAsync(app.Services, "backup", backup);
        Assert.True(backupExit == ExitCodes.Success, backupError);

        var (exit, _, error) = await RunAsync(app.Services, "restore", backup);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("already has tables", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_NeverOverwritesAFile()
    {
        using var app = new FamilyFirstFactory().OwnApp();
        var backup = Path.Combine(_folder, "existing.backup");
        await File.WriteAllTextAsync(backup, "keep me");

        var (exit, _, error) = await RunAsync(app.Services, "backup", backup);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("already a file", error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(backup));
    }

    [Fact]
    public async Task Restore_OfAFileThatIsNotABackup_IsRefused()
    {
        var notABackup = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(notABackup, "not a backup");
        using var services = DatabaseServices(TestDatabase.ProviderUnderTest, NewTargetDatabase(null));

        var (exit, _, error) = await RunAsync(services, "restore", notABackup);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("not a", error, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var action in _cleanUp)
        {
            action();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left in the temp folder.
        }
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(IServiceProvider services, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await Verbs.RunAsync(args, () => services, new StringReader(string.Empty), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Only what the backup, restore and audit verify verbs need: the configured database.</summary>
    private static ServiceProvider DatabaseServices(string provider, string connectionString, AuditKey? auditKey = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            ["ConnectionStrings:Default"] = connectionString,
        }).Build();
        var services = new ServiceCollection();
        DatabaseOptions.AddAppDatabase(services, configuration, AppContext.BaseDirectory);
        if (auditKey is not null)
        {
            // The same key as the app that wrote the trail (it is not in the database), with checkpoints of its own.
            services.AddSingleton(new AuditKey(auditKey.Key, auditKey.KeyedFrom, Path.Combine(Path.GetTempPath(), $"familyfirst-restored-checkpoints-{Guid.NewGuid():N}.jsonl")));
            services.AddSingleton(TimeProvider.System);
            services.AddSingleton<AuditCheckpoints>();
        }

        return services.BuildServiceProvider();
    }

    /// <summary>A connection string to a database that does not exist yet, on the provider under test.</summary>
    private string NewTargetDatabase(TestDatabase? beside)
    {
        if (string.Equals(TestDatabase.ProviderUnderTest, "Postgres", StringComparison.OrdinalIgnoreCase))
        {
            var server = beside?.ConnectionString ?? Environment.GetEnvironmentVariable("FAMILYFIRST_TEST_POSTGRES")!;
            var name = "ff_restored_" + Guid.NewGuid().ToString("N")[..16];
            var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
            _cleanUp.Add(() =>
            {
                NpgsqlConnection.ClearAllPools();
                using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString);
                connection.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                drop.ExecuteNonQuery();
            });
            return builder.ConnectionString;
        }

        return $"Data Source={Path.Combine(_folder, "restored-" + Guid.NewGuid().ToString("N")[..8] + ".db")}";
    }
}
