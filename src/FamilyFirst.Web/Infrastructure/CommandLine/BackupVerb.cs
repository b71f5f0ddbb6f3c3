using System.CommandLine;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Takes a consistent backup of the configured database while the app runs: <c>pg_dump</c> (custom format) on
/// PostgreSQL, SQLite's online backup API on SQLite. The backup holds the Data Protection key ring: keep it as
/// secret as the database (docs/operations.md).
/// </summary>
public sealed class BackupVerb : Verb
{
    private readonly Argument<string> _file = new("file") { Description = "The backup file to write (a new file: an existing one is never overwritten)." };

    public override string Name => "backup";

    public override string Description => "Back up the database to a new file, safe while the app runs. The file holds personal data and the key ring: store it encrypted.";

    protected override IEnumerable<Symbol> Symbols => [_file];

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        await using var scope = console.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outcome = await DatabaseBackups.BackupAsync(db, command.GetRequiredValue(_file), cancellationToken);
        await (outcome.Succeeded ? console.Output : console.Error).WriteLineAsync(outcome.Message);
        return outcome.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }
}
