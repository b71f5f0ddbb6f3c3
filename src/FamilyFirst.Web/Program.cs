using FamilyFirst.Web.Infrastructure.CommandLine;
using FamilyFirst.Web.Infrastructure.Demo;
using FamilyFirst.Web.Infrastructure.Startup;
using Microsoft.Extensions.Options;

// One executable: with a verb (migrate, create-admin, seed-demo, ...) or --help it runs that and exits;
// without one (no arguments, or only ASP.NET Core's options such as --urls) it serves the web application.
if (!Verbs.ServeTheWebApplication(args))
{
    WebApplication? jobHost = null;
    try
    {
        // The application is built only when a verb runs: --help and a wrong command line need no database.
        return await Verbs.RunAsync(args, () => (jobHost = BuildJobHost()).Services, Console.In, Console.Out, Console.Error);
    }
    finally
    {
        if (jobHost is not null)
        {
            await jobHost.DisposeAsync();
        }
    }
}

var builder = WebApplication.CreateBuilder(args);
builder.AddFamilyFirst();
var app = builder.Build();
app.UseFamilyFirst();
if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
{
    await FamilyFirstApp.MigrateAsync(app.Services);
}

await DemoData.SeedOnStartIfConfiguredAsync(app.Services);
await app.RunAsync();
return 0;

static WebApplication BuildJobHost()
{
    var builder = WebApplication.CreateBuilder([]);
    builder.AddFamilyFirst();
    return builder.Build();
}

/// <summary>The web application's entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
