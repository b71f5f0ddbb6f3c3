using System.Text;
using System.Text.Json;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Outcomes;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Writes every family's Family First results at an assessment date, one row per family (CSV) or one object
/// per family with the working (JSON), streaming so that any number of families fits in memory. The export is
/// audited. Families attached on or after the assessment date are left out.
/// </summary>
public sealed class ResultsVerb : IVerb
{
    public string Name => "results";

    public string Usage => "results --as-at yyyy-MM-dd [--format csv|json] [--output FILE]";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var asAt = ResultsFormats.ParseDate(Verbs.Option(args, "--as-at"));
        var format = Verbs.Option(args, "--format") ?? "csv";
        var path = Verbs.Option(args, "--output");
        if (asAt is null || format is not ("csv" or "json"))
        {
            await error.WriteLineAsync(asAt is null ? "Give the assessment date as --as-at yyyy-MM-dd, for example --as-at 2014-09-01." : "The format must be csv or json.");
            await error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var results = scope.ServiceProvider.GetRequiredService<FamilyResultsService>();
        var summary = path is null ? error : output;
        int count;
        if (path is null)
        {
            count = await WriteAsync(results, asAt.Value, format, output);
        }
        else
        {
            await using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), 65_536);
            count = await WriteAsync(results, asAt.Value, format, file);
        }

        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        await audit.RecordAndSaveAsync(AuditAction.Export, "FamilyResults", "all", detail: $"results verb: {count} families at {asAt:yyyy-MM-dd} as {format}");
        await summary.WriteLineAsync($"Results at {asAt:yyyy-MM-dd} for {count} families" + (path is null ? "." : $" written to {path}."));
        return 0;
    }

    private static async Task<int> WriteAsync(FamilyResultsService results, DateOnly asAt, string format, TextWriter writer)
    {
        var count = 0;
        if (format == "csv")
        {
            await writer.WriteAsync(ResultsFormats.CsvHeader + "\r\n");
            await foreach (var (_, family) in results.StreamAsync(asAt))
            {
                if (!family.Eligible) continue;
                await writer.WriteAsync(ResultsFormats.CsvRow(family) + "\r\n");
                count++;
            }

            await writer.FlushAsync();
            return count;
        }

        using var buffer = new MemoryStream();
        await using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        await foreach (var (_, family) in results.StreamAsync(asAt))
        {
            if (!family.Eligible) continue;
            ResultsFormats.WriteJson(json, family);
            count++;

            // Hand the text on every so often, so the buffer stays small however many families there are.
            if (buffer.Length > 1_000_000)
            {
                await json.FlushAsync();
                await writer.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                buffer.SetLength(0);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync();
        await writer.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        await writer.WriteLineAsync();
        await writer.FlushAsync();
        return count;
    }
}
