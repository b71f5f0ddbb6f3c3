using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Infrastructure.Audit;

using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Imports;

/// <summary>Works through the unmatched queue: a row staff match to a person is applied as if the file had named them.</summary>
public sealed class UnmatchedRowResolver(AppDbContext db, IEnumerable<IImportApplier> appliers, AuditTrail audit, TimeProvider clock)
{
    /// <summary>Applies a waiting row to the chosen person, in one transaction with the queue's change and the audit row.</summary>
    public async Task<Result> MatchAsync(Guid unmatchedRowId, Guid personId, Actor actor, CancellationToken cancellationToken)
    {
        var waiting = await db.UnmatchedImportRows.SingleOrDefaultAsync(u => u.Id == unmatchedRowId, cancellationToken);
        if (waiting is null)
        {
            return Result.Fail("The row is no longer in the unmatched queue");
        }

        if (waiting.Status != UnmatchedRowStatus.Waiting)
        {
            return Result.Fail("The row has already been dealt with");
        }

        var parsed = ImportFileValidator.Validate(waiting.Kind, new StringReader(waiting.RowCsv));
        if (parsed.Rows is not [PersonDataRow row])
        {
            throw new InvalidOperationException($"Unmatched row {waiting.Id} no longer reads as a {waiting.Kind.Name()} row: {string.Join("; ", parsed.Report.Errors)}");
        }

        var applier = appliers.OfType<IPersonRowApplier>().Single(a => a.Kind == waiting.Kind);
        var run = await db.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == waiting.ImportRunId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        await applier.ApplyToPersonAsync(new ImportBatch(db, run, now, []), row, personId, cancellationToken);

        waiting.Status = UnmatchedRowStatus.Applied;
        waiting.ResolvedPersonId = personId;
        waiting.ResolvedByName = actor.Name;
        waiting.ResolvedAtUtc = now;
        audit.Record(AuditAction.Change, nameof(UnmatchedImportRow), waiting.Id.ToString(), detail: $"Matched an unmatched {waiting.Kind.Name()} row to person {personId} and applied it");
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }

    /// <summary>Takes a row out of the queue without applying it: it is about nobody on the programme.</summary>
    public async Task<Result> DismissAsync(Guid unmatchedRowId, Actor actor, CancellationToken cancellationToken)
    {
        var waiting = await db.UnmatchedImportRows.SingleOrDefaultAsync(u => u.Id == unmatchedRowId, cancellationToken);
        if (waiting is null || waiting.Status != UnmatchedRowStatus.Waiting)
        {
            return Result.Fail("The row has already been dealt with");
        }

        waiting.Status = UnmatchedRowStatus.Dismissed;
        waiting.ResolvedByName = actor.Name;
        waiting.ResolvedAtUtc = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditAction.Change, nameof(UnmatchedImportRow), waiting.Id.ToString(), detail: $"Dismissed an unmatched {waiting.Kind.Name()} row");
        await db.SaveChangesAsync(cancellationToken);
        return Result.Ok();
    }
}
