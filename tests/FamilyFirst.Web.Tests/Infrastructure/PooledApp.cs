using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>
/// A started test app kept for the next <see cref="FamilyFirstFactory"/> with the same settings, with its database (a
/// copy of the migrated template) and its uploads folder. Starting an app costs 0.6 to 1.1 s of processor time (Razor
/// Pages' descriptors and model metadata, dependency injection); a suite asks for about 110 of them, and most are
/// alike (docs/adr/0006).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Reset"/> makes a returned app behave as a new app on a new copy of the template would. What a
/// reused app could otherwise carry from its previous holder, and what is done about each (audited December 2026: every
/// singleton the app registers, its hosted services and its static state):
/// </para>
/// <list type="bullet">
/// <item>The database: emptied back to the template (<see cref="TestDatabase.ResetToTemplate"/>), seeded rows put back,
/// identities restarted. A database whose schema a test changed (the audit tests drop or disable the append-only
/// triggers) is not reset: the app is stopped and thrown away.</item>
/// <item>The uploads folder (<c>Imports:Uploads:Folder</c>): deleted, as a new app has none until its first upload.</item>
/// <item>The audit checkpoints file (<see cref="AuditKey.CheckpointPath"/>, one per app in Testing): deleted, or
/// <c>audit verify</c> would compare the emptied trail with the previous holder's checkpoints. The audit key itself
/// (random per app in Testing) is kept: no row is sealed with it once the database is emptied. The chains' heads are
/// read from the database; nothing of them is held in memory.</item>
/// <item>Accounts kept in memory by <see cref="StaffAccountCheck"/> (docs/adr/0033): forgotten, and the re-check marked
/// as not yet run, as in a new app. (The ids are new GUIDs in every test, but a cookie of a previous holder's user must
/// not be trusted from memory.)</item>
/// <item><see cref="SignInThrottle"/>'s limiters (per address and per account email, and the tests reuse emails):
/// replaced by a new instance's.</item>
/// <item>The rate limiters in the request pipeline (the enquiry form, feedback, the family view's sign-in), partitioned
/// by the client's address and not reachable to reset: each lease gets a client address of its own (from the
/// benchmarking range 198.18.0.0/15), so it starts with fresh partitions. A new app sees no address (the test
/// server's default); no pooled test reads the address (the proxy tests, which do, use a factory of their own).</item>
/// <item>Data Protection: the key ring is held in memory and its keys are kept in the <c>DataProtectionKeys</c> table,
/// which the reset leaves alone so the two agree. A reused app protects with the same key, which no test can tell
/// from a new one (the key ring tests use <see cref="ProductionFactory"/>, never pooled).</item>
/// <item>Options, configuration and the council clock: the same for every app under one key (the settings are the
/// key; an app with a clock of its own is never pooled). No test changes options at run time.</item>
/// <item>Hosted services: the outbox dispatcher, the reminders and the snapshot worker are off unless their setting
/// (part of the key) turns them on, and keep no state between passes; the account re-check, the checkpoint job, the
/// upload sweeper and the font check keep none a test can see. Caches: the app registers no <c>IMemoryCache</c> or
/// <c>IDistributedCache</c> of its own; MVC's and Identity's caches hold only metadata, the same for every app.</item>
/// <item>Static state in the app (the PDF font resolver, the common-password list, the decoy hash, meters): the same
/// for every app in the process, pooled or not.</item>
/// </list>
/// <para>
/// Not pooled, so a test that needs a real app of its own has one: any factory type derived from
/// <see cref="FamilyFirstFactory"/> (their services, clocks and settings differ), an app with a clock, settings that
/// point it at another database or folder or seed demo data on start (<see cref="AppPool.Poolable"/>), and factories
/// a test marks with <see cref="FamilyFirstFactory.OwnApp"/> (backup and restore, outages, telemetry: tests that stop
/// the app, keep using its database after it stops, or replace its services).
/// </para>
/// </remarks>
internal sealed class PooledApp : WebApplicationFactory<Program>
{
    private static int _addresses;

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private IHost? _host;

