using System.CommandLine;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Audit;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Checks the audit trail, every chain from its first row to its last (ADR 0030), with the audit key (ADR 0018): names the first row that was
/// altered, removed or inserted, or recomputed without the key, and compares the trail with the latest checkpoint
/// outside the database, so deleting the newest rows is found too. A trail that holds gets a new checkpoint. Streams
/// the rows, so it works on a trail of any length.
/// </summary>
public sealed class AuditVerifyVerb : Verb
{
    public override string Name => "audit verify";

    public override string Description => "Check the audit trail's keyed chain from the first row to the last, and against the latest checkpoint outside the database. If a row was altered, removed or inserted, or the newest rows were deleted, say so and exit 1.";

    protected override async Task<int> RunAsync(ParseResult command, VerbConsole console, CancellationToken cancellationToken)
    {
        await using var scope = console.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var key = scope.ServiceProvider.GetRequiredService<AuditKey>();
        var checkpoints = scope.ServiceProvider.GetRequiredService<AuditCheckpoints>();
        var (checkpoint, notAuthentic) = await checkpoints.ReadLatestAsync(cancellationToken);
        if (notAuthentic > 0)
        {
            await console.Error.WriteLineAsync($"{notAuthentic} line(s) of the checkpoint file {key.CheckpointPath} were not written with the audit key and were ignored.");
        }

        var verifier = new AuditChainVerifier(key.Key, key.KeyedFrom, checkpoint);
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Chain).ThenBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (!verifier.Check(entry.ToLink()))
            {
                break;
            }
        }

        verifier.Finish();
        if (!verifier.IsIntact)
        {
            await console.Error.WriteLineAsync($"The audit trail is broken at {AuditChainVerifier.Row(verifier.FirstBrokenChain ?? 0, verifier.FirstBrokenSequence ?? 0)}: {verifier.Problem}.");
            await console.Error.WriteLineAsync($"{verifier.LinksChecked} row(s) before it are intact.");
            return ExitCodes.Failed;
        }

        if (verifier.LinksChecked == 0)
        {
            await console.Output.WriteLineAsync("The audit trail is empty.");
            return ExitCodes.Success;
        }

        await checkpoints.WriteAsync(db, cancellationToken);
        await console.Output.WriteLineAsync(
            $"The audit trail is intact: {verifier.LinksChecked} row(s) checked"
            + (checkpoint is null ? ", no earlier checkpoint" : $", matching the checkpoint of {checkpoint.WrittenAtUtc:yyyy-MM-dd HH:mm} UTC ({checkpoint.Count} rows)")
            + (verifier.Heads.Count == 1 ? $". Last hash {verifier.LastHash}" : $" in {verifier.Heads.Count} chains")
            + $". Checkpoint written to {key.CheckpointPath}.");
        return ExitCodes.Success;
    }
}
