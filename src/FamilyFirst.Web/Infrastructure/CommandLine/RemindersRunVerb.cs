using System.Globalization;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Runs the daily reminders job now, for a scheduler (cron, a Kubernetes CronJob) instead of, or as well as,
/// the app's own background job. Nothing is queued twice however often it runs.
/// </summary>
public sealed class RemindersRunVerb : IVerb
{
    public string Name => "reminders run";

    public string Usage => "reminders run [--date yyyy-MM-dd]   (the day defaults to today in the council's time zone)";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var job = services.GetRequiredService<ReminderJob>();
        var day = job.Today();
        var date = Verbs.Option(args, "--date");
        if (args.Contains("--date") && date is null)
        {
            await error.WriteLineAsync("Enter a date after --date, for example --date 2026-12-01.");
            return 2;
        }

        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            await error.WriteLineAsync($"The date must be a real date in the form yyyy-MM-dd, for example 2026-12-01 (not '{date}').");
            return 2;
        }

        var result = await job.RunAsync(day, CancellationToken.None);
        if (!result.Ran)
        {
            await error.WriteLineAsync($"Reminders for {day:yyyy-MM-dd} are being run by another node now. Try again in a few minutes.");
            return 1;
        }

        if (!result.Succeeded)
        {
            await error.WriteLineAsync(result.Summary);
            return 1;
        }

        await output.WriteLineAsync(result.Summary);
        return 0;
    }
}
