using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>
/// The real application, on its own throwaway database (SQLite or PostgreSQL, see <see cref="TestDatabase"/>),
/// migrated, with nothing else in it. Tests create the users and data they need.
/// </summary>
/// <remarks>
/// A plain <see cref="FamilyFirstFactory"/> (no clock, no setting that points it elsewhere, not <see cref="OwnApp"/>)
/// borrows a started app from a pool when it first needs one, and gives it back when disposed; giving it back resets
/// it to what a new app on a new copy of the template would be (<see cref="PooledApp"/> lists what that clears).
/// Derived factories always start their own app.
/// <para>
/// The database is a copy of a template migrated once per test run, so the app does not migrate on start:
/// with nothing to apply, EF Core's Migrate would still take the migrations lock, compare the model with the
/// migrations' snapshot and read the history, on every app start.
/// The background jobs (the outbox dispatcher, the daily reminders and the snapshot worker) are off unless a test turns them on with
/// <see cref="WithSetting"/>: no test relies on them running by themselves (their tests call them directly), and
/// started with every app they cost each start a reminders pass and a dispatcher loop. The browser tests run
/// the app with them on.
/// </para>
/// </remarks>
public class FamilyFirstFactory : WebApplicationFactory<Program>
{
    public const string Password = "correct horse battery staple";

    /// <summary>
    /// PBKDF2 rounds for the tests' password hashes: the real hasher, at 1,000 rounds rather than Identity's 100,000.
    /// Every created user and every sign-in hashes once, at about 80 ms of CPU each at full strength; the suite
    /// does that well over a thousand times (docs/adr/0006). No test is about the work factor.
    /// </summary>
    public const int PasswordHashRounds = 1_000;

    private readonly Dictionary<string, string?> _settings = new(StringComparer.Ordinal)
    {
        ["Notifications:DispatcherEnabled"] = "false",
        ["Notifications:Reminders:Enabled"] = "false",
        ["Impact:Snapshots:WorkerEnabled"] = "false",
    };

    private TimeProvider? _clock;
    private bool _ownApp;

    // Where this factory's app lives: a pooled app's database and folder (_lease), or its own (_home).
    private PooledApp? _lease;
    private AppHome? _home;

    // Whether this factory's host is the pooled app's, lent (then disposing returns it rather than stopping it).
    private BorrowedHost? _borrowed;
    private bool _disposed;

    /// <summary>How many factories' apps were pooled apps used again (the pool's own test reads it).</summary>
    internal static int AppsReused => AppPool.Reused;

    /// <summary>
    /// The app's database. Asking for it settles where the app lives (see <see cref="OwnApp"/>): ask after the
    /// settings are made.
    /// </summary>
    public TestDatabase Database => Home().Database;

    /// <summary>Adds or overrides a configuration value before the app starts.</summary>
    public FamilyFirstFactory WithSetting(string key, string? value)
    {
        TooLateForPooled();
        _settings[key] = value;
        return this;
    }

    /// <summary>Runs the app on the council clock over <paramref name="clock"/> (a FakeTimeProvider), before the app starts.</summary>
    public FamilyFirstFactory WithClock(TimeProvider clock)
    {
        TooLateForPooled();
        _clock = clock;
        return this;
    }

    /// <summary>
    /// Starts an app of this factory's own rather than one from the pool of started apps (docs/adr/0006): for a test
    /// that stops the app and goes on using its database, replaces its services, or makes its database unreachable.
    /// </summary>
    public FamilyFirstFactory OwnApp()
    {
        _ownApp = true;
        return this;
    }

    /// <summary>
    /// Everything a test app is configured with, pooled or not: its database and uploads folder, the settings, the
    /// tests' password hashing and the clock.
    /// </summary>
    internal static void Configure(IWebHostBuilder builder, AppHome home, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", home.Database.Provider);
        builder.UseSetting("ConnectionStrings:Default", home.Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "false");
        builder.UseSetting("Imports:Uploads:Folder", home.Uploads);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashRounds));
        if (clock is not null)
        {
            builder.ConfigureServices(s => CouncilClock.AddCouncilClock(s, clock));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Configure(builder, Home(), _settings, _clock);
    }

    /// <summary>
    /// This factory's own host is a pooled app's when it may be: no derived factory made before it started (those
    /// build their own app through this method, on this factory's database, as before).
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        Home();
        if (_lease is { } lease && _borrowed is null && Factories.Count == 0)
        {
            return _borrowed = new BorrowedHost(lease.Host);
        }

        AppPool.Counted(GetType() == typeof(FamilyFirstFactory) ? AppPool.KeyOf(_settings) : GetType().Name, pooled: false);
        return base.CreateHost(builder);
    }

    /// <summary>A pooled app was configured with the settings it was borrowed under: a later setting would be lost.</summary>
    private void TooLateForPooled()
    {
        if (_lease is not null)
        {
            throw new InvalidOperationException("Make a factory's settings before asking for its Database or Services: this factory already has a pooled app.");
        }
    }

    private AppHome Home()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_lease is not null)
        {
            return _lease.Home;
        }

        if (_home is not null)
        {
            return _home;
        }

        if (!_ownApp && GetType() == typeof(FamilyFirstFactory) && _clock is null && AppPool.Poolable(_settings))
        {
            _lease = AppPool.Rent(_settings);
            return _lease.Home;
        }

        return _home = new AppHome();
    }

    /// <summary>Creates an active staff member with the given roles and the shared test password.</summary>
    public async Task<ApplicationUser> CreateUserAsync(string email, params string[] roles)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, email, email.Split('@')[0], roles, [], Password);
        Assert.True(result.Succeeded, string.Join(' ', result.Errors.Select(e => e.Description)));
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!;
    }

    /// <summary>A client that does not follow redirects, so tests can see where they go.</summary>
    public HttpClient CreateBrowserlessClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Returns a pooled app to the pool (reset for its next holder); stops an own app and removes its database.</summary>
    public override async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_borrowed is { } borrowed)
        {
            // Not the base's: it would stop the pooled app. Its clients need nothing disposed; its derived factories do.
            foreach (var factory in Factories)
            {
                await factory.DisposeAsync().ConfigureAwait(false);
            }

            borrowed.Returned = true;
        }
        else
        {
            await base.DisposeAsync().ConfigureAwait(false);
        }

        if (_lease is { } lease)
        {
            await AppPool.ReturnAsync(lease).ConfigureAwait(false);
        }

        _home?.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            DisposeAsync().AsTask().ConfigureAwait(false).GetAwaiter().GetResult();
        }

        base.Dispose(disposing);
    }

    /// <summary>A pooled app's host, lent to a factory: it neither starts nor stops the app.</summary>
    private sealed class BorrowedHost(IHost app) : IHost
    {
        public bool Returned { get; set; }

        public IServiceProvider Services => Returned
            ? throw new ObjectDisposedException(nameof(FamilyFirstFactory), "This factory's app went back to the pool when the factory was disposed: use OwnApp() for a test that needs it afterwards.")
            : app.Services;

        public Task StartAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void Dispose()
        {
        }
    }
}
