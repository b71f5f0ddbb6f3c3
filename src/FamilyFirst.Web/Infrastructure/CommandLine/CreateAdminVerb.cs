using System.CommandLine;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Startup;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Creates an administrator: the only way the first account comes to exist. The password is read from
/// standard input so it never appears in the shell history or the process list.
/// </summary>
public sealed class CreateAdminVerb : Verb
{
    private readonly Option<string> _email = new("--email")
    {
        Description = "The administrator's email address, which they sign in with.",
        HelpName = "name@council.gov.uk",
        Required = true,
    };

    public CreateAdminVerb()
    {
        _email.Validators.Add(result =>
        {
            var email = result.GetValueOrDefault<string>();
            if (string.IsNullOrWhiteSpace(email) || !email.Contains('@'))
            {
                result.AddError("Enter an email address after --email, such as --email name@council.gov.uk.");
            }
        });
    }

    public override string Name => "create-admin";

    public override string Description => "Create an administrator. The password is read from standard input, so it never appears in the shell history.";

    protected override IEnumerable<Symbol> Symbols => [_email];

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        var email = command.GetRequiredValue(_email).Trim();
        var password = (await console.Input.ReadLineAsync(cancellationToken))?.TrimEnd('\r', '\n');
        if (string.IsNullOrEmpty(password))
        {
            await console.Error.WriteLineAsync("Enter a password on standard input.");
            return ExitCodes.Usage;
        }

        await FamilyFirstApp.MigrateAsync(console.Services, cancellationToken);
        await using var scope = console.Services.CreateAsyncScope();
        var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, email, "Administrator", [Roles.Administrator], [], password);
        if (!result.Succeeded)
        {
            foreach (var e in result.Errors)
            {
                await console.Error.WriteLineAsync(e.Description);
            }

            return ExitCodes.Failed;
        }

        await console.Output.WriteLineAsync($"Created administrator {email}.");
        return ExitCodes.Success;
    }
}
