using System.CommandLine;
using FamilyFirst.Domain.Audit;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Checks the audit trail's hash chain from the first row to the last and names the first row that was
/// altered, removed or inserted. Streams the rows, so it works on a trail of any length.
/// </summary>
public sealed class AuditVerifyVerb : Verb
{
    public override string Name => "audit verify";

    public override string Description => "Check the audit trail's hash chain from the first row to the last. If a row was altered, removed or inserted, name the first such row and exit 1.";

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        await using var scope = console.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var verifier = new AuditChainVerifier();
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!verifier.Check(entry.ToLink()))
            {
                break;
            }
        }

        if (!verifier.IsIntact)
        {
            await console.Error.WriteLineAsync($"The audit trail is broken at row {verifier.FirstBrokenSequence}: {verifier.Problem}.");
            await console.Error.WriteLineAsync($"{verifier.LinksChecked} row(s) before it are intact.");
            return ExitCodes.Failed;
        }

        await console.Output.WriteLineAsync(verifier.LinksChecked == 0
            ? "The audit trail is empty."
            : $"The audit trail is intact: {verifier.LinksChecked} row(s) checked. Last hash {verifier.LastHash}.");
        return ExitCodes.Success;
    }
}
