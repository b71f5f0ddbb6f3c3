using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

// Signed-in against anonymous requests to /health/live through the real app over HTTP (Kestrel on loopback), in the
// same run, alternating: what a signed-in request costs on top of the request itself (the session's time limits and
// the account check, docs/adr/0027). Target (issue 22): signed in at least a quarter of the anonymous rate.
//
//   dotnet run -c Release --project bench/FamilyFirst.Bench.Sessions -- --provider Sqlite
//   dotnet run -c Release --project bench/FamilyFirst.Bench.Sessions -- --provider Postgres \
//       --connection "Host=127.0.0.1;Port=55432;Username=postgres"
namespace FamilyFirst.Bench.Sessions;

/// <summary>The benchmark's entry point (a class, not top-level statements, so the app's own <c>Program</c> is the one the factory starts).</summary>
internal static class SessionsBenchmark
{
    private const string Email = "bench.sessions@bench.familyfirst.test";
    private const string Password = "a long benchmark passphrase nobody would guess";
    private const double Target = 0.25;

    public static async Task<int> Main(string[] args)
    {
        var provider = Option("--provider") ?? "Sqlite";
        var rounds = int.Parse(Option("--rounds") ?? "8", CultureInfo.InvariantCulture);
        var seconds = double.Parse(Option("--seconds") ?? "5", CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Option("--concurrency") ?? "16", CultureInfo.InvariantCulture);
        var warmUp = double.Parse(Option("--warmup") ?? "15", CultureInfo.InvariantCulture);
        var work = Path.Combine(Path.GetTempPath(), "familyfirst-bench-sessions-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(work);
        var connectionString = provider == "Postgres"
            ? new NpgsqlConnectionStringBuilder(Option("--connection") ?? throw new ArgumentException("--connection is needed for Postgres")) { Database = $"ff_bench_sessions_{Guid.NewGuid():N}"[..40] }.ConnectionString
            : $"Data Source={Path.Combine(work, "sessions.db")}";

        Console.WriteLine($"Family First sessions benchmark: {provider}, {warmUp} s warm-up, {rounds} rounds of {seconds} s anonymous then {seconds} s signed in, {concurrency} requests at a time, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine($"Load average at start: {LoadAverage()}");
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !Directory.Exists(Path.Combine(root.FullName, "src", "FamilyFirst.Web")))
        {
            root = root.Parent;
        }

        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FAMILYFIRST_WEB", Path.Combine(root?.FullName ?? throw new InvalidOperationException("Run the benchmark from the repository"), "src", "FamilyFirst.Web"));
        await using var factory = new BenchFactory(provider, connectionString);
        factory.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var baseUrl = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var created = await StaffAccounts.CreateAsync(scope.ServiceProvider, Email, "Bench Practitioner", [Roles.Practitioner], [], Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(' ', created.Errors.Select(e => e.Description)));
            }
        }

