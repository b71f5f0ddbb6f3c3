using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;

using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Imports a partner file from the server's disk, as a scheduled job would: the same importer as the upload
/// page and the API. Prints the outcome, the errors to standard error, and exits 1 when nothing was imported.
/// </summary>
public sealed class ImportVerb : IVerb
{
    public string Name => "import";

    public string Usage => "import <kind> <file> [--valid-rows-only] [--dry-run]   kinds: " + string.Join(", ", ImportKinds.All.Select(k => k.Name()));

    public async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var positional = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var unknown = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a is not ("--valid-rows-only" or "--dry-run")).ToList();
        if (positional.Length != 2 || unknown.Count > 0)
        {
            await error.WriteLineAsync(unknown.Count > 0 ? $"Unknown option {unknown[0]}." : "Give the kind of file and the file.");
            await error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }

        var kind = ImportKinds.Parse(positional[0]);
        if (!kind.Succeeded)
        {
            await error.WriteLineAsync(kind.Error);
            return 2;
        }

        var path = positional[1];
        if (!File.Exists(path))
        {
            await error.WriteLineAsync($"There is no file at {path}.");
            return 2;
        }

        var request = new ImportRequest(kind.Value!, path, ImportSource.CommandLine, args.Contains("--valid-rows-only"), args.Contains("--dry-run"));
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<PartnerDataImporter>();
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 65_536, FileOptions.SequentialScan);
        var outcome = await importer.ImportAsync(request, file, Actor.CommandLine);

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
            return 1;
        }

        return 0;
    }
}
