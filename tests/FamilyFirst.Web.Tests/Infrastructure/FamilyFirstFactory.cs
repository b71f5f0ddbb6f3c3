using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>
/// The real application, on its own throwaway database (SQLite or PostgreSQL, see <see cref="TestDatabase"/>),
/// migrated, with nothing else in it. Tests create the users and data they need.
/// </summary>
/// <remarks>
/// The database is a copy of a template migrated once per test run, so the app does not migrate on start:
/// with nothing to apply, EF Core's Migrate would still take the migrations lock, compare the model with the
/// migrations' snapshot and read the history, on every app start.
/// The background jobs (the outbox dispatcher, the daily reminders and the snapshot worker) are off unless a test turns them on with
/// <see cref="WithSetting"/>: no test relies on them running by themselves (their tests call them directly), and
/// started with every app they cost each start a reminders pass and a dispatcher loop. The browser tests run
/// the app with them on.
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

    private readonly TestDatabase _database = TestDatabase.Create();

    // Each app keeps its uploads apart: an app on a clock set ahead would otherwise sweep away another test's
    // upload as expired.
    private readonly string _uploads = Path.Combine(Path.GetTempPath(), "familyfirst-uploads-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string?> _settings;
    private TimeProvider? _clock;

    public FamilyFirstFactory() => _settings = new()
    {
        ["Notifications:DispatcherEnabled"] = "false",
        ["Notifications:Reminders:Enabled"] = "false",
        ["Impact:Snapshots:WorkerEnabled"] = "false",
        ["Imports:Uploads:Folder"] = _uploads,
    };

    public TestDatabase Database => _database;

    /// <summary>Adds or overrides a configuration value before the app starts.</summary>
    public FamilyFirstFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Runs the app on the council clock over <paramref name="clock"/> (a FakeTimeProvider), before the app starts.</summary>
    public FamilyFirstFactory WithClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _database.Provider);
        builder.UseSetting("ConnectionStrings:Default", _database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "false");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(s => s.Configure<PasswordHasherOptions>(o => o.IterationCount = PasswordHashRounds));
        if (_clock is { } clock)
        {
            builder.ConfigureServices(s => CouncilClock.AddCouncilClock(s, clock));
        }
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

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
            if (Directory.Exists(_uploads))
            {
                Directory.Delete(_uploads, recursive: true);
            }
        }
    }
}
