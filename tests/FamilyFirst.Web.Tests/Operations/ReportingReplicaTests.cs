using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Impact;
using FamilyFirst.Web.Tests.Imports;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace FamilyFirst.Web.Tests.Operations;

/// <summary>
/// Reports from a read replica (<c>ConnectionStrings:Reporting</c>): a PostgreSQL primary of the test's own and a hot standby
/// made from it with <c>pg_basebackup -R</c> through a replication slot, as docs/operations.md sets one up. The reports read the
/// standby (with its replay paused, they do not see what the primary has since been given, and see it once replay resumes),
/// a write through the reporting context is refused by the server, and what the reports write (the audit of an export, a
/// snapshot) goes to the primary. Without the setting, the reports use the main context. The servers are the test's own,
/// so it runs in both providers' passes, as the outage test does.
/// </summary>
public sealed class ReportingReplicaTests
{
    private const string AsAt = "2014-09-01";
    private const string AsAtQuery = "AsAt.Day=1&AsAt.Month=9&AsAt.Year=2014";

    [Fact]
    public async Task Reports_ReadTheStandby_AndWhatTheyWriteGoesToThePrimary()
    {
        using var primary = await ThrowawayPostgres.StartAsync();
        var primaryDb = primary.ConnectionString("familyfirst");
        await using (var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(primaryDb).UseApplicationServiceProvider(IdentitySchema.Services).Options))
        {
            await db.Database.MigrateAsync();
        }

        using var standby = await ThrowawayPostgres.StandbyOfAsync(primary, "familyfirst_reporting");
        var standbyDb = standby.ConnectionString("familyfirst");
        using var app = new FamilyFirstFactory().OwnApp()
            .WithSetting("Database:Provider", "Postgres")
            .WithSetting("ConnectionStrings:Default", primaryDb)
            .WithSetting("ConnectionStrings:Reporting", standbyDb);
        await app.CreateStaffAsync("replica.analyst@test.gov.uk", Roles.Analyst);
        var first = await app.ImportFamilyAsync("2013-09-01");
        await ReplayedAsync(primaryDb, standbyDb);

