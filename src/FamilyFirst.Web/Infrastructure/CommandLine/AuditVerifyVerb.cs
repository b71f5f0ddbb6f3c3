using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace FamilyFirst.Web.Infrastructure.CommandLine;

/// <summary>
/// Checks the audit trail's hash chain from the first row to the last and names the first row that was
/// altered, removed or inserted. Streams the rows, so it works on a trail of any length.
/// </summary>
public sealed class AuditVerifyVerb : IVerb
{
    public string Name => "audit verify";

    public string Usage => "audit verify";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var verifier = new AuditChainVerifier();
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable())
        {
            if (!verifier.Check(entry.ToLink()))
            {
                break;
            }
        }

        if (!verifier.IsIntact)
        {
            await error.WriteLineAsync($"The audit trail is broken at row {verifier.FirstBrokenSequence}: {verifier.Problem}.");
            await error.WriteLineAsync($"{verifier.LinksChecked} row(s) before it are intact.");
            return 1;
        }

        await output.WriteLineAsync(verifier.LinksChecked == 0
            ? "The audit trail is empty."
            : $"The audit trail is intact: {verifier.LinksChecked} row(s) checked. Last hash {verifier.LastHash}.");
        return 0;
    }
}
