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
    /// <summary>The families on the programme, attached in <c>[attachedFrom, attachedTo]</c> when given.</summary>
    internal static IQueryable<FamilyCase> Cohort(AppDbContext db, DateOnly? attachedFrom, DateOnly? attachedTo)
    {
        var cases = OnProgramme(db);
        if (attachedFrom is { } from)
        {
            cases = cases.Where(f => f.Programmes.Any(p => p.Programme == Programme.FamilyFirst && p.AttachedOn >= from));
        }

        if (attachedTo is { } to)
        {
            cases = cases.Where(f => f.Programmes.Any(p => p.Programme == Programme.FamilyFirst && p.AttachedOn <= to));
        }

        return cases;
    }

    /// <summary>The cohort's families with their attachment dates, in reference order (the database's collation, as the results have always been listed).</summary>
    internal static async Task<List<(Guid Id, string Reference, DateOnly AttachedOn)>> FamiliesInReferenceOrderAsync(IQueryable<FamilyCase> cohort, CancellationToken cancellationToken) =>
        (await cohort.OrderBy(f => f.Reference)
            .Select(f => new
            {
                f.Id,
                f.Reference,
                AttachedOn = f.Programmes.Where(p => p.Programme == Programme.FamilyFirst).Select(p => p.AttachedOn).First(),
            })
            .ToListAsync(cancellationToken))
        .Select(f => (f.Id, f.Reference, f.AttachedOn))
        .ToList();

    /// <summary>Every member (present or past) of the cohort's families who has a date of birth, ordered by person.</summary>
    internal static IQueryable<ProgrammeMember> MembersByPerson(AppDbContext db, IQueryable<FamilyCase> cohort) =>
        cohort.SelectMany(f => f.Members, (f, m) => new { FamilyCaseId = f.Id, m.PersonId })
            .Join(db.People.AsNoTracking().Where(p => p.DateOfBirth != null), m => m.PersonId, p => p.Id, (m, p) => new { m.PersonId, m.FamilyCaseId, p.DateOfBirth })
            .OrderBy(m => m.PersonId)
            .ThenBy(m => m.FamilyCaseId)
            .Select(m => new ProgrammeMember(m.PersonId, m.FamilyCaseId, m.DateOfBirth!.Value));

    public async Task<FamilyOnProgramme?> FindAsync(Guid familyCaseId, CancellationToken cancellationToken) =>
        (await LoadAsync(OnProgramme(db).Where(f => f.Id == familyCaseId), cancellationToken)).SingleOrDefault();

    private static IQueryable<FamilyCase> OnProgramme(AppDbContext db) =>
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
                members[f.Id].DistinctBy(m => m.PersonId).OrderBy(m => m.PersonId).Select(m => new OutcomeMember(m.PersonId, m.DateOfBirth!.Value)).ToList()))
            .ToList();
    }
}

/// <summary>A member of a family on the programme, with the date of birth the results engine needs.</summary>
internal sealed record ProgrammeMember(Guid PersonId, Guid FamilyCaseId, DateOnly DateOfBirth);
