using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Creates an administrator: the only way the first account comes to exist. The password is read from
/// standard input so it never appears in the shell history or the process list.
/// </summary>
public sealed class CreateAdminVerb : IVerb
{
    public string Name => "create-admin";

    public string Usage => "create-admin --email X   (reads the password from standard input)";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var email = Verbs.Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
        {
            await error.WriteLineAsync("Enter an email address: create-admin --email name@council.gov.uk");
            return 2;
        }

        var password = (await input.ReadLineAsync())?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("Enter a password on standard input.");
            return 2;
        }

        await FamilyFirstApp.MigrateAsync(services);
        await using var scope = services.CreateAsyncScope();
        var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, email.Trim(), "Administrator", [Roles.Administrator], [], password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                await error.WriteLineAsync(e.Description);
            }

            return 1;
        }

        await output.WriteLineAsync($"Created administrator {email.Trim()}.");
        return 0;
    }
}
