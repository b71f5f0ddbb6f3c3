using System.Runtime.CompilerServices;
using FamilyFirst.Domain.Outcomes;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Outcomes;

/// <summary>The families on the Family First programme, read a batch at a time in a stable order (by reference).</summary>
public interface IProgrammeFamilies
{
    /// <summary>
    /// The next <paramref name="size"/> families after <paramref name="afterReference"/> (by reference), optionally only those
    /// attached in <c>[attachedFrom, attachedTo]</c>, each with its members' dates of birth.
    /// </summary>
    Task<IReadOnlyList<FamilyOnProgramme>> NextBatchAsync(string? afterReference, int size, DateOnly? attachedFrom, DateOnly? attachedTo, CancellationToken cancellationToken);

    Task<FamilyOnProgramme?> FindAsync(Guid familyCaseId, CancellationToken cancellationToken);
}

/// <summary>
/// Works out Family First results from the database: families are read in batches with their people's partner
/// records, computed by the domain's <see cref="FamilyResultsCalculator"/>, and handed on, so any number of
/// families can be streamed in bounded memory. It reads the reporting database (<see cref="ReportingDatabase"/>: a replica
/// when one is configured).
/// </summary>
public sealed class FamilyResultsService([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, IProgrammeFamilies families, IOptions<OutcomeRules> rules)
{
    /// <summary>Families read and worked out together: a few thousand keeps round trips few and memory small (about 50 partner rows a family).</summary>
    public const int FamiliesPerBatch = 4_000;

    public OutcomeRules Rules => rules.Value;

    /// <summary>Every family's results at <paramref name="asAt"/>, in reference order, including families attached on or after it (marked not eligible).</summary>
    public async IAsyncEnumerable<(FamilyOnProgramme Family, FamilyResults Results)> StreamAsync(
        DateOnly asAt, DateOnly? attachedFrom = null, DateOnly? attachedTo = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            var batch = await families.NextBatchAsync(after, FamiliesPerBatch, attachedFrom, attachedTo, cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var (family, data) in await FamilyOutcomeLoader.LoadAsync(db, batch, cancellationToken))
            {
                yield return (family, FamilyResultsCalculator.Calculate(data, asAt, rules.Value));
            }

            db.ChangeTracker.Clear();
            after = batch[^1].Reference;
            if (batch.Count < FamiliesPerBatch)
            {
                yield break;
            }
        }
    }

    /// <summary>One family's results, or null when there is no such family on the programme.</summary>
    public async Task<FamilyResults?> ForFamilyAsync(Guid familyCaseId, DateOnly asAt, CancellationToken cancellationToken)
    {
        var family = await families.FindAsync(familyCaseId, cancellationToken);
        if (family is null)
        {
            return null;
        }

        var (_, data) = (await FamilyOutcomeLoader.LoadAsync(db, [family], cancellationToken)).Single();
        return FamilyResultsCalculator.Calculate(data, asAt, rules.Value);
    }

    /// <summary>The impact report at <paramref name="asAt"/>, for families attached in <c>[attachedFrom, attachedTo]</c> when given.</summary>
    public async Task<ImpactFigures> ImpactAsync(DateOnly asAt, DateOnly? attachedFrom, DateOnly? attachedTo, CancellationToken cancellationToken)
    {
        var report = new ImpactReport(asAt);
        await foreach (var (_, results) in StreamAsync(asAt, attachedFrom, attachedTo, cancellationToken))
        {
            report.Add(results);
        }

        return report.ToFigures();
    }
}
