using System.Diagnostics;
using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;
using Npgsql;

// Times the results engine and the importer at several sizes, on SQLite or PostgreSQL, through the app's own
// services. Each size gets a fresh database, seeded through the importer itself (families, people, then partner
// files, about 50 partner rows a family). Then it times importing an attendance file (--attendance-rows rows,
// new terms), importing the same file again (nothing changes), and streaming every family's results, sampling the
// process's working set while the results run. Every figure is printed with its ratio to the first size of the run.
//
//   dotnet run -c Release --project bench/FamilyFirst.Bench.Outcomes -- --provider Sqlite --families 10000,100000
//   dotnet run -c Release --project bench/FamilyFirst.Bench.Outcomes -- --provider Postgres \
//       --connection "Host=127.0.0.1;Port=5432;Username=postgres" --pgdata /path/to/cluster/data --families 10000,100000
//
// On a shared machine the wall clock mostly measures waiting for a core, so every timed step also prints the app's
// processor time, the PostgreSQL server's processor time (with --pgdata) and the load average at its start and end.
var provider = Option("--provider") ?? "Sqlite";
var connection = Option("--connection");
var sizes = (Option("--families") ?? "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var attendanceRowsOption = Option("--attendance-rows");
var keep = args.Contains("--keep");

// The data directory of the benchmark's own PostgreSQL cluster: with it, each step also reports the server's processor
// time (its postmaster and every child), which the app's own processor time leaves out.
var server = Option("--pgdata") is { } pgdata ? new ServerProcesses(pgdata) : null;
var work = Path.Combine(Path.GetTempPath(), "familyfirst-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
var asAt = new DateOnly(2015, 9, 1);

// Terms of attendance each child already has before the timed attendance file (history), so that with the other
// partner files a family has about 50 partner rows.
const int HistoryTermsPerChild = 15;

// The columns of the files, for the COPY baseline's table.
const string AttendanceColumns = "person_ref text, term_start date, term_end date, possible_sessions integer, authorised_absence_sessions integer, unauthorised_absence_sessions integer";
const string PeopleColumns = "family_ref text, person_ref text, given_name text, family_name text, date_of_birth date";

Console.WriteLine($"Family First outcomes benchmark: {provider}, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
if (Option("--results-only") is { } existing)
{
    // Times the results again on a database a run kept (--keep), without seeding: a PostgreSQL database name or a SQLite file.
    var connectionString = provider == "Postgres"
        ? new NpgsqlConnectionStringBuilder(connection ?? throw new ArgumentException("--connection is needed for Postgres")) { Database = existing }.ConnectionString
        : $"Data Source={existing}";
    await using var app = Build(connectionString);

    // The first run builds EF's model and compiles the queries (the full run has done that while seeding); then the timed runs.
    // Each run: the results, then the baseline (every partner row streamed in person order, nothing computed) and the live
    // impact report (every figure of the staff page), each with its ratio to the results of the same run.
    var runs = int.Parse(Option("--runs") ?? "3", CultureInfo.InvariantCulture);
    for (var run = 0; run < runs; run++)
    {
        var (step, count, peak) = await ResultsAsync(app.Services);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"results only on {existing}{(run == 0 ? " (cold)" : "")}: {count:N0} families with results; {step}; working set peak {peak / 1024d / 1024d:F0} MB"));
        var (floor, rows) = await StreamPartnerRowsAsync(app.Services);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  baseline, {rows:N0} partner rows streamed in person order: results / baseline {step.RatiosTo(floor)}"));
        var (report, reportPeak) = await LiveReportAsync(app.Services);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  live report / results {report.RatiosTo(step)}; working set peak {reportPeak / 1024d / 1024d:F0} MB"));
    }

    Directory.Delete(work, recursive: true);
    return 0;
}

if (Option("--import-only") is { } kept)
{
    // Times importing a new attendance file (new terms, after those a run or an earlier --import-only wrote: choose
    // them with --first-term) on a database a run kept, then the same file again. --families must be the size the
    // database was seeded with, so that the people match.
    var connectionString = provider == "Postgres"
        ? new NpgsqlConnectionStringBuilder(connection ?? throw new ArgumentException("--connection is needed for Postgres")) { Database = kept }.ConnectionString
        : $"Data Source={kept}";
    await using var app = Build(connectionString);
    var families = sizes.Single();
    var rows = attendanceRowsOption is null ? families * 10 : int.Parse(attendanceRowsOption, CultureInfo.InvariantCulture);
    var firstTerm = int.Parse(Option("--first-term") ?? "20", CultureInfo.InvariantCulture);
    var files = Generate(families, rows, firstTerm);
    var copy = await CopyBaselineAsync(connectionString, "attendance", AttendanceColumns, files.Attendance);
    ImportOutcome? imported = null;
    var import = await MeasureAsync($"attendance import ({rows:N0} rows, terms from {firstTerm})", async () => imported = await ImportAsync(app.Services, ImportKind.Attendance, files.Attendance));
    await MeasureAsync("same attendance file again", () => ImportAsync(app.Services, ImportKind.Attendance, files.Attendance));
    Console.WriteLine($"import only on {kept}: {imported!.Summary}");
    Console.WriteLine($"attendance import against COPY of the same file: {import.AgainstCopy(copy)}");
    Directory.Delete(work, recursive: true);
    return 0;
}

Console.WriteLine("families | people | partner rows held | seed families s | seed people s | seed partner files s | attendance rows | attendance import s (wall / app CPU / server CPU) | same file again s | results s (wall / app CPU / server CPU) | results working set peak MB | ratios vs first size");
Step? baselineResults = null;
Step? baselineImport = null;
foreach (var families in sizes)
{
    var attendanceRows = attendanceRowsOption is null ? families * 10 : int.Parse(attendanceRowsOption, CultureInfo.InvariantCulture);
    var connectionString = FreshDatabase(families);
    await using var app = Build(connectionString);
    await FamilyFirstApp.MigrateAsync(app.Services);

    var files = Generate(families, attendanceRows);
    var seedFamilies = await MeasureAsync($"seed families ({families:N0})", () => ImportAsync(app.Services, ImportKind.Families, files.Families));
    var copyPeople = await CopyBaselineAsync(connectionString, "people", PeopleColumns, files.People);
    var seedPeople = await MeasureAsync($"seed people ({families * 4:N0})", () => ImportAsync(app.Services, ImportKind.People, files.People));
    var partnerRows = 0L;
    var seedPartners = await MeasureAsync("seed partner files", async () =>
    {
        foreach (var (kind, path) in files.Others)
        {
            partnerRows += (await ImportAsync(app.Services, kind, path)).Added;
        }
    });
    var copyAttendance = await CopyBaselineAsync(connectionString, "attendance", AttendanceColumns, files.Attendance);
    ImportOutcome imported = null!;
    var attendance = await MeasureAsync($"attendance import ({attendanceRows:N0} rows)", async () => imported = await ImportAsync(app.Services, ImportKind.Attendance, files.Attendance));
    partnerRows += imported.Added;
    ImportOutcome second = null!;
    var again = await MeasureAsync("same attendance file again", async () => second = await ImportAsync(app.Services, ImportKind.Attendance, files.Attendance));
    if (second.Applied != 0 || second.Duplicates != attendanceRows)
    {
        throw new InvalidOperationException($"Importing the same attendance file again changed something: {second.Summary}");
    }

    var (results, count, peakBytes) = await ResultsAsync(app.Services);
    var peakMb = peakBytes / 1024d / 1024d;
    baselineResults ??= results;
    baselineImport ??= attendance;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{families,8:N0} | {families * 4,7:N0} | {partnerRows,9:N0} | {seedFamilies.Wall,6:F1} | {seedPeople.Wall,6:F1} | {seedPartners.Wall,6:F1} | {attendanceRows,9:N0} | {attendance.Figures} | {again.Wall,6:F1} | {results.Figures} | {peakMb,6:F0} | results {results.RatiosTo(baselineResults)}, attendance import {attendance.RatiosTo(baselineImport)}; {count:N0} families with results; process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024d / 1024d:F0} MB"));
    Console.WriteLine($"  people file against COPY of the same file: {seedPeople.AgainstCopy(copyPeople)}");
    Console.WriteLine($"  attendance import against COPY of the same file: {attendance.AgainstCopy(copyAttendance)}");
    foreach (var file in Directory.EnumerateFiles(work))
    {
        File.Delete(file);
    }

    if (keep)
    {
        Console.WriteLine($"kept: {connectionString}");
    }
    else if (provider == "Postgres")
    {
        await DropAsync(connectionString);
    }
}

