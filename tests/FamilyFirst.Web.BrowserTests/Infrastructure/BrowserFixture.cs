using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using FamilyFirst.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FamilyFirst.Web.BrowserTests.Infrastructure;

/// <summary>
/// The real application on a real socket, with the demo data, driven by Debian's Chromium through
/// Playwright. One per test class, each on its own copy of the run's demo database: the app started once, as
/// <c>dotnet run</c> starts it (migrating on start and adding the demo data), on a copy of the run's migrated template
/// (the web tests' <see cref="FamilyFirst.Web.Tests.Infrastructure.TestDatabase"/>, docs/adr/0006), so no class
/// migrates or seeds.
/// </summary>
// xUnit owns the fixture's lifetime through IAsyncLifetime: DisposeAsync below closes the class's browser contexts
// and disposes the factory. xUnit v2's IAsyncLifetime.DisposeAsync returns Task, so the fixture cannot also be
// IAsyncDisposable (ValueTask DisposeAsync) under the same name.
#pragma warning disable CA1001
public class BrowserFixture : IAsyncLifetime
#pragma warning restore CA1001
{
    public const string DemoPassword = "demo password for browser tests";

    // The demo database of the council's today: a run that crosses midnight seeds a new one, so the demo data's
    // dates (made from today) stay what the journeys expect.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DateOnly, Lazy<TestDatabase>> DemoDatabases = new();

    // One audit key for the run: every copy's app seals onto the chain its demo data was sealed with.
    private static readonly string AuditKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    // One Chromium for the run, started by the first class that needs it: every class works in browser contexts of its
    // own (their own cookies and storage), which it closes when it ends. A browser and its Playwright driver per class
    // cost each class a Node.js start and a Chromium start (docs/adr/0006).
    private static readonly Lazy<Task<IBrowser>> SharedBrowser = new(LaunchBrowserAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TestDatabase _database = TestDatabase.CopyOf(DemoDatabases.GetOrAdd(PageChecks.CouncilToday(TimeProvider.System), _ => new Lazy<TestDatabase>(SeedDemoDatabase)).Value);
    private readonly List<IBrowserContext> _contexts = [];
    private AppFactory? _factory;

    /// <summary>The run's Chromium. A context made here directly (not through <see cref="NewPageAsync"/>) is the test's to close.</summary>
    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl { get; private set; } = string.Empty;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>The app's clock: real time, which a journey that spans months (a conference and its review) can move forward.</summary>
    public ShiftableClock Clock { get; } = new();

    /// <summary>
    /// Debian's Chromium: its headless shell where installed (half the CPU of the full browser; scripts/test installs
    /// it), otherwise the full browser; FAMILYFIRST_CHROMIUM chooses another.
    /// </summary>
    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("FAMILYFIRST_CHROMIUM")
        ?? new[] { "/usr/lib/chromium/chromium-headless-shell", "/usr/bin/chromium" }.FirstOrDefault(File.Exists)
        ?? "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}. scripts/test installs it with apt-get install chromium-headless-shell.");
        }

        _factory = new AppFactory(_database, Clock, Configure, startAsDotnetRun: false);
        _factory.UseKestrel(k => k.Listen(IPAddress.Loopback, Port));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        Browser = await SharedBrowser.Value;
    }

    private static async Task<IBrowser> LaunchBrowserAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"],
        });

        // Closed when the test run's process ends, after the last class.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().Wait(TimeSpan.FromSeconds(10));
            playwright.Dispose();
        };
        return browser;
    }

    /// <summary>The port the app listens on: any free one unless a fixture needs to know it first (a provider's redirect address).</summary>
    protected virtual int Port => 0;

    /// <summary>Settings or services a fixture adds to the app (for example the council's identity provider).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>The id of the demo family with the reference given.</summary>
    public async Task<Guid> FamilyIdAsync(string reference)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.FamilyCases.Where(f => f.Reference == reference).Select(f => f.Id).SingleAsync();
    }

    /// <summary>A fresh browser context (its own cookies), JavaScript on or off.</summary>
    public async Task<IPage> NewPageAsync(bool javaScript = true, int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            JavaScriptEnabled = javaScript,
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        lock (_contexts)
        {
            _contexts.Add(context);
        }

        context.SetDefaultTimeout(30_000);
        if (!javaScript)
        {
            PageChecks.MarkWithoutJavaScript(context);
        }

        return await context.NewPageAsync();
    }

    /// <summary>
    /// The demo database: a copy of the migrated template that the app, started once with migrate-on-start and
    /// the demo data on, brings up to date and seeds; removed when the run ends.
    /// </summary>
    private static TestDatabase SeedDemoDatabase()
    {
        var database = TestDatabase.Create();
        using (var app = new AppFactory(database, TimeProvider.System, _ => { }, startAsDotnetRun: true))
        {
            _ = app.Services;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => database.Dispose();
        return database;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await PageChecks.CloseCheckerAsync(context);
            await context.CloseAsync();
        }

        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _database.Dispose();
    }

    private sealed class AppFactory(TestDatabase database, TimeProvider clock, Action<IWebHostBuilder> configure, bool startAsDotnetRun) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.ConfigureServices(s => FamilyFirst.Web.Infrastructure.CouncilClock.AddCouncilClock(s, clock));

            // The real hasher at the web tests' 1,000 rounds (FamilyFirstFactory.PasswordHashRounds, docs/adr/0006).
            builder.ConfigureServices(s => s.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000));
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", database.Provider);
            builder.UseSetting("ConnectionStrings:Default", database.ConnectionString);
            builder.UseSetting("Audit:Key", AuditKey);

            // The demo database is made by the app's own start-up path (the template is already migrated, so
            // migrating finds nothing to do); each journey's copy of it needs neither step.
            builder.UseSetting("Database:MigrateOnStart", startAsDotnetRun ? "true" : "false");
            builder.UseSetting("DemoData:SeedOnStart", startAsDotnetRun ? "true" : "false");
            builder.UseSetting("DemoData:Password", DemoPassword);
            configure(builder);
        }
    }
}

/// <summary>The system clock plus an offset the test chooses.</summary>
public sealed class ShiftableClock : TimeProvider
{
    public TimeSpan Offset { get; private set; }

    public override DateTimeOffset GetUtcNow() => TimeProvider.System.GetUtcNow() + Offset;

    public void Advance(TimeSpan by) => Offset += by;
}
