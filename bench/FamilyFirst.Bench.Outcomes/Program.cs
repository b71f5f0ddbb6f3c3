using System.Diagnostics;
using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Imports;
using FamilyFirst.Web.Infrastructure.Outcomes;
using FamilyFirst.Web.Infrastructure.Startup;
using Npgsql;

// Times the results engine and the importer at several sizes, on SQLite or PostgreSQL, through the app's own
// services. Each size gets a fresh database, seeded through the importer itself (families, people, then partner
// files). Every figure is printed with its ratio to the first (smallest) size, measured in the same run.
//
//   dotnet run -c Release --project bench/FamilyFirst.Bench.Outcomes -- --provider Sqlite --families 10000,100000
//   dotnet run -c Release --project bench/FamilyFirst.Bench.Outcomes -- --provider Postgres \
//       --connection "Host=127.0.0.1;Port=5432;Username=postgres" --families 10000,100000 --attendance-rows 1000000
var provider = Option("--provider") ?? "Sqlite";
var connection = Option("--connection");
var sizes = (Option("--families") ?? "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var attendanceRowsOption = Option("--attendance-rows");
var work = Path.Combine(Path.GetTempPath(), "familyfirst-bench-" + Guid.NewGuid().ToString("N")[..8]);
Directory.CreateDirectory(work);
var asAt = new DateOnly(2015, 9, 1);

Console.WriteLine($"Family First outcomes benchmark: {provider}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
Console.WriteLine("families | people | partner rows | import families+people s | import attendance rows | import attendance s | results s | results peak MB | ratio results vs first");
double? baselineResults = null;
double? baselineImport = null;
foreach (var families in sizes)
{
    var attendanceRows = attendanceRowsOption is null ? families * 10 : int.Parse(attendanceRowsOption, CultureInfo.InvariantCulture);
    var connectionString = FreshDatabase(families);
    await using var app = Build(connectionString);
    await FamilyFirstApp.MigrateAsync(app.Services);

    var files = Generate(families, attendanceRows);
    var seed = Stopwatch.StartNew();
    await ImportAsync(app.Services, ImportKind.Families, files.Families);
    await ImportAsync(app.Services, ImportKind.People, files.People);
    seed.Stop();
    var attendance = Stopwatch.StartNew();
    var imported = await ImportAsync(app.Services, ImportKind.Attendance, files.Attendance);
    attendance.Stop();
    var others = 0;
    foreach (var (kind, path) in files.Others)
    {
        others += (await ImportAsync(app.Services, kind, path)).Added;
    }

    GC.Collect();
    var before = Process.GetCurrentProcess().PeakWorkingSet64;
    var results = Stopwatch.StartNew();
    var count = 0;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        var service = scope.ServiceProvider.GetRequiredService<FamilyResultsService>();
        await using var output = new StreamWriter(Stream.Null);
        await output.WriteLineAsync(ResultsFormats.CsvHeader);
        await foreach (var (_, result) in service.StreamAsync(asAt))
        {
            if (!result.Eligible) continue;
            await output.WriteLineAsync(ResultsFormats.CsvRow(result));
            count++;
        }
    }

    results.Stop();
    var peakMb = Math.Max(before, Process.GetCurrentProcess().PeakWorkingSet64) / 1024d / 1024d;
    baselineResults ??= results.Elapsed.TotalSeconds;
    baselineImport ??= attendance.Elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{families,8:N0} | {families * 4,6:N0} | {imported.Added + others,12:N0} | {seed.Elapsed.TotalSeconds,24:F1} | {attendanceRows,21:N0} | {attendance.Elapsed.TotalSeconds,19:F1} | {results.Elapsed.TotalSeconds,9:F1} | {peakMb,15:F0} | x{results.Elapsed.TotalSeconds / baselineResults.Value:F2} (attendance import x{attendance.Elapsed.TotalSeconds / baselineImport.Value:F2}); {count:N0} families with results"));
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
        var builder = new NpgsqlConnectionStringBuilder(connection ?? throw new ArgumentException("--connection is needed for Postgres")) { Database = $"ff_bench_{families}_{Guid.NewGuid():N}"[..40] };
        return builder.ConnectionString;
    }

    return $"Data Source={Path.Combine(work, $"bench-{families}.db")}";
}

