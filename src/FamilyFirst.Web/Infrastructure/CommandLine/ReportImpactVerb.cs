using FamilyFirst.Web.Infrastructure.Outcomes;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>The impact report as JSON (docs/data-formats.md): counts and percentages for every family on the programme, or a cohort by attachment date.</summary>
public sealed class ReportImpactVerb : IVerb
{
    public string Name => "report impact";

    public string Usage => "report impact --as-at yyyy-MM-dd [--from yyyy-MM-dd --to yyyy-MM-dd]";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var asAt = ResultsFormats.ParseDate(Verbs.Option(args, "--as-at"));
        var fromText = Verbs.Option(args, "--from");
        var toText = Verbs.Option(args, "--to");
        var from = ResultsFormats.ParseDate(fromText);
        var to = ResultsFormats.ParseDate(toText);
        string? problem =
            asAt is null ? "Give the assessment date as --as-at yyyy-MM-dd, for example --as-at 2014-09-01."
            : fromText is not null && from is null ? "--from must be a real date, as yyyy-MM-dd."
            : toText is not null && to is null ? "--to must be a real date, as yyyy-MM-dd."
            : from > to ? "--from must be on or before --to."
            : null;
        if (problem is not null)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var figures = await scope.ServiceProvider.GetRequiredService<FamilyResultsService>().ImpactAsync(asAt!.Value, from, to, CancellationToken.None);
        await output.WriteLineAsync(ResultsFormats.ImpactJson(figures));
        return 0;
    }
}
