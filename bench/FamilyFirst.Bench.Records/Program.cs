using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using FamilyFirst.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Times family search and the family pages through the real app over HTTP (Kestrel on loopback, signed in as a
// practitioner, every view audited as in production), on SQLite or PostgreSQL, after seeding a council's worth of
// people. Each figure is printed with its ratio to a baseline measured in the same run: the same signed-in layout
// with no family data (the empty search form).
//
//   dotnet run -c Release --project bench/FamilyFirst.Bench.Records -- --provider Sqlite --people 100000
//   dotnet run -c Release --project bench/FamilyFirst.Bench.Records -- --provider Postgres \
//       --connection "Host=127.0.0.1;Port=55514;Username=postgres" --people 100000
namespace FamilyFirst.Bench.Records;

/// <summary>The benchmark's entry point (a class, not top-level statements, so the app's own <c>Program</c> is the one the factory starts).</summary>
internal static class RecordsBenchmark
{
    public static async Task<int> Main(string[] args)
    {
        var provider = Option("--provider") ?? "Sqlite";
        var peopleCount = int.Parse(Option("--people") ?? "100000", CultureInfo.InvariantCulture);
        var iterations = int.Parse(Option("--iterations") ?? "200", CultureInfo.InvariantCulture);
        var work = Path.Combine(Path.GetTempPath(), "familyfirst-bench-records-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var connectionString = provider == "Postgres"
            ? new NpgsqlConnectionStringBuilder(Option("--connection") ?? throw new ArgumentException("--connection is needed for Postgres")) { Database = $"ff_bench_records_{Guid.NewGuid():N}"[..40] }.ConnectionString
            : $"Data Source={Path.Combine(work, "records.db")}";

        Console.WriteLine($"Family First records benchmark: {provider}, {peopleCount:N0} people, {iterations} timed requests a scenario, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        // The app's content root (its views' static assets and settings) is its project folder in this repository.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "src", "FamilyFirst.Web")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FAMILYFIRST_WEB", Path.Combine(root?.FullName ?? throw new InvalidOperationException("Run the benchmark from the repository"), "src", "FamilyFirst.Web"));
        await using var factory = new BenchFactory(provider, connectionString);
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var seedTime = Stopwatch.StartNew();
        var seeded = await RecordsSeed.SeedAsync(factory.Services, peopleCount);
        seedTime.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Seeded {seeded.People:N0} people in {seeded.Families:N0} families (the big family: 10 people, 200 notes, 50 events) in {seedTime.Elapsed.TotalSeconds:F0} s"));
        // Planner statistics, as a database in use has them (PostgreSQL's autovacuum; SQLite's "PRAGMA optimize").
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
        }

        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer(), UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(10) };
        await SignInAsync(client, RecordsSeed.Email, RecordsSeed.Password);

        var family = $"/families/{seeded.BigFamilyId}";
        if (args.Contains("--load"))
        {
            var result = await LoadRun.RunAsync(
                factory.Services,
                client,
                family,
                "/families/search",
                int.Parse(Option("--concurrency") ?? "64", CultureInfo.InvariantCulture),
                double.Parse(Option("--seconds") ?? "10", CultureInfo.InvariantCulture),
                int.Parse(Option("--rounds") ?? "4", CultureInfo.InvariantCulture),
                double.Parse(Option("--warmup") ?? "10", CultureInfo.InvariantCulture),
                Option("--pgdata"));
            await DropAsync();
            return result;
        }

        var scenarios = new (string Name, string[] Urls)[]
        {
            ("Baseline: search form, no query", ["/families/search"]),
            ("Search: one common family name", seeded.CommonFamilyNames.Select(n => $"/families/search?Q={Uri.EscapeDataString(n)}").ToArray()),
            ("Search: given and family name with a typo", seeded.TypoNames.Select(n => $"/families/search?Q={Uri.EscapeDataString(n)}").ToArray()),
            ("Search: name and date of birth", seeded.NamesWithBirth.Select(n => $"/families/search?Q={Uri.EscapeDataString(n.Name)}&Dob.Day={n.Born.Day}&Dob.Month={n.Born.Month}&Dob.Year={n.Born.Year}").ToArray()),
            ("Search: NHS number", seeded.NhsNumbers.Select(n => $"/families/search?Q={n}").ToArray()),
            ("Search: postcode", seeded.Postcodes.Select(p => $"/families/search?Postcode={Uri.EscapeDataString(p)}").ToArray()),
            ("Search: family reference", [$"/families/search?Q={seeded.BigFamilyReference}"]),
            ("Family page (case summary)", [family]),
            ("Family chronology (50 events)", [$"{family}/chronology"]),
            ("Family case notes (200 notes, paged)", [$"{family}/notes"]),
            ("Family relationships and diagram", [$"{family}/relationships"]),
        };

        Console.WriteLine("scenario | requests | p50 ms | p95 ms | max ms | ratio p95 vs baseline");
        double? baselineP95 = null;
        foreach (var (name, urls) in scenarios)
        {
            for (var i = 0; i < Math.Min(20, iterations); i++)
            {
                await GetAsync(client, urls[i % urls.Length]);
            }

            var times = new List<double>(iterations);
            for (var i = 0; i < iterations; i++)
            {
                var watch = Stopwatch.StartNew();
                await GetAsync(client, urls[i % urls.Length]);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            var p50 = Percentile(times, 0.50);
            var p95 = Percentile(times, 0.95);
            baselineP95 ??= p95;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} | {iterations} | {p50:F1} | {p95:F1} | {times[^1]:F1} | x{p95 / baselineP95.Value:F2}"));
        }

        await DropAsync();
        return 0;

        async Task DropAsync()
        {
            if (provider == "Postgres")
            {
                NpgsqlConnection.ClearAllPools();
                await using var scope = factory.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.EnsureDeletedAsync();
            }

            Directory.Delete(work, recursive: true);
        }

        static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

        static async Task GetAsync(HttpClient client, string url)
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
            }

            if (url.Contains("/search?", StringComparison.Ordinal) && !body.Contains("/people/", StringComparison.Ordinal) && !body.Contains("Family: <a", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"GET {url} found nobody: the benchmark must search for people who exist");
            }
        }

        static async Task SignInAsync(HttpClient client, string email, string password)
        {
            var form = await client.GetStringAsync("/sign-in");
            var token = Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            if (token.Length == 0)
            {
                token = Regex.Match(form, "value=\"([^\"]+)\"[^>]*name=\"__RequestVerificationToken\"").Groups[1].Value;
            }

            using var response = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = password,
                ["__RequestVerificationToken"] = token,
            }));
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Signing in answered {(int)response.StatusCode}");
            }
        }

        string? Option(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
    }
}

/// <summary>The real app (its own Program), in production mode, on the benchmark's database, with no background jobs.</summary>
internal sealed class BenchFactory(string provider, string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // Staging: the production pipeline without Production's deployment checks (HTTPS, a host name, a protected key
        // ring), which a loopback benchmark cannot meet; as the sessions benchmark.
        builder.UseEnvironment("Staging");
        builder.UseSetting("Security:RequireSecondFactor", "false");
        builder.UseSetting("Audit:Key", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("DemoData:SeedOnStart", "false");
        builder.UseSetting("Notifications:DispatcherEnabled", "false");
        builder.UseSetting("Notifications:Reminders:Enabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
