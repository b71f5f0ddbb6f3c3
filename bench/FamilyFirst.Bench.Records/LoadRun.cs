using System.Diagnostics;
using System.Globalization;
using System.Net;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.CommandLine;
using Microsoft.EntityFrameworkCore;

namespace FamilyFirst.Bench.Records;

/// <summary>
/// Many users at once (<c>--load</c>): loops that each send one request after another for a while, against a static page
/// of the same layout (the empty search form) and the audited family page, alternately, in rounds, in the same run.
/// Prints each half round's rate, p50 and p99, the processor time it took (the app's, and the PostgreSQL cluster's with
/// --pgdata) per request, and the audit rows it added; at the end the means, the ratio, and <c>audit verify</c>.
/// </summary>
internal static class LoadRun
{
    public static async Task<int> RunAsync(IServiceProvider services, HttpClient client, string familyUrl, string staticUrl, int concurrency, double seconds, int rounds, double warmup, string? pgdata)
    {
        var server = pgdata is null ? null : new ServerProcesses(pgdata);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Load: {concurrency} concurrent loops, {rounds} rounds of {seconds:F0} s a page, after {warmup:F0} s of warm-up; static page {staticUrl}, family page {familyUrl}"));
        await RunForAsync(client, staticUrl, concurrency, warmup / 2);
        await RunForAsync(client, familyUrl, concurrency, warmup / 2);

        Console.WriteLine("round | page | requests | req/s | p50 ms | p99 ms | max ms | app CPU ms/req | server CPU ms/req | audit rows added | load");
        var totals = new Dictionary<string, (long Requests, double Seconds, List<double> Times, double Cpu, long Audit)>
        {
            ["static"] = (0, 0, [], 0, 0),
            ["family"] = (0, 0, [], 0, 0),
        };
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var (name, url) in new[] { ("static", staticUrl), ("family", familyUrl) })
            {
                var auditBefore = await CountAuditAsync(services);
                var appBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var serverBefore = server?.ProcessorSeconds() ?? 0;
                var (times, elapsed) = await RunForAsync(client, url, concurrency, seconds);
                var app = (Process.GetCurrentProcess().TotalProcessorTime - appBefore).TotalMilliseconds;
                var serverCpu = server is null ? double.NaN : (server.ProcessorSeconds() - serverBefore) * 1000;
                var audit = await CountAuditAsync(services) - auditBefore;
                times.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{round} | {name} | {times.Count} | {times.Count / elapsed:F0} | {Percentile(times, 0.50):F1} | {Percentile(times, 0.99):F1} | {times[^1]:F1} | {app / times.Count:F2} | {serverCpu / times.Count:F2} | {audit} | {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
                var total = totals[name];
                total.Times.AddRange(times);
                totals[name] = (total.Requests + times.Count, total.Seconds + elapsed, total.Times, total.Cpu + app + (server is null ? 0 : serverCpu), total.Audit + audit);
            }
        }

        foreach (var (name, total) in totals)
        {
            total.Times.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"All rounds, {name}: {total.Requests} requests, {total.Requests / total.Seconds:F0} req/s, p50 {Percentile(total.Times, 0.50):F1} ms, p99 {Percentile(total.Times, 0.99):F1} ms, app{(server is null ? string.Empty : "+server")} CPU {total.Cpu / total.Requests:F2} ms a request, {total.Audit} audit rows ({(double)total.Audit / total.Requests:F3} a request)"));
        }

        var ratio = totals["family"].Requests / totals["family"].Seconds / (totals["static"].Requests / totals["static"].Seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Family page against the static page: x{ratio:F2} the rate (target at least x0.50), p99 {Percentile(totals["family"].Times, 0.99):F1} ms (target under 100 ms)"));

        var failed = 0;
        if (totals["family"].Audit != totals["family"].Requests)
        {
            Console.WriteLine($"FAILED: {totals["family"].Requests} family page views wrote {totals["family"].Audit} audit rows (one each expected)");
            failed = 1;
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = await Verbs.Find(["audit", "verify"])!.RunAsync(services, [], new StringReader(string.Empty), output, error);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"audit verify ({watch.Elapsed.TotalSeconds:F1} s), exit {exit}: {output}{error}").TrimEnd());
        return exit != 0 ? 1 : failed;
    }

    private static async Task<long> CountAuditAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.LongCountAsync();
    }

    private static async Task<(List<double> Times, double Seconds)> RunForAsync(HttpClient client, string url, int concurrency, double seconds)
    {
        var watch = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        var loops = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            var times = new List<double>();
            while (watch.Elapsed < until)
            {
                var started = watch.Elapsed;
                using var response = await client.GetAsync(url);
                await response.Content.LoadIntoBufferAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
                }

                times.Add((watch.Elapsed - started).TotalMilliseconds);
            }

            return times;
        })).ToList();
        var all = (await Task.WhenAll(loops)).SelectMany(t => t).ToList();
        return (all, watch.Elapsed.TotalSeconds);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}

