using FamilyFirst.Domain.Families;
using OutcomeMember = FamilyFirst.Domain.Outcomes.FamilyMember;

namespace FamilyFirst.Web.Outcomes;

/// <summary>
/// The families attached to the Family First programme in the family records, with their members (present or
/// past: partner data about someone who has since left still counts for the time they were in the family).
/// Members without a date of birth (an unborn child) have no partner data and are left out.
/// </summary>
public sealed class RecordsProgrammeFamilies([FromKeyedServices(ReportingDatabase.Key)] AppDbContext db) : IProgrammeFamilies
{
    public Task<IReadOnlyList<FamilyOnProgramme>> NextBatchAsync(
        string? afterReference, int size, DateOnly? attachedFrom, DateOnly? attachedTo, CancellationToken cancellationToken)
    {
        var cases = OnProgramme();
        if (afterReference is not null)
        {
            // The comparison runs in the database: EF translates the two-argument string.Compare to SQL ">",
            // in the same collation as the ORDER BY that pages the batches; an ordinal overload would not translate.
#pragma warning disable CA1309
            cases = cases.Where(f => string.Compare(f.Reference, afterReference) > 0);
#pragma warning restore CA1309
        }

        if (attachedFrom is { } from)
        {
            cases = cases.Where(f => f.Programmes.Any(p => p.Programme == Programme.FamilyFirst && p.AttachedOn >= from));
        }

        if (attachedTo is { } to)
        {
            cases = cases.Where(f => f.Programmes.Any(p => p.Programme == Programme.FamilyFirst && p.AttachedOn <= to));
        }

        return LoadAsync(cases.OrderBy(f => f.Reference).Take(size), cancellationToken);
    }

    public async Task<FamilyOnProgramme?> FindAsync(Guid familyCaseId, CancellationToken cancellationToken) =>
        (await LoadAsync(OnProgramme().Where(f => f.Id == familyCaseId), cancellationToken)).SingleOrDefault();

    private IQueryable<FamilyCase> OnProgramme() =>
        db.FamilyCases.AsNoTracking().Where(f => f.Programmes.Any(p => p.Programme == Programme.FamilyFirst));

    private async Task<IReadOnlyList<FamilyOnProgramme>> LoadAsync(IQueryable<FamilyCase> cases, CancellationToken cancellationToken)
    {
        var families = await cases
            .Select(f => new
            {
                f.Id,
                f.Reference,
                AttachedOn = f.Programmes.Where(p => p.Programme == Programme.FamilyFirst).Select(p => p.AttachedOn).First(),
            })
            .ToListAsync(cancellationToken);
        if (families.Count == 0)
        {
            return [];
        }

        // Every member of the batch's families with a date of birth, in one query.
        var familyIds = families.Select(f => f.Id).ToList();
        var members = (await db.FamilyCases.AsNoTracking()
                .Where(f => familyIds.Contains(f.Id))
                .SelectMany(f => f.Members, (f, m) => new { FamilyCaseId = f.Id, m.PersonId })
                .Join(db.People.AsNoTracking().Where(p => p.DateOfBirth != null), m => m.PersonId, p => p.Id, (m, p) => new { m.FamilyCaseId, m.PersonId, p.DateOfBirth })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.FamilyCaseId);

        return families.Select(f => new FamilyOnProgramme(
                f.Id,
                f.Reference,
                f.AttachedOn,
                null,
                members[f.Id].DistinctBy(m => m.PersonId).Select(m => new OutcomeMember(m.PersonId, m.DateOfBirth!.Value)).ToList()))
            .ToList();
    }
}
