using System.CommandLine;
using FamilyFirst.Web.Infrastructure.Demo;
using FamilyFirst.Web.Infrastructure.Startup;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>Adds the fictional demo data set. Refuses to run in Production.</summary>
public sealed class SeedDemoVerb : Verb
{
    public override string Name => "seed-demo";

    public override string Description => "Add the fictional demo data (teams and one account per role). Refuses to run in Production.";

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        if (console.Services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            await console.Error.WriteLineAsync("seed-demo refuses to run in Production: demo accounts must never exist on a live service.");
            return ExitCodes.Failed;
        }

        await FamilyFirstApp.MigrateAsync(console.Services, cancellationToken);
        return await DemoData.SeedAsync(console.Services, console.Output) ? ExitCodes.Success : ExitCodes.Failed;
    }
}
