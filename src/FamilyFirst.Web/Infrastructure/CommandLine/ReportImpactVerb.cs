using System.CommandLine;
using FamilyFirst.Domain.Impact;
using FamilyFirst.Web.Impact;
using FamilyFirst.Web.Outcomes;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// The impact report as JSON (docs/data-formats.md): counts and percentages for every family on the programme, or a cohort by
/// attachment date and team. The same computation as the staff report page and <c>/api/reports/impact</c> (<see cref="ImpactReportService"/>).
/// </summary>
public sealed class ReportImpactVerb : Verb
{
    private readonly Option<DateOnly?> _asAt = VerbOptions.AssessmentDate("--as-at", "The assessment date, for example 2014-09-01:");
    private readonly Option<DateOnly?> _from = VerbOptions.Date("--from", "Only families attached to the programme on or after this date.");
    private readonly Option<DateOnly?> _to = VerbOptions.Date("--to", "Only families attached to the programme on or before this date.");
    private readonly Option<string?> _team = new("--team") { Description = "Only one team's families: the team's name or id.", HelpName = "NAME-OR-ID" };

    public override string Name => "report impact";

    public override string Description => "The impact report as JSON: counts and percentages for the families on the programme at a date, or a cohort by attachment date and team.";

    protected override IEnumerable<Symbol> Symbols => [_asAt, _from, _to, _team];

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        if (command.GetValue(_from) is { } from && command.GetValue(_to) is { } to && from > to)
        {
            await console.Error.WriteLineAsync("--from must be on or before --to.");
            return ExitCodes.Usage;
        }

        await using var scope = console.Services.CreateAsyncScope();
        var teamText = command.GetValue(_team);
        var team = await ImpactTeams.FindAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), teamText, cancellationToken);
        if (teamText is not null && team is null)
        {
            await console.Error.WriteLineAsync($"There is no team called {teamText}.");
            return ExitCodes.Usage;
        }

        var cohort = new ImpactCohort(command.GetValue(_asAt)!.Value, command.GetValue(_from), command.GetValue(_to), team?.Id, team?.Name);
        var figures = await scope.ServiceProvider.GetRequiredService<ImpactReportService>().HeadlineAsync(cohort, cancellationToken);
        await console.Output.WriteLineAsync(ResultsFormats.ImpactJson(figures));
        return ExitCodes.Success;
    }
}
