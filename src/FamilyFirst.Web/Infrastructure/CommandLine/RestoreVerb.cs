using System.CommandLine;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Restores a backup made by <see cref="BackupVerb"/> into the configured database, which must be new or empty:
/// a restore never writes over data. Then <c>audit verify</c> checks the restored trail.
/// </summary>
public sealed class RestoreVerb : Verb
{
    private readonly Argument<string> _file = new("file") { Description = "The backup file, as the backup command wrote it." };

    public RestoreVerb()
    {
        _file.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (!File.Exists(path))
            {
                result.AddError($"There is no file at {path}.");
            }
        });
    }

    public override string Name => "restore";

    public override string Description => "Restore a backup into the configured database, which must be new or empty (on PostgreSQL it is created if missing). Run 'audit verify' after it.";

    protected override IEnumerable<Symbol> Symbols => [_file];

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        await using var scope = console.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var outcome = await DatabaseBackups.RestoreAsync(db, command.GetRequiredValue(_file), cancellationToken);
        await (outcome.Succeeded ? console.Output : console.Error).WriteLineAsync(outcome.Message);
        return outcome.Succeeded ? ExitCodes.Success : ExitCodes.Failed;
    }
}