Directory.Delete(work, recursive: true);
return 0;

// The database's own floor for loading a file (PostgreSQL): the same CSV file sent with COPY into a new table with no
// index, no key and no constraint, in its own transaction (committed, so the WAL is flushed as the import's is), then
// dropped. Null on SQLite, which has no COPY.
async Task<Step?> CopyBaselineAsync(string connectionString, string name, string columns, string path)
{
    if (provider != "Postgres")
    {
        return null;
    }

    var table = $"ff_copy_baseline_{name}";
    await using var copyConnection = new NpgsqlConnection(connectionString);
    await copyConnection.OpenAsync();
    await using (var create = new NpgsqlCommand($"DROP TABLE IF EXISTS {table}; CREATE TABLE {table} ({columns})", copyConnection))
    {
        await create.ExecuteNonQueryAsync();
    }

    var rows = 0UL;
    var step = await MeasureAsync($"baseline: COPY of the {name} file into a table with no index", async () =>
    {
        await using var transaction = await copyConnection.BeginTransactionAsync();
        using (var reader = new StreamReader(path))
        await using (var writer = await copyConnection.BeginTextImportAsync($"COPY {table} FROM STDIN (FORMAT csv, HEADER true)"))
        {
            var buffer = new char[1 << 16];
            int read;
            while ((read = await reader.ReadAsync(buffer)) > 0)
            {
                await writer.WriteAsync(buffer.AsMemory(0, read));
            }
        }

        await transaction.CommitAsync();
    });
    await using (var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", copyConnection))
    {
        rows = (ulong)(long)(await count.ExecuteScalarAsync())!;
    }

    await using (var drop = new NpgsqlCommand($"DROP TABLE {table}", copyConnection))
    {
        await drop.ExecuteNonQueryAsync();
    }

    Console.WriteLine($"  (COPY loaded {rows:N0} rows)");
    return step;
}

// Streams every family's results as the results verb does (CSV to nowhere), sampling the working set meanwhile.
async Task<(Step Step, int Count, long PeakWorkingSet)> ResultsAsync(IServiceProvider services)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    using var sampler = new WorkingSetSampler();
    var count = 0;
    var step = await MeasureAsync("results", async () =>
    {
        await using var scope = services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<FamilyResultsService>();
        await using var output = new StreamWriter(Stream.Null);
        await output.WriteLineAsync(ResultsFormats.CsvHeader);
        await foreach (var (_, result) in service.StreamAsync(asAt))
        {
            if (!result.Eligible) continue;
            await output.WriteLineAsync(ResultsFormats.CsvRow(result));
            count++;
        }
    });
    return (step, count, sampler.Stop());
}

