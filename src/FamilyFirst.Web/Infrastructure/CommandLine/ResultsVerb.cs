using System.CommandLine;
using System.Text;
using System.Text.Json;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Outcomes;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Writes every family's Family First results at an assessment date, one row per family (CSV) or one object
/// per family with the working (JSON), streaming so that any number of families fits in memory. The export is
/// audited. Families attached on or after the assessment date are left out.
/// </summary>
public sealed class ResultsVerb : Verb
{
    private readonly Option<DateOnly?> _asAt = VerbOptions.AssessmentDate("--as-at", "The assessment date, for example 2014-09-01:");
    private readonly Option<string> _format = new Option<string>("--format")
    {
        Description = "csv: the results columns, one row a family; json: the same with the working.",
        DefaultValueFactory = _ => "csv",
    }.AcceptOnlyFromAmong("csv", "json");

    private readonly Option<string> _framework = new Option<string>("--framework")
    {
        Description = "family-first-2012: the original rules (the default); supporting-families-2022: the families on the Supporting Families framework.",
        DefaultValueFactory = _ => OutcomeFrameworks.FamilyFirst2012Code,
    }.AcceptOnlyFromAmong(OutcomeFrameworks.FamilyFirst2012Code, OutcomeFrameworks.SupportingFamilies2022Code);

    private readonly Option<string?> _output = new("--output")
    {
        Description = "The file to write; standard output if left out (the summary then goes to standard error).",
        HelpName = "FILE",
    };

    public override string Name => "results";

    public override string Description => "Every family's Family First results at an assessment date (the results columns; JSON adds the working), or with --framework supporting-families-2022 the Supporting Families results, streamed in batches. Audited as an export.";

    protected override IEnumerable<Symbol> Symbols => [_asAt, _format, _framework, _output];

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        var asAt = command.GetValue(_asAt)!.Value;
        var format = command.GetRequiredValue(_format);
        var path = command.GetValue(_output);
        var supportingFamilies = command.GetRequiredValue(_framework) == OutcomeFrameworks.SupportingFamilies2022Code;
        await using var scope = console.Services.CreateAsyncScope();
        var summary = path is null ? console.Error : console.Output;
        Task<int> Write(TextWriter writer) => supportingFamilies
            ? WriteSupportingFamiliesAsync(scope.ServiceProvider.GetRequiredService<SupportingFamiliesResultsService>(), asAt, format, writer, cancellationToken)
            : WriteAsync(scope.ServiceProvider.GetRequiredService<FamilyResultsService>(), asAt, format, writer);
        int count;
        if (path is null)
        {
            count = await Write(console.Output);
        }
        else
        {
            await using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), 65_536);
            count = await Write(file);
        }

        var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        var frameworkText = supportingFamilies ? " under " + OutcomeFrameworks.SupportingFamilies2022Code : string.Empty;
        await audit.RecordAndSaveAsync(AuditAction.Export, "FamilyResults", "all", detail: $"results verb: {count} families at {asAt:yyyy-MM-dd} as {format}{frameworkText}", cancellationToken: cancellationToken);
        await summary.WriteLineAsync($"Results{frameworkText} at {asAt:yyyy-MM-dd} for {count} families" + (path is null ? "." : $" written to {path}."));
        return ExitCodes.Success;
    }

    /// <summary>The Supporting Families results: the documented columns (CSV), or the same with each need's working (JSON).</summary>
    private static async Task<int> WriteSupportingFamiliesAsync(SupportingFamiliesResultsService results, DateOnly asAt, string format, TextWriter writer, CancellationToken cancellationToken)
    {
        var count = 0;
        if (format == "csv")
        {
            await writer.WriteAsync(SupportingFamiliesFormats.CsvHeader + "\r\n");
        }
        else
        {
            await writer.WriteAsync("[");
        }

        await foreach (var family in results.StreamAsync(asAt, cancellationToken))
        {
            await writer.WriteAsync(format == "csv"
                ? SupportingFamiliesFormats.CsvRow(family) + "\r\n"
                : (count == 0 ? "\n" : ",\n") + SupportingFamiliesFormats.Json(family));
            count++;
        }

        if (format != "csv")
        {
            await writer.WriteLineAsync(count == 0 ? "]" : "\n]");
        }

        await writer.FlushAsync(cancellationToken);
        return count;
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
