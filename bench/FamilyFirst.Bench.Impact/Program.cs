using System.Diagnostics;
using System.Globalization;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Npgsql;

// Times the impact report at several sizes, on SQLite or PostgreSQL, through the app's own services, each size on a
// fresh database. Figures, each with its ratio to a baseline measured in the same run:
//   - engine: every family's results streamed through FamilyResultsService (what the `results` verb does): the baseline;
//   - live report: ImpactReportService.ComputeAsync (every figure of the staff page), as a ratio to the engine;
//   - snapshot: taking a snapshot (the live report, stored);
//   - public page: GET /evidence-of-impact, rendered from the approved snapshot over HTTP, as a ratio to GET /privacy
//     (a static page of the same layout) in the same run; median of 20 requests each.
//
//   dotnet run -c Release --project bench/FamilyFirst.Bench.Impact -- --provider Sqlite --families 1000,10000,100000
//   dotnet run -c Release --project bench/FamilyFirst.Bench.Impact -- --provider Postgres \
//       --connection "Host=127.0.0.1;Port=5432;Username=postgres" --families 1000,10000,100000
var provider = Option("--provider") ?? "Sqlite";
var connection = Option("--connection");
var sizes = (Option("--families") ?? "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var work = Path.Combine(Path.GetTempPath(), "familyfirst-impact-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
var asAt = new DateOnly(2015, 9, 1);

Console.WriteLine($"Family First impact report benchmark: {provider}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine("families | seed s | engine s | live report s | report/engine | snapshot s | public page ms | privacy page ms | public/privacy");
foreach (var families in sizes)
{
    var connectionString = FreshDatabase(families);
    await using var app = Build(connectionString);
    await FamilyFirstApp.MigrateAsync(app.Services);

    var seed = Stopwatch.StartNew();
    await SeedAsync(app.Services, families);
    seed.Stop();

    var cohort = new ImpactCohort(asAt, null, null, null, null);
    var engine = Stopwatch.StartNew();
    var counted = 0;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        await foreach (var (_, result) in scope.ServiceProvider.GetRequiredService<FamilyResultsService>().StreamAsync(asAt))
        {
            if (result.Eligible) counted++;
        }
    }

    engine.Stop();

    var live = Stopwatch.StartNew();
    ImpactReportFigures figures;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        figures = await scope.ServiceProvider.GetRequiredService<ImpactReportService>().ComputeAsync(cohort, CancellationToken.None);
    }

    live.Stop();
    if (figures.Headline.Families != counted)
    {
        throw new InvalidOperationException($"The report counted {figures.Headline.Families} families, the engine {counted}.");
    }

    var take = Stopwatch.StartNew();
    await using (var scope = app.Services.CreateAsyncScope())
    {
        // As the app takes one: a request, then a pass of the snapshot worker (ADR 0034).
        var snapshots = scope.ServiceProvider.GetRequiredService<ImpactSnapshots>();
        var request = await snapshots.RequestAsync(cohort, Actor.CommandLine, CancellationToken.None);
        var worker = new ImpactSnapshotWorker(
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ImpactSnapshotOptions>>(),
            app.Services.GetRequiredService<TimeProvider>(),
            app.Services.GetRequiredService<ILogger<ImpactSnapshotWorker>>(),
            "bench");
        if (request.Refused || await worker.RunDueAsync(CancellationToken.None) != 1) throw new InvalidOperationException("The snapshot was not taken.");
        take.Stop();
        var snapshotId = (await scope.ServiceProvider.GetRequiredService<AppDbContext>().ImpactSnapshotJobs.AsNoTracking().SingleAsync(j => j.Id == request.Job.Id)).SnapshotId!.Value;
        var approved = await snapshots.ApproveAsync(snapshotId, new Actor("bench", "Bench manager"), CancellationToken.None);
        if (!approved.Succeeded) throw new InvalidOperationException(approved.Error);
    }

    await app.StartAsync();
    var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    using var http = new HttpClient { BaseAddress = new Uri(address) };
    var publicMs = await MedianMsAsync(http, "/evidence-of-impact", "fewer than 10");
    var privacyMs = await MedianMsAsync(http, "/privacy", "Privacy notice");
    await app.StopAsync();

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{families,8:N0} | {seed.Elapsed.TotalSeconds,6:F1} | {engine.Elapsed.TotalSeconds,8:F1} | {live.Elapsed.TotalSeconds,13:F1} | x{live.Elapsed.TotalSeconds / engine.Elapsed.TotalSeconds,12:F2} | {take.Elapsed.TotalSeconds,10:F1} | {publicMs,14:F1} | {privacyMs,15:F1} | x{publicMs / privacyMs:F2}"));
}