    public PooledApp(string key, IReadOnlyDictionary<string, string?> settings)
    {
        Key = key;
        _settings = settings;
        Home = new AppHome();
        ClientAddress = NextAddress();
    }

    public string Key { get; }

    public AppHome Home { get; }

    /// <summary>The address every request of the current lease comes from (see the remarks).</summary>
    public IPAddress ClientAddress { get; private set; }

    public bool Started => _host is not null;

    /// <summary>The started app (started now if it was not).</summary>
    public IHost Host
    {
        get
        {
            _ = Services;
            return _host!;
        }
    }

    /// <summary>Makes the app as a new one for the next holder; false when it cannot be (then it is disposed).</summary>
    public bool Reset()
    {
        if (!Home.Database.ResetToTemplate())
        {
            return false;
        }

        Home.DeleteUploads();
        if (_host is { } host)
        {
            var services = host.Services;
            var checkpoints = services.GetRequiredService<AuditKey>().CheckpointPath;
            if (File.Exists(checkpoints))
            {
                File.Delete(checkpoints);
            }

            var accounts = services.GetRequiredService<StaffAccountCheck>();
            ReplaceFields(accounts, ActivatorUtilities.CreateInstance<StaffAccountCheck>(services), "kept", "lastRevalidatedAt");
            var throttle = services.GetRequiredService<SignInThrottle>();
            using var fresh = ActivatorUtilities.CreateInstance<SignInThrottle>(services);
            SwapFields(throttle, fresh, "_byAddress", "_byAccount");
        }

        ClientAddress = NextAddress();
        return true;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        FamilyFirstFactory.Configure(builder, Home, _settings, clock: null);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new LeaseAddress(this)));
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        AppPool.Counted(Key, pooled: true);
        return _host = base.CreateHost(builder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Home.Dispose();
        }
    }

    private static IPAddress NextAddress()
    {
        var n = Interlocked.Increment(ref _addresses);
        return new IPAddress([198, (byte)(18 + ((n >> 16) & 1)), (byte)(n >> 8), (byte)n]);
    }

    /// <summary>Sets the named private fields of <paramref name="live"/> to <paramref name="fresh"/>'s values.</summary>
    private static void ReplaceFields<T>(T live, T fresh, params string[] names)
    {
        foreach (var name in names)
        {
            var field = Field<T>(name);
            field.SetValue(live, field.GetValue(fresh));
        }
    }

    /// <summary>Exchanges the named private fields, so disposing <paramref name="fresh"/> disposes what the live one held.</summary>
    private static void SwapFields<T>(T live, T fresh, params string[] names)
    {
        foreach (var name in names)
        {
            var field = Field<T>(name);
            var kept = field.GetValue(live);
            field.SetValue(live, field.GetValue(fresh));
            field.SetValue(fresh, kept);
        }
    }

    private static FieldInfo Field<T>(string name) =>
        typeof(T).GetField(name, BindingFlags.Instance | BindingFlags.NonPublic)
        ?? throw new InvalidOperationException($"{typeof(T).Name} has no field {name}: the test app pool's reset (PooledApp) must be told what it keeps in memory now.");

    private sealed class LeaseAddress(PooledApp app) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress ??= app.ClientAddress;
                return then(context);
            });
            next(builder);
        };
    }
}

/// <summary>An app's database and uploads folder.</summary>
internal sealed class AppHome : IDisposable
{
    public TestDatabase Database { get; } = TestDatabase.Create();

    // Each app keeps its uploads apart: an app on a clock set ahead would otherwise sweep away another test's
    // upload as expired.
    public string Uploads { get; } = Path.Combine(Path.GetTempPath(), "familyfirst-uploads-" + Guid.NewGuid().ToString("N"));

