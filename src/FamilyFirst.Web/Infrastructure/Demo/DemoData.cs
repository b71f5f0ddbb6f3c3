using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace FamilyFirst.Web.Infrastructure.Demo;

/// <summary>
/// A clearly fictional demo data set for trying the service and for the browser tests: two teams and one
/// member of staff in each role, and the demo families (<see cref="DemoFamilies"/>). Never runs in Production.
/// </summary>
public static class DemoData
{
    public const string NorthTeam = "North Family Support (demo)";
    public const string SouthTeam = "South Family Support (demo)";

    /// <summary>The demo accounts: all share the demo password from configuration (DemoData:Password).</summary>
    public static readonly IReadOnlyList<(string Email, string Name, string Role, string Team)> Accounts =
    [
        ("admin@demo.familyfirst.test", "Alex Admin", Roles.Administrator, NorthTeam),
        ("manager@demo.familyfirst.test", "Morgan Manager", Roles.Manager, NorthTeam),
        ("practitioner@demo.familyfirst.test", "Priya Practitioner", Roles.Practitioner, NorthTeam),
        ("practitioner.south@demo.familyfirst.test", "Sam South", Roles.Practitioner, SouthTeam),
        ("coordinator@demo.familyfirst.test", "Casey Coordinator", Roles.Coordinator, SouthTeam),
        ("analyst@demo.familyfirst.test", "Ash Analyst", Roles.Analyst, NorthTeam),
        ("trainer@demo.familyfirst.test", "Taylor Trainer", Roles.Trainer, NorthTeam),
    ];

    public static async Task SeedOnStartIfConfiguredAsync(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        if (!configuration.GetValue<bool>("DemoData:SeedOnStart"))
        {
            return;
        }

        await SeedAsync(services, Console.Out);
    }

    /// <summary>Adds the demo data unless it is already there. Returns false when refused.</summary>
    public static async Task<bool> SeedAsync(IServiceProvider services, TextWriter output)
    {
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (environment.IsProduction())
        {
            await output.WriteLineAsync("Demo data is never added in Production.");
            return false;
        }

        var password = services.GetRequiredService<IConfiguration>()["DemoData:Password"];
        if (string.IsNullOrEmpty(password))
        {
            await output.WriteLineAsync("Set DemoData:Password to the password the demo accounts should use.");
            return false;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        if (await db.Teams.AnyAsync(t => t.Name == NorthTeam))
        {
            var familiesAdded = await DemoFamilies.SeedAsync(db, time);
            await DemoMeetings.SeedAsync(db, time);
            await output.WriteLineAsync(familiesAdded == 0 ? "Demo data is already present." : $"Demo data is already present; added {familiesAdded} demo families.");
            await PrintAccountsAsync(output);
            return true;
        }

        var teams = new Dictionary<string, Team>
        {
            [NorthTeam] = new() { Id = Guid.NewGuid(), Name = NorthTeam },
            [SouthTeam] = new() { Id = Guid.NewGuid(), Name = SouthTeam },
        };
        db.Teams.AddRange(teams.Values);
        await db.SaveChangesAsync();

        foreach (var (email, name, role, team) in Accounts)
        {
            var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, email, name, [role], [teams[team].Id], password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create demo account {email}: {string.Join(' ', result.Errors.Select(e => e.Description))}");
            }
        }

        await DemoFamilies.SeedAsync(db, time);
        await DemoMeetings.SeedAsync(db, time);
        await output.WriteLineAsync("Added the demo data.");
        await PrintAccountsAsync(output);
        return true;
    }

    private static async Task PrintAccountsAsync(TextWriter output)
    {
        await output.WriteLineAsync("Demo accounts (password: the DemoData:Password setting):");
        foreach (var (email, _, role, team) in Accounts)
        {
            await output.WriteLineAsync($"  {role,-14} {email}  ({team})");
        }
    }
}