// The baseline for the results: every partner row the results read (the same columns), streamed from each table in
// person order (one query a table, in one read-only snapshot, as the results read them) and only counted.
async Task<(Step Step, long Rows)> StreamPartnerRowsAsync(IServiceProvider services)
{
    long rows = 0;
    var step = await MeasureAsync("baseline: partner rows streamed in person order", async () =>
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredKeyedService<AppDbContext>(ReportingDatabase.Key);
        await db.Database.OpenConnectionAsync();
        await using var transaction = db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection sqlite
            ? await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: true))
            : await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        if (provider == "Postgres")
        {
            await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY");
        }

        rows += await CountAsync(db.OffenceRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.OffenceDate }));
        rows += await CountAsync(db.AsbIncidentRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.IncidentDate }));
        rows += await CountAsync(db.AttendanceRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey)
            .Select(r => new { r.PersonId, r.TermStart, r.TermEnd, r.PossibleSessions, r.AuthorisedAbsenceSessions, r.UnauthorisedAbsenceSessions }));
        rows += await CountAsync(db.ExclusionRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.ExclusionDate, r.ExclusionType }));
        rows += await CountAsync(db.BenefitSpellRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.Benefit, r.StartDate, r.EndDate }));
        rows += await CountAsync(db.EmploymentSpellRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.StartDate, r.EndDate }));
        rows += await CountAsync(db.WorkProgrammeReferralRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.ReferralDate }));
        await transaction!.CommitAsync();
        await db.Database.CloseConnectionAsync();
    });
    return (step, rows);

    static async Task<long> CountAsync<T>(IQueryable<T> query)
    {
        long count = 0;
        await foreach (var _ in query.AsAsyncEnumerable())
        {
            count++;
        }

        return count;
    }
}