WebApplication Build(string connectionString)
{
    var builder = WebApplication.CreateBuilder([]);
    builder.Configuration["Database:Provider"] = provider;
    builder.Configuration["ConnectionStrings:Default"] = connectionString;
    builder.AddFamilyFirst();
    builder.Logging.ClearProviders();
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
// offences, benefits at attachment, employment and referrals, so every rule has work to do.
(string Families, string People, string Attendance, List<(ImportKind, string)> Others) Generate(int families, int attendanceRows)
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
    string Write(string name, StringBuilder text)
    {
        var path = Path.Combine(work, $"{name}-{families}.csv");
        File.WriteAllText(path, text.ToString());
        return path;
    }

    var f = new StringBuilder("family_ref,attached_on\n");
    var p = new StringBuilder("family_ref,person_ref,given_name,family_name,date_of_birth\n");
    var asb = new StringBuilder("person_ref,incident_date,incident_type\n");
    var offences = new StringBuilder("person_ref,offence_date,offence_type\n");
    var benefits = new StringBuilder("person_ref,benefit,start_date,end_date\n");
    var jobs = new StringBuilder("person_ref,start_date,end_date\n");
    var referrals = new StringBuilder("person_ref,referral_date,programme\n");
    for (var i = 0; i < families; i++)
    {
        var a = Attached(i);
        f.Append(Ref(i)).Append(',').Append(Iso(a)).Append('\n');
        for (var m = 0; m < 4; m++)
        {
            var born = m < 2 ? new DateOnly(1975, 1, 1).AddDays(random.Next(3650)) : new DateOnly(2000, 1, 1).AddDays(random.Next(3650));
            p.Append(Ref(i)).Append(",P").Append(i).Append('-').Append(m).Append(",Given").Append(m).Append(",Family").Append(i).Append(',').Append(Iso(born)).Append('\n');
        }

        for (var k = 0; k < 3; k++)
        {
            asb.Append('P').Append(i).Append("-2,").Append(Iso(a.AddDays(-10 - 40 * k))).Append(",Noise ").Append(k).Append('\n');
        }

        offences.Append('P').Append(i).Append("-3,").Append(Iso(a.AddDays(-30))).Append(",Theft\n");
        benefits.Append('P').Append(i).Append("-0,").Append(random.Next(2) == 0 ? "JSA" : "ESA").Append(',').Append(Iso(a.AddDays(-100))).Append(",\n");
        jobs.Append('P').Append(i).Append("-0,").Append(Iso(a.AddDays(random.Next(400)))).Append(",\n");
        referrals.Append('P').Append(i).Append("-1,").Append(Iso(a.AddDays(20))).Append(",Work Programme\n");
    }

    // Attendance: terms of about 12 weeks, one after another, for the two children of each family in turn.
    var att = new StringBuilder("person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n");
    for (var r = 0; r < attendanceRows; r++)
    {
        var child = r % (families * 2);
        var term = r / (families * 2);
        var start = new DateOnly(2010, 9, 1).AddDays(term * 91);
        att.Append('P').Append(child / 2).Append('-').Append(2 + child % 2).Append(',').Append(Iso(start)).Append(',').Append(Iso(start.AddDays(83)))
            .Append(",120,").Append(random.Next(10)).Append(',').Append(random.Next(30)).Append('\n');
    }

    return (Write("families", f), Write("people", p), Write("attendance", att),
    [
        (ImportKind.Asb, Write("asb", asb)), (ImportKind.Offences, Write("offences", offences)), (ImportKind.Benefits, Write("benefits", benefits)),
        (ImportKind.Employment, Write("employment", jobs)), (ImportKind.WorkProgramme, Write("referrals", referrals)),
    ]);
}
