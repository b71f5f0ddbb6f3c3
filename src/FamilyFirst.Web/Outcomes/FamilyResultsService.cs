using System.Runtime.CompilerServices;
using FamilyFirst.Domain.Outcomes;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Outcomes;

/// <summary>One family on the Family First programme, for the results of a single family.</summary>
public interface IProgrammeFamilies
{
    Task<FamilyOnProgramme?> FindAsync(Guid familyCaseId, CancellationToken cancellationToken);
}

/// <summary>
/// Works out Family First results from the database: every family of a cohort by merge (<see cref="StreamAsync"/>:
/// each partner table read once in person order), one family through the indexes (<see cref="ForFamilyAsync"/>),
/// computed by the domain's <see cref="FamilyResultsCalculator"/>. It reads the reporting database (<see cref="ReportingDatabase"/>: a replica
/// when one is configured).
/// </summary>
public sealed class FamilyResultsService([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, IProgrammeFamilies families, IOptions<OutcomeRules> rules)
{
    public OutcomeRules Rules => rules.Value;

    /// <summary>
    /// Every family's results at <paramref name="asAt"/>, in reference order, including families attached on or after it
    /// (marked not eligible). The cohort and every partner table are read once, in one snapshot, and merged by person
    /// (<see cref="FamilyOutcomeMerge"/>); the families are then worked out one at a time as they are handed on.
    /// <paramref name="cohortRead"/>, when given, hears the cohort's families once they are read and before the first is
    /// handed on (so a background snapshot can show "n of N families").
    /// </summary>
    public async IAsyncEnumerable<(FamilyOnProgramme Family, FamilyResults Results)> StreamAsync(
        DateOnly asAt,
        DateOnly? attachedFrom = null,
        DateOnly? attachedTo = null,
        Action<IReadOnlyList<FamilyOnProgramme>>? cohortRead = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var read = await FamilyOutcomeMerge.ReadAsync(db, attachedFrom, attachedTo, cancellationToken);
        cohortRead?.Invoke(read.Families);
        foreach (var (family, data) in read.FamiliesWithData())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return (family, FamilyResultsCalculator.Calculate(data, asAt, rules.Value));
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
        await foreach (var (_, results) in StreamAsync(asAt, attachedFrom, attachedTo, cancellationToken: cancellationToken))
        {
            report.Add(results);
        }

        return report.ToFigures();
    }
}
