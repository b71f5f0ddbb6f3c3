using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Impact;
using FamilyFirst.Web.Infrastructure.Outcomes;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// The impact report as JSON (docs/data-formats.md): counts and percentages for every family on the programme, or a cohort by
/// attachment date and team. The same computation as the staff report page and <c>/api/reports/impact</c> (<see cref="ImpactReportService"/>).
/// </summary>
public sealed class ReportImpactVerb : IVerb
{
    public string Name => "report impact";

    public string Usage => "report impact --as-at yyyy-MM-dd [--from yyyy-MM-dd --to yyyy-MM-dd] [--team NAME-OR-ID]";

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
        var teamText = Verbs.Option(args, "--team");
        var team = await ImpactTeams.FindAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), teamText, CancellationToken.None);
        if (teamText is not null && team is null)
        {
            await error.WriteLineAsync($"There is no team called {teamText}.");
            await error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var cohort = new ImpactCohort(asAt!.Value, from, to, team?.Id, team?.Name);
        var figures = await scope.ServiceProvider.GetRequiredService<ImpactReportService>().HeadlineAsync(cohort, CancellationToken.None);
        await output.WriteLineAsync(ResultsFormats.ImpactJson(figures));
        return 0;
    }
}
