using System.Runtime.CompilerServices;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Domain.Outcomes.SupportingFamilies;

namespace FamilyFirst.Web.Outcomes;

/// <summary>
/// Works out Supporting Families results from the records for the families on that framework: each family's closure
/// date, lead practitioner, assessment and plan dates, members (a dependent child, or an expectant parent: a member's
/// <c>expecting_on</c>, or an unborn child in the family, due after the assessment) and recorded needs, read a batch at
/// a time and computed by the domain's <see cref="SupportingFamiliesCalculator"/> with the council's configuration. It
/// reads the reporting database, as the original framework's results do.
/// </summary>
public sealed class SupportingFamiliesResultsService([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db, SupportingFamiliesFramework framework)
{
    public const int FamiliesPerBatch = 2_000;

    private readonly SupportingFamiliesCalculator _calculator = new(framework);

    public SupportingFamiliesFramework Framework => framework;

    /// <summary>Every family on the Supporting Families framework, worked out at <paramref name="asAt"/>, in reference order.</summary>
    public async IAsyncEnumerable<SupportingFamiliesResult> StreamAsync(DateOnly asAt, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            var cases = OnFramework();
            if (after is not null)
            {
                // Translated to SQL ">" in the collation of the ORDER BY (as RecordsProgrammeFamilies pages).
#pragma warning disable CA1309
                cases = cases.Where(f => string.Compare(f.Reference, after) > 0);
#pragma warning restore CA1309
            }

            var batch = await LoadAsync(cases.OrderBy(f => f.Reference).Take(FamiliesPerBatch), asAt, cancellationToken);
            foreach (var family in batch)
            {
                yield return _calculator.Calculate(family, asAt);
            }

            if (batch.Count < FamiliesPerBatch)
            {
                yield break;
            }

            after = batch[^1].FamilyRef;
        }
    }

    /// <summary>One family's result, or null when the family is not on the Supporting Families framework.</summary>
    public async Task<SupportingFamiliesResult?> ForFamilyAsync(Guid familyCaseId, DateOnly asAt, CancellationToken cancellationToken)
    {
        var family = (await LoadAsync(OnFramework().Where(f => f.Id == familyCaseId), asAt, cancellationToken)).SingleOrDefault();
        return family is null ? null : _calculator.Calculate(family, asAt);
    }

    /// <summary>The Supporting Families figures at <paramref name="asAt"/> for every family on the framework.</summary>
    public async Task<SupportingFamiliesFigures> FiguresAsync(DateOnly asAt, CancellationToken cancellationToken)
    {
        var report = new SupportingFamiliesReport(asAt, framework.MinimumHeadlines);
        await foreach (var result in StreamAsync(asAt, cancellationToken))
        {
            report.Add(result);
        }

        return report.ToFigures();
    }

    private IQueryable<FamilyCase> OnFramework() =>
        db.FamilyCases.AsNoTracking().Where(f => f.Framework == OutcomeFramework.SupportingFamilies2022);

    private async Task<List<SupportingFamiliesData>> LoadAsync(IQueryable<FamilyCase> cases, DateOnly asAt, CancellationToken cancellationToken)
    {
        var families = await cases
            .Select(f => new { f.Id, f.Reference, f.Status, f.ClosedOn, Lead = f.LeadPractitionerId != null, f.WholeFamilyAssessedOn, f.PlanAgreedOn })
            .ToListAsync(cancellationToken);
        if (families.Count == 0)
        {
            return [];
        }

        var ids = families.Select(f => f.Id).ToList();
        var members = (await db.FamilyCases.AsNoTracking()
                .Where(f => ids.Contains(f.Id))
                .SelectMany(f => f.Members, (f, m) => new { FamilyCaseId = f.Id, m.PersonId, m.LeftOn })
                .Join(db.People.AsNoTracking(), m => m.PersonId, p => p.Id, (m, p) => new { m.FamilyCaseId, m.PersonId, m.LeftOn, p.DateOfBirth, p.ExpectedDateOfBirth, p.ExpectingOn })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.FamilyCaseId);
        var needs = (await db.RecordedNeeds.AsNoTracking().Where(n => ids.Contains(n.FamilyCaseId)).ToListAsync(cancellationToken))
            .ToLookup(n => n.FamilyCaseId);

        return families.Select(f =>
        {
            var closedOn = f.Status == FamilyCaseStatus.Closed ? f.ClosedOn : null;
            var on = closedOn ?? asAt;

            // Members in the family on the closure date (or the as-at date while the case is open). An unborn child in
            // the family makes a parent in it expectant, due on the child's expected date of birth.
            var present = members[f.Id].Where(m => m.LeftOn is null || m.LeftOn >= on).DistinctBy(m => m.PersonId).ToList();
            var unbornDue = present.Where(m => m.DateOfBirth is null && m.ExpectedDateOfBirth is not null).Select(m => m.ExpectedDateOfBirth).Max();
            var facts = present
                .Where(m => m.DateOfBirth is not null)
                .Select(m => new FamilyMemberFacts(m.PersonId, m.DateOfBirth, m.ExpectingOn))
                .ToList();
            if (unbornDue is not null)
            {
                facts.Add(new FamilyMemberFacts(Guid.Empty, null, unbornDue));
            }

            return new SupportingFamiliesData(
                f.Id,
                f.Reference,
                closedOn,
                f.Lead,
                f.WholeFamilyAssessedOn,
                f.PlanAgreedOn,
                facts,
                needs[f.Id].Select(n => n.ToFamilyNeed()).ToList());
        }).ToList();
    }
}
