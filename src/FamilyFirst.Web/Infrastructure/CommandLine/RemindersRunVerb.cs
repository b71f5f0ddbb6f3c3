using System.CommandLine;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Runs the daily reminders job now, for a scheduler (cron, a Kubernetes CronJob) instead of, or as well as,
/// the app's own background job. Nothing is queued twice however often it runs.
/// </summary>
public sealed class RemindersRunVerb : Verb
{
    private readonly Option<DateOnly?> _date = VerbOptions.Date("--date", "The day to queue the reminders of; today in the council's time zone if left out.");

    public override string Name => "reminders run";

    public override string Description => "Queue the reminders due today (or on the date given). Safe to run more than once and alongside the app's own daily job; exits 1 if a reminder source failed (the day stays due).";

    protected override IEnumerable<Symbol> Symbols => [_date];

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        var job = console.Services.GetRequiredService<ReminderJob>();
        var day = command.GetValue(_date) ?? job.Today();
        var result = await job.RunAsync(day, cancellationToken);
        if (!result.Ran)
        {
            await console.Error.WriteLineAsync($"Reminders for {day:yyyy-MM-dd} are being run by another node now. Try again in a few minutes.");
            return ExitCodes.Failed;
        }

        if (!result.Succeeded)
        {
            await console.Error.WriteLineAsync(result.Summary);
            return ExitCodes.Failed;
        }

        await console.Output.WriteLineAsync(result.Summary);
        return ExitCodes.Success;
    }
}