// The live impact report (every figure of the staff page, as the page and a snapshot compute it) over every family.
async Task<(Step Step, long PeakWorkingSet)> LiveReportAsync(IServiceProvider services)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    using var sampler = new WorkingSetSampler();
    var step = await MeasureAsync("live impact report", async () =>
    {
        await using var scope = services.CreateAsyncScope();
        var report = scope.ServiceProvider.GetRequiredService<FamilyFirst.Web.Impact.ImpactReportService>();
        var figures = await report.ComputeAsync(new FamilyFirst.Domain.Impact.ImpactCohort(asAt, null, null, null, null), CancellationToken.None);
        Console.WriteLine($"  live report: {figures.Headline.Families:N0} families");
    });
    return (step, sampler.Stop());
}

// Times one step: the wall clock, the app's own processor time, the database server's processor time (PostgreSQL with
// --pgdata; on SQLite the database runs inside the app, so its work is in the app's time) and the load average at the
// start and the end. On a machine shared with busy neighbours the wall clock mostly measures waiting for a core; the
// processor times show what the work itself cost.
async Task<Step> MeasureAsync(string name, Func<Task> work)
{
    var loadBefore = LoadAverage();
    var serverBefore = server?.ProcessorSeconds();
    var appBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    await work();
    watch.Stop();
    var app = (Process.GetCurrentProcess().TotalProcessorTime - appBefore).TotalSeconds;
    var serverSeconds = server?.ProcessorSeconds() - serverBefore;
    var step = new Step(name, watch.Elapsed.TotalSeconds, app, serverSeconds, loadBefore, LoadAverage());
    Console.WriteLine($"  {step}");
    return step;
}

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

async Task DropAsync(string connectionString)
{
    NpgsqlConnection.ClearAllPools();
    var builder = new NpgsqlConnectionStringBuilder(connectionString);
    var name = builder.Database!;
    builder.Database = "postgres";
    await using var admin = new NpgsqlConnection(builder.ConnectionString);
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
}

string? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

string FreshDatabase(int families)
{
    if (provider == "Postgres")
    {
        var builder = new NpgsqlConnectionStringBuilder(connection ?? throw new ArgumentException("--connection is needed for Postgres")) { Database = $"ff_bench_{families}_{Guid.NewGuid():N}"[..40] };
        return builder.ConnectionString;
    }

    // A kept database lives outside the work folder, which is deleted at the end.
    var folder = keep ? Path.GetTempPath() : work;
    return $"Data Source={Path.Combine(folder, $"familyfirst-bench-{families}-{Guid.NewGuid().ToString("N")[..8]}.db")}";
}