    public void DeleteUploads()
    {
        if (Directory.Exists(Uploads))
        {
            Directory.Delete(Uploads, recursive: true);
        }
    }

    public void Dispose()
    {
        Database.Dispose();
        DeleteUploads();
    }
}

/// <summary>
/// The started apps not in use, by key (the factory's settings), and how many apps this test process started:
/// written at exit to the file named by FAMILYFIRST_TEST_APPS_REPORT, when set.
/// </summary>
internal static class AppPool
{
    /// <summary>Settings that make an app differ in more than configuration: never pooled.</summary>
    private static readonly string[] OwnAppSettings = ["ConnectionStrings:", "Database:", "DataFolder", "OpenTelemetry:", "Imports:Uploads:Folder", "Audit:CheckpointPath"];

    private static readonly ConcurrentDictionary<string, ConcurrentBag<PooledApp>> Idle = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, int> Started = new(StringComparer.Ordinal);
    private static int _leases;
    private static int _reused;
    private static int _discarded;

    static AppPool() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Close();

    public static int Reused => Volatile.Read(ref _reused);

    public static bool Poolable(IReadOnlyDictionary<string, string?> settings) => settings.All(s =>
        s.Key.Equals("DemoData:SeedOnStart", StringComparison.OrdinalIgnoreCase)
            ? !string.Equals(s.Value, "true", StringComparison.OrdinalIgnoreCase)
            : !OwnAppSettings.Any(own => s.Key.StartsWith(own, StringComparison.OrdinalIgnoreCase)));

    public static string KeyOf(IReadOnlyDictionary<string, string?> settings) =>
        string.Join(";", settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => s.Key + "=" + s.Value));

    /// <summary>An idle app with these settings, or a new one (started when first used).</summary>
    public static PooledApp Rent(IReadOnlyDictionary<string, string?> settings)
    {
        var key = KeyOf(settings);
        Interlocked.Increment(ref _leases);
        if (Idle.TryGetValue(key, out var idle) && idle.TryTake(out var app))
        {
            Interlocked.Increment(ref _reused);
            return app;
        }

        return new PooledApp(key, new Dictionary<string, string?>(settings, StringComparer.Ordinal));
    }

    /// <summary>Resets the app and keeps it for the next holder, or throws it away if it cannot be reset.</summary>
    public static async Task ReturnAsync(PooledApp app)
    {
        bool reset;
        try
        {
            reset = app.Reset();
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        if (!reset)
        {
            Interlocked.Increment(ref _discarded);
            await app.DisposeAsync().ConfigureAwait(false);
            return;
        }

        Idle.GetOrAdd(app.Key, _ => []).Add(app);
    }

    /// <summary>Counts an app start (pooled or a factory's own).</summary>
    public static void Counted(string configuration, bool pooled) =>
        Started.AddOrUpdate((pooled ? "pooled " : "own ") + configuration, 1, (_, n) => n + 1);

    private static void Close()
    {
        if (Environment.GetEnvironmentVariable("FAMILYFIRST_TEST_APPS_REPORT") is { Length: > 0 } report)
        {
            var lines = Started.OrderByDescending(s => s.Value).Select(s => $"  {s.Value,4}  {s.Key}");
            File.AppendAllText(report, $"apps started: {Started.Values.Sum()} (leases {_leases}, reused {_reused}, thrown away after a schema change {_discarded})\n{string.Join('\n', lines)}\n");
        }

        // The idle apps' databases: dropped (PostgreSQL) or deleted (SQLite) now; the hosts end with the process.
        foreach (var app in Idle.Values.SelectMany(apps => apps))
        {
            try
            {
                app.Home.Dispose();
            }
            catch (Exception e) when (e is Npgsql.NpgsqlException or IOException or UnauthorizedAccessException)
            {
                // The server may already be stopping at the end of the run; scripts/test throws its cluster away.
            }
        }
    }
}
