using System.CommandLine;
using FamilyFirst.Web.Infrastructure.Startup;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>Applies the database migrations: how production databases are brought up to date.</summary>
public sealed class MigrateVerb : Verb
{
    public override string Name => "migrate";

    public override string Description => "Apply the database migrations (how production databases are updated).";

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        await using (var scope = console.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count == 0)
            {
                await console.Output.WriteLineAsync("The database is up to date.");
                return ExitCodes.Success;
            }

            await console.Output.WriteLineAsync($"Applying {pending.Count} migration(s): {string.Join(", ", pending)}");
        }

        await FamilyFirstApp.MigrateAsync(console.Services, cancellationToken);
        await console.Output.WriteLineAsync("Done.");
        return ExitCodes.Success;
    }
}