WebApplication Build(string connectionString)
{
    var builder = WebApplication.CreateBuilder([]);
    builder.Configuration["Database:Provider"] = provider;
    builder.Configuration["ConnectionStrings:Default"] = connectionString;
    builder.AddFamilyFirst();
    builder.Logging.ClearProviders();
    if (args.Contains("--log-sql"))
    {
        // Every command with its duration, to see where the time goes.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter((category, level) => category == "Microsoft.EntityFrameworkCore.Database.Command" && level >= LogLevel.Information);
    }
    return builder.Build();
}

static async Task<ImportOutcome> ImportAsync(IServiceProvider services, ImportKind kind, string path)
{
    await using var scope = services.CreateAsyncScope();
    var importer = scope.ServiceProvider.GetRequiredService<PartnerDataImporter>();
    await using var file = File.OpenRead(path);
    var outcome = await importer.ImportAsync(new ImportRequest(kind, path, ImportSource.CommandLine), file, Actor.CommandLine);
    if (outcome.Rejected || outcome.Unmatched > 0)
    {
        throw new InvalidOperationException($"{kind.Name()}: {outcome.Summary} {string.Join("; ", outcome.Validation.Errors.Take(3))}");
    }

    return outcome;
}

// Four people a family (two adults, two children); each child has terms of attendance, every family some ASB,
// offences, exclusions, benefits at attachment, employment and referrals, so every rule has work to do. Files are
// written as they are generated, never held in memory.
(string Families, string People, string Attendance, List<(ImportKind, string)> Others) Generate(int families, int attendanceRows, int firstTimedTerm = HistoryTermsPerChild)
{
    var random = new Random(families);
    string Ref(int i)
    {
        Span<char> code = stackalloc char[FamilyCaseReference.Length];
        for (var d = code.Length - 1; d >= 0; d--)
        {
            code[d] = FamilyCaseReference.Alphabet[i % FamilyCaseReference.Alphabet.Length];
            i /= FamilyCaseReference.Alphabet.Length;
        }

        return FamilyCaseReference.Prefix + new string(code);
    }

    DateOnly Attached(int i) => new DateOnly(2013, 1, 1).AddDays(i % 600);
    string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    string PathOf(string name) => Path.Combine(work, $"{name}-{families}.csv");
    StreamWriter Open(string name, string header)
    {
        var writer = new StreamWriter(PathOf(name), false, new UTF8Encoding(false), 1 << 16);
        writer.Write(header);
        writer.Write('\n');
        return writer;
    }

    using (var f = Open("families", "family_ref,attached_on"))
    using (var p = Open("people", "family_ref,person_ref,given_name,family_name,date_of_birth"))
    using (var asb = Open("asb", "person_ref,incident_date,incident_type"))
    using (var offences = Open("offences", "person_ref,offence_date,offence_type"))
    using (var exclusions = Open("exclusions", "person_ref,exclusion_date,exclusion_type,sessions"))
    using (var benefits = Open("benefits", "person_ref,benefit,start_date,end_date"))
    using (var jobs = Open("employment", "person_ref,start_date,end_date"))
    using (var referrals = Open("referrals", "person_ref,referral_date,programme"))
    {
        for (var i = 0; i < families; i++)
        {
            var a = Attached(i);
            f.Write($"{Ref(i)},{Iso(a)}\n");
            for (var m = 0; m < 4; m++)
            {
                var born = m < 2 ? new DateOnly(1975, 1, 1).AddDays(random.Next(3650)) : new DateOnly(2000, 1, 1).AddDays(random.Next(3650));
                p.Write($"{Ref(i)},P{i}-{m},Given{m},Family{i},{Iso(born)}\n");
            }

            for (var k = 0; k < 3; k++)
            {
                asb.Write($"P{i}-2,{Iso(a.AddDays(-10 - 40 * k))},Noise {k}\n");
            }

            offences.Write($"P{i}-3,{Iso(a.AddDays(-30))},Theft\n");
            exclusions.Write($"P{i}-2,{Iso(a.AddDays(-60))},fixed,2\n");
            exclusions.Write($"P{i}-3,{Iso(a.AddDays(-90))},fixed,3\n");
            benefits.Write($"P{i}-0,{(random.Next(2) == 0 ? "JSA" : "ESA")},{Iso(a.AddDays(-100))},\n");
            jobs.Write($"P{i}-0,{Iso(a.AddDays(random.Next(400)))},\n");
            referrals.Write($"P{i}-1,{Iso(a.AddDays(20))},Work Programme\n");
        }
    }

    const string attendanceHeader = "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions";

    // Terms of about 12 weeks, one after another from September 2008, for the two children of each family in turn.
    void Terms(StreamWriter writer, long rows, int firstTerm)
    {
        for (var r = 0L; r < rows; r++)
        {
            var child = (int)(r % (families * 2L));
            var term = firstTerm + (int)(r / (families * 2L));
            var start = new DateOnly(2008, 9, 1).AddDays(term * 91);
            writer.Write($"P{child / 2}-{2 + child % 2},{Iso(start)},{Iso(start.AddDays(83))},120,{random.Next(10)},{random.Next(30)}\n");
        }
    }

    using (var history = Open("attendance-history", attendanceHeader))
    {
        Terms(history, families * 2L * HistoryTermsPerChild, 0);
    }

    using (var timed = Open("attendance", attendanceHeader))
    {
        Terms(timed, attendanceRows, firstTimedTerm);
    }

    return (PathOf("families"), PathOf("people"), PathOf("attendance"),
    [
        (ImportKind.Attendance, PathOf("attendance-history")), (ImportKind.Asb, PathOf("asb")), (ImportKind.Offences, PathOf("offences")),
        (ImportKind.Exclusions, PathOf("exclusions")), (ImportKind.Benefits, PathOf("benefits")), (ImportKind.Employment, PathOf("employment")),
        (ImportKind.WorkProgramme, PathOf("referrals")),
    ]);
}

