using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.CommandLine;
using FamilyFirst.Web.Infrastructure.Demo;
using FamilyFirst.Web.Infrastructure.Startup;
using Microsoft.Extensions.Options;

// One executable: with a verb (migrate, create-admin, seed-demo, ...) it runs that job and exits;
// without one it serves the web application.
var verb = Verbs.Find(args);
var builder = WebApplication.CreateBuilder(verb is null ? args : []);
builder.AddFamilyFirst();
var app = builder.Build();

if (verb is not null)
{
    return await verb.RunAsync(app.Services, args[verb.Name.Split(' ').Length..], Console.In, Console.Out, Console.Error);
}

app.UseFamilyFirst();
if (app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStart)
{
    await FamilyFirstApp.MigrateAsync(app.Services);
}

await DemoData.SeedOnStartIfConfiguredAsync(app.Services);
await app.RunAsync();
return 0;

/// <summary>The web application's entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