        // The reports' context is the standby: it is in recovery, and the server refuses a write through it.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var main = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var reporting = scope.ServiceProvider.GetRequiredKeyedService<AppDbContext>(ReportingDatabase.Key);
            Assert.NotSame(main, reporting);
            Assert.False(await InRecoveryAsync(main));
            Assert.True(await InRecoveryAsync(reporting));
            var refused = await Assert.ThrowsAsync<PostgresException>(() => reporting.Database.ExecuteSqlRawAsync("UPDATE \"FamilyCases\" SET \"FamilyName\" = 'Changed'"));
            Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState);
            Assert.Equal(first.FamilyRef, await reporting.FamilyCases.Select(f => f.Reference).SingleAsync());
        }

        // Replay paused: the primary takes a second family, which the standby does not have yet.
        await ExecuteAsync(standbyDb, "SELECT pg_wal_replay_pause()");
        var second = await app.ImportFamilyAsync("2013-10-01");
        Assert.Equal(2, await app.WithDbAsync(db => db.FamilyCases.CountAsync()));

        // The results verb reads the standby (one family), and its export is audited on the primary.
        var (exit, output, error) = await app.RunVerbAsync("results", "--as-at", AsAt);
        Assert.True(exit == 0, error);
        Assert.Contains(first.FamilyRef, output, StringComparison.Ordinal);
        Assert.DoesNotContain(second.FamilyRef, output, StringComparison.Ordinal);
        Assert.Contains("for 1 families", error, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Detail == $"results verb: 1 families at {AsAt} as csv")));
        Assert.True(await CountAsync(standbyDb, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'familyfirst-reporting'") > 0);

        // The impact report page and its download read the standby too, and audit on the primary.
        var client = await app.SignedInClientAsync("replica.analyst@test.gov.uk");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/reports/impact?" + AsAtQuery)).StatusCode);
        var csv = await client.GetStringAsync("/reports/impact?handler=Csv&" + AsAtQuery);
        Assert.Contains("Families in the report,1", csv.Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        // A snapshot: figures from the standby, stored on the primary and shown at once (the standby has not got it).
        Guid snapshotId;
        {
            var snapshot = await app.TakeSnapshotAsync(new ImpactCohort(DateOnly.Parse(AsAt, System.Globalization.CultureInfo.InvariantCulture), null, null, null, null), Actor.CommandLine);
            snapshotId = snapshot.Id;
            Assert.Equal(1, ImpactServices.Deserialise(snapshot.Figures).Headline.Families);
        }

        Assert.Equal(1, await app.WithDbAsync(db => db.ImpactSnapshots.CountAsync(s => s.Id == snapshotId)));
        Assert.Equal(0, await CountAsync(standbyDb, "SELECT count(*) FROM \"ImpactSnapshots\""));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(app.Services.GetRequiredService<FamilyFirstLinks>().ImpactSnapshot(snapshotId))).StatusCode);

        // Replay resumed: once the standby has caught up, the reports see both families.
        await ExecuteAsync(standbyDb, "SELECT pg_wal_replay_resume()");
        await ReplayedAsync(primaryDb, standbyDb);
        (exit, output, error) = await app.RunVerbAsync("results", "--as-at", AsAt);
        Assert.True(exit == 0, error);
        Assert.Contains(first.FamilyRef, output, StringComparison.Ordinal);
        Assert.Contains(second.FamilyRef, output, StringComparison.Ordinal);
        Assert.Contains("Families in the report,2", (await client.GetStringAsync("/reports/impact?handler=Csv&" + AsAtQuery)).Replace("\"", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAReportingConnection_TheReportsUseTheRequestsMainContext()
    {
        using var app = new FamilyFirstFactory().OwnApp();
        await using var scope = app.Services.CreateAsyncScope();

        Assert.Same(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider.GetRequiredKeyedService<AppDbContext>(ReportingDatabase.Key));
    }

    [Fact]
    public void AReportingConnection_IsReadOnlyForEverySession_AndNamed()
    {
        var plain = new NpgsqlConnectionStringBuilder(ReportingDatabase.ReadOnly("Host=replica;Database=familyfirst;Username=reports"));
        Assert.Equal("-c default_transaction_read_only=on", plain.Options);
        Assert.Equal(ReportingDatabase.ApplicationName, plain.ApplicationName);

        var own = new NpgsqlConnectionStringBuilder(ReportingDatabase.ReadOnly("Host=replica;Options=-c statement_timeout=60000;Application Name=bi"));
        Assert.Equal("-c statement_timeout=60000 -c default_transaction_read_only=on", own.Options);
        Assert.Equal("bi", own.ApplicationName);
    }

    [Fact]
    public void AReportingConnection_OnSqlite_IsRefusedAtStart()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = "Data Source=unused.db",
            ["ConnectionStrings:Reporting"] = "Host=replica",
        }).Build();

        var refused = Assert.Throws<InvalidOperationException>(() => DatabaseOptions.AddAppDatabase(new ServiceCollection(), configuration, Path.GetTempPath()));
        Assert.Contains("ConnectionStrings:Reporting", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<bool> InRecoveryAsync(AppDbContext db) =>
        await db.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync();

    /// <summary>Waits until the standby has replayed everything the primary has written so far.</summary>
    private static async Task ReplayedAsync(string primary, string standby)
    {
        string lsn;
        await using (var connection = new NpgsqlConnection(primary))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_current_wal_lsn()::text", connection);
            lsn = (string)(await command.ExecuteScalarAsync())!;
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await CountAsync(standby, $"SELECT CASE WHEN pg_last_wal_replay_lsn() >= '{lsn}'::pg_lsn THEN 1 ELSE 0 END") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The standby had not replayed the primary's WAL up to {lsn} after 30 seconds.");
            await Task.Delay(50);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
