using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Startup;
using Microsoft.EntityFrameworkCore;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>Applies the database migrations: how production databases are brought up to date.</summary>
public sealed class MigrateVerb : IVerb
{
    public string Name => "migrate";

    public string Usage => "migrate";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count == 0)
            {
                await output.WriteLineAsync("The database is up to date.");
                return 0;
            }

            await output.WriteLineAsync($"Applying {pending.Count} migration(s): {string.Join(", ", pending)}");
        }

        await FamilyFirstApp.MigrateAsync(services);
        await output.WriteLineAsync("Done.");
        return 0;
    }
}