        // One client each, many connections: the signed-in one keeps its cookie up to date (the server sends a new one
        // at most once a minute), the anonymous one has none.
        var cookies = new CookieContainer();
        using var signedIn = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies, UseCookies = true, MaxConnectionsPerServer = concurrency }) { BaseAddress = baseUrl };
        using var anonymous = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = concurrency }) { BaseAddress = baseUrl };
        await SignInAsync(signedIn, Email, Password);
        if (cookies.GetCookies(baseUrl)["familyfirst-staff"] is null)
        {
            throw new InvalidOperationException("Signing in gave no staff cookie");
        }

        // Warm-up, alternating too: the JIT's second tier, connection pools, EF's query cache, the node's copy of the
        // person's claims. Under load the first seconds are far slower, for both.
        for (var i = 0; i < 3; i++)
        {
            await RunAsync(anonymous, TimeSpan.FromSeconds(warmUp / 6), concurrency);
            await RunAsync(signedIn, TimeSpan.FromSeconds(warmUp / 6), concurrency);
        }

        Console.WriteLine("round | anonymous req/s | signed-in req/s | signed in / anonymous | signed-in answers with a new cookie");
        double anonymousTotal = 0, signedInTotal = 0;
        for (var round = 1; round <= rounds; round++)
        {
            var a = await RunAsync(anonymous, TimeSpan.FromSeconds(seconds), concurrency);
            var s = await RunAsync(signedIn, TimeSpan.FromSeconds(seconds), concurrency);
            anonymousTotal += a.Rate;
            signedInTotal += s.Rate;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{round} | {a.Rate:F0} | {s.Rate:F0} | x{s.Rate / a.Rate:F2} | {s.NewCookies} of {s.Requests:N0}"));
        }

        // Where a signed-in request's extra time goes, one at a time (microseconds per operation, after the runs above).
        var ticketFormat = factory.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme).TicketDataFormat;
        var cookie = cookies.GetCookies(baseUrl)["familyfirst-staff"]!.Value;
        var userId = ticketFormat.Unprotect(cookie)!.Principal.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var unprotect = await PerOperationAsync(() =>
        {
            _ = ticketFormat.Unprotect(cookie);
            return Task.CompletedTask;
        });
        var accountRead = await PerOperationAsync(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FamilyFirst.Web.Data.AppDbContext>();
            _ = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.SecurityStamp, u.ConcurrencyStamp, u.IsActive }).FirstOrDefaultAsync();
        });
        var contextOnly = await PerOperationAsync(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            _ = scope.ServiceProvider.GetRequiredService<FamilyFirst.Web.Data.AppDbContext>().Model;
        });
        var openOnly = await PerOperationAsync(async () =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FamilyFirst.Web.Data.AppDbContext>();
            await db.Database.OpenConnectionAsync();
            await db.Database.CloseConnectionAsync();
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Microseconds: a request scope and its database context {contextOnly:F0}; with its connection opened and closed {openOnly:F0}"));
        var oneAnonymous = await PerOperationAsync(async () => (await anonymous.GetAsync("/health/live")).Dispose());
        var oneSignedIn = await PerOperationAsync(async () => (await signedIn.GetAsync("/health/live")).Dispose());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"One at a time, microseconds: anonymous request {oneAnonymous:F0}, signed-in request {oneSignedIn:F0} (difference {oneSignedIn - oneAnonymous:F0}); of which reading the cookie's ticket {unprotect:F0}, a request scope with its database context and the account read {accountRead:F0}"));

        var ratio = signedInTotal / anonymousTotal;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Mean: anonymous {anonymousTotal / rounds:F0} req/s, signed in {signedInTotal / rounds:F0} req/s, ratio x{ratio:F2}; target x{Target:F2} or more: {(ratio >= Target ? "met" : "NOT met")}"));
        Console.WriteLine($"Load average at end: {LoadAverage()}");

        if (provider == "Postgres")
        {
            NpgsqlConnection.ClearAllPools();
            await using var scope = factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<FamilyFirst.Web.Data.AppDbContext>().Database.EnsureDeletedAsync();
        }

        Directory.Delete(work, recursive: true);
        return 0;

        string? Option(string name)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
        }
    }

    /// <summary>GET /health/live from <paramref name="concurrency"/> loops for <paramref name="duration"/>; every answer must be 200.</summary>
    private static async Task<(double Rate, long Requests, long NewCookies)> RunAsync(HttpClient client, TimeSpan duration, int concurrency)
    {
        long requests = 0, newCookies = 0;
        var watch = Stopwatch.StartNew();
        var loops = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (watch.Elapsed < duration)
            {
                using var response = await client.GetAsync("/health/live");
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"/health/live answered {(int)response.StatusCode}");
                }

                if (response.Headers.Contains("Set-Cookie"))
                {
                    Interlocked.Increment(ref newCookies);
                }

                Interlocked.Increment(ref requests);
            }
        }));
        await Task.WhenAll(loops);
        return (requests / watch.Elapsed.TotalSeconds, requests, newCookies);
    }

    /// <summary>The mean time of one <paramref name="operation"/> in microseconds, over 2,000 after 200 to warm up.</summary>
    private static async Task<double> PerOperationAsync(Func<Task> operation)
    {
        for (var i = 0; i < 200; i++)
        {
            await operation();
        }

        var watch = Stopwatch.StartNew();
        for (var i = 0; i < 2000; i++)
        {
            await operation();
        }

        return watch.Elapsed.TotalMicroseconds / 2000;
    }

    private static async Task SignInAsync(HttpClient client, string email, string password)
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

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "not known";
}

/// <summary>
/// The real app (its own Program) on the benchmark's database, with no background jobs, in a non-development
/// environment ("Staging": the production pipeline without Production's deployment checks, which need HTTPS, a host
/// name and a protected key ring that a loopback benchmark does not have).
/// </summary>
internal sealed class BenchFactory(string provider, string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Staging");
        builder.UseSetting("Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Default", connectionString);
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("DemoData:SeedOnStart", "false");
        builder.UseSetting("Notifications:DispatcherEnabled", "false");
        builder.UseSetting("Notifications:Reminders:Enabled", "false");
        builder.UseSetting("Security:RequireSecondFactor", "false");
        builder.UseSetting("Audit:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }
}