/// <summary>One timed step: wall clock, processor seconds of the app and of the database server (null: not measured), load average (1, 5, 15 min) at its start and end.</summary>
sealed record Step(string Name, double Wall, double App, double? Server, string LoadAtStart, string LoadAtEnd)
{
    /// <summary>The app's and the server's processor time together: the work itself, whatever the neighbours do.</summary>
    public double Cpu => App + (Server ?? 0);

    public string Figures => string.Create(CultureInfo.InvariantCulture, $"{Wall,6:F1} / {App,6:F1} / {(Server is { } s ? s.ToString("F1", CultureInfo.InvariantCulture) : "n/a"),6}");

    /// <summary>This step against a COPY of the same file (the baseline), by wall clock and by app + server processor time.</summary>
    public string AgainstCopy(Step? copy) => copy is null
        ? "no COPY baseline (PostgreSQL only)"
        : string.Create(CultureInfo.InvariantCulture, $"{Wall:F1} s wall against {copy.Wall:F1} s (x{Wall / copy.Wall:F1}), {Cpu:F1} s app+server CPU against {copy.Cpu:F1} s (x{Cpu / copy.Cpu:F1})");

    public string RatiosTo(Step first) => string.Create(CultureInfo.InvariantCulture, $"x{Wall / first.Wall:F2} wall, x{Cpu / first.Cpu:F2} app+server CPU");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: {Wall:F1} s wall, {App:F1} s app CPU, {(Server is { } s ? $"{s:F1} s server CPU, {Cpu:F1} s app+server CPU" : "server CPU not measured")}; load {LoadAtStart} at start, {LoadAtEnd} at end");
}

/// <summary>Samples the process's working set every 20 ms until stopped, and gives the highest seen.</summary>
sealed class WorkingSetSampler : IDisposable
{
    private readonly Timer _timer;
    private long _peak;

    public WorkingSetSampler()
    {
        _peak = Environment.WorkingSet;
        _timer = new Timer(_ => Sample(), null, 0, 20);
    }

    public long Stop()
    {
        _timer.Dispose();
        Sample();
        return Interlocked.Read(ref _peak);
    }

    public void Dispose() => _timer.Dispose();

    private void Sample()
    {
        var now = Environment.WorkingSet;
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }
}