Directory.Delete(work, recursive: true);
return 0;

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

string FreshDatabase(int families)
{
    if (provider == "Postgres")
    {
        var builder = new NpgsqlConnectionStringBuilder(connection ?? throw new ArgumentException("--connection is needed for Postgres")) { Database = $"ff_impact_{families}_{Guid.NewGuid():N}"[..40] };
        return builder.ConnectionString;
    }

    return $"Data Source={Path.Combine(work, $"impact-{families}.db")}";
}

WebApplication Build(string connectionString)
{
    var builder = WebApplication.CreateBuilder([]);
    builder.Configuration["Database:Provider"] = provider;
    builder.Configuration["ConnectionStrings:Default"] = connectionString;
    builder.Configuration["Notifications:DispatcherEnabled"] = "false";
    builder.Configuration["Notifications:Reminders:Enabled"] = "false";
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.AddFamilyFirst();
    builder.Logging.ClearProviders();
    var app = builder.Build();
    app.UseFamilyFirst();
    return app;
}

static async Task<double> MedianMsAsync(HttpClient http, string path, string expect)
{
    var first = await http.GetStringAsync(path); // warm up
    if (!first.Contains(expect, StringComparison.Ordinal)) throw new InvalidOperationException($"{path} did not show \"{expect}\".");
    var times = new List<double>();
    for (var i = 0; i < 20; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    return times[times.Count / 2];
}

// Families straight into the database through the domain (the importer is measured by the outcomes benchmark):
// each attached to the programme on a date over 600 days, in one team, with two adults and two children.
// No partner records: every family is read, loaded and worked out by the engine, with nothing to count.
static async Task SeedAsync(IServiceProvider services, int families)
{
    var practitioner = Guid.NewGuid();
    var now = new DateTimeOffset(2015, 9, 1, 9, 0, 0, TimeSpan.Zero);
    var today = DateOnly.FromDateTime(now.UtcDateTime);
    var teamId = Guid.NewGuid();
    await using (var scope = services.CreateAsyncScope())
    {
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Teams.Add(new Team { Id = teamId, Name = "Bench team" });
        await db.SaveChangesAsync();
    }

    const int batch = 2_000;
    for (var start = 0; start < families; start += batch)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = start; i < Math.Min(families, start + batch); i++)
        {
            var family = FamilyCase.Open(Ref(i), $"Family {i}", "Benchmark", practitioner, now).Value!;
            Check(family.Allocate(practitioner, teamId, practitioner, now));
            Check(family.AttachToProgramme(Programme.FamilyFirst, new DateOnly(2013, 1, 1).AddDays(i % 600)));
            for (var m = 0; m < 4; m++)
            {
                var born = m < 2 ? new DateOnly(1975, 1, 1).AddDays((i + m) % 3650) : new DateOnly(2002, 1, 1).AddDays((i + m) % 3650);
                var person = Person.Create(new PersonDetails("Given" + m, "Family" + i, born, null, Gender.NotKnown), DuplicateCheckOutcome.NoLikelyMatches, practitioner, today, now).Value!;
                db.People.Add(person);
                Check(family.AddMember(person.Id, m < 2 ? FamilyRole.Parent : FamilyRole.ChildOrYoungPerson, today));
            }

            db.FamilyCases.Add(family);
        }

        await db.SaveChangesAsync();
    }
}

static void Check(FamilyFirst.Domain.Common.Result result)
{
    if (!result.Succeeded) throw new InvalidOperationException(result.Error);
}

static string Ref(int i)
{
    Span<char> code = stackalloc char[FamilyCaseReference.Length];
    for (var d = code.Length - 1; d >= 0; d--)
    {
        code[d] = FamilyCaseReference.Alphabet[i % FamilyCaseReference.Alphabet.Length];
        i /= FamilyCaseReference.Alphabet.Length;
    }

    return FamilyCaseReference.Prefix + new string(code);
}
