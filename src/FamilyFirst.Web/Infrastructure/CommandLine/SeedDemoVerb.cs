using FamilyFirst.Web.Infrastructure.Demo;
using FamilyFirst.Web.Infrastructure.Startup;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>Adds the fictional demo data set. Refuses to run in Production.</summary>
public sealed class SeedDemoVerb : IVerb
{
    public string Name => "seed-demo";

    public string Usage => "seed-demo";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        if (services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            await error.WriteLineAsync("seed-demo refuses to run in Production: demo accounts must never exist on a live service.");
            return 1;
        }

        await FamilyFirstApp.MigrateAsync(services);
        return await DemoData.SeedAsync(services, output) ? 0 : 1;
    }
}
