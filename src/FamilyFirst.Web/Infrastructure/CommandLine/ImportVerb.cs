using System.CommandLine;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Imports a partner file from the server's disk, as a scheduled job would: the same importer as the upload
/// page and the API. Prints the outcome, the errors to standard error, and exits 1 when nothing was imported.
/// </summary>
public sealed class ImportVerb : Verb
{
    private readonly Argument<ImportKind> _kind = new("kind")
    {
        HelpName = "kind",
        Description = "The kind of file: " + string.Join(", ", ImportKinds.All.Select(k => k.Name())) + ".",
        CustomParser = result =>
        {
            var kind = ImportKinds.Parse(result.Tokens.Count > 0 ? result.Tokens[0].Value : null);
            if (!kind.Succeeded)
            {
                result.AddError(kind.Error!);
                return default;
            }

            return kind.Value;
        },
    };

    private readonly Argument<string> _file = new("file") { Description = "The file to import, on this server's disk." };

    private readonly Option<bool> _validRowsOnly = new("--valid-rows-only") { Description = "Import the valid rows of a file that has errors (otherwise a file with errors applies nothing)." };

    private readonly Option<bool> _dryRun = new("--dry-run") { Description = "Check and match the file and report, saving nothing." };

    public ImportVerb()
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

    public override string Name => "import";

    public override string Description => "Import a partner data file. The whole file is checked first; a file with errors applies nothing (exit 1) unless --valid-rows-only. Importing the same file twice changes nothing.";

    protected override IEnumerable<Symbol> Symbols => [_kind, _file, _validRowsOnly, _dryRun];

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        var path = command.GetRequiredValue(_file);
        var request = new ImportRequest(command.GetValue(_kind), path, ImportSource.CommandLine, command.GetValue(_validRowsOnly), command.GetValue(_dryRun));
        await using var scope = console.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<PartnerDataImporter>();
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65_536, FileOptions.SequentialScan);
        var outcome = await importer.ImportAsync(request, file, Actor.CommandLine, cancellationToken: cancellationToken);
        var (output, error) = (console.Output, console.Error);

        foreach (var problem in outcome.Validation.Errors)
        {
            await error.WriteLineAsync(problem.Message);
        }

        if (outcome.Validation.ErrorCount > outcome.Validation.Errors.Count)
        {
            await error.WriteLineAsync($"... and {outcome.Validation.ErrorCount - outcome.Validation.Errors.Count} more errors.");
        }

        foreach (var row in outcome.UnmatchedRows)
        {
            await output.WriteLineAsync($"Line {row.Line}: not matched ({row.Person}): {row.Reason}");
        }

        await output.WriteLineAsync($"{outcome.Kind.Name()} file {outcome.FileName} (SHA-256 {outcome.Sha256})");
        await output.WriteLineAsync(outcome.Summary);
        if (outcome.Rejected)
        {
            await error.WriteLineAsync(outcome.Validation.FileIsReadable
                ? "The file has errors, so nothing was imported. Correct them, or use --valid-rows-only to import the valid rows."
                : "The file cannot be read as a whole, so nothing was imported.");
            return ExitCodes.Failed;
        }

        return ExitCodes.Success;
    }
}
