using FamilyFirst.Domain.Outcomes;
using ImportedExclusionType = FamilyFirst.Domain.Imports.ExclusionType;

namespace FamilyFirst.Web.Outcomes;

/// <summary>A family on the programme as the results engine needs it: its reference, attachment date and members.</summary>
public sealed record FamilyOnProgramme(Guid FamilyCaseId, string Reference, DateOnly AttachedOn, DateOnly? ClosedOn, IReadOnlyList<FamilyMember> People);

/// <summary>
/// Puts together a few families' partner data for the results engine (one family's results page): one query per
/// kind of partner record for their people, through the <c>(PersonId, RecordKey)</c> index. Every family at once is
/// read by merge instead (<see cref="FamilyOutcomeMerge"/>).
/// </summary>
public static class FamilyOutcomeLoader
{
    public static async Task<List<(FamilyOnProgramme Family, FamilyOutcomeData Data)>> LoadAsync(
        AppDbContext db, IReadOnlyList<FamilyOnProgramme> families, CancellationToken cancellationToken)
    {
        // The reads go through the (PersonId, RecordKey) index (see AppDbContext.ReadThroughIndexesAsync), in the
        // caller's transaction or, on PostgreSQL, a read-only one of their own, run again as a whole after a
        // transient failure (the execution strategy).
        return db.Database.CurrentTransaction is null
            ? await db.Database.CreateExecutionStrategy().ExecuteAsync(ct => LoadInTransactionAsync(db, families, ct), cancellationToken)
            : await LoadInTransactionAsync(db, families, cancellationToken);
    }

    private static async Task<List<(FamilyOnProgramme Family, FamilyOutcomeData Data)>> LoadInTransactionAsync(
        AppDbContext db, IReadOnlyList<FamilyOnProgramme> families, CancellationToken cancellationToken)
    {
        await using var own = db is PostgresAppDbContext && db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        if (own is not null)
        {
            await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
        }

        var loaded = await db.ReadThroughIndexesAsync(() => ReadAsync(db, families, cancellationToken), cancellationToken);
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }

        return loaded;
    }

    private static async Task<List<(FamilyOnProgramme Family, FamilyOutcomeData Data)>> ReadAsync(
        AppDbContext db, IReadOnlyList<FamilyOnProgramme> families, CancellationToken cancellationToken)
    {
        var personIds = families.SelectMany(f => f.People).Select(p => p.PersonId).Distinct().ToList();

        var offences = Group(await db.OffenceRecords.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
            .Select(r => new ProvenOffence(r.PersonId, r.OffenceDate)).ToListAsync(cancellationToken), r => r.PersonId);
        var incidents = Group(await db.AsbIncidentRecords.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
            .Select(r => new AntiSocialBehaviourIncident(r.PersonId, r.IncidentDate)).ToListAsync(cancellationToken), r => r.PersonId);
        var terms = Group(await db.AttendanceRecords.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
            .Select(r => new TermAttendance(r.PersonId, r.TermStart, r.TermEnd, r.PossibleSessions, r.AuthorisedAbsenceSessions, r.UnauthorisedAbsenceSessions))
            .ToListAsync(cancellationToken), r => r.PersonId);
        var exclusions = Group((await db.ExclusionRecords.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
            .Select(r => new { r.PersonId, r.ExclusionDate, r.ExclusionType }).ToListAsync(cancellationToken))
            .Select(r => new SchoolExclusion(r.PersonId, r.ExclusionDate, r.ExclusionType == ImportedExclusionType.Permanent ? ExclusionType.Permanent : ExclusionType.Fixed))
            .ToList(), r => r.PersonId);
        var benefits = Group(await db.BenefitSpellRecords.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
            .Select(r => new BenefitSpell(r.PersonId, r.Benefit, r.StartDate, r.EndDate)).ToListAsync(cancellationToken), r => r.PersonId);
        var jobs = Group(await db.EmploymentSpellRecords.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
            .Select(r => new EmploymentSpell(r.PersonId, r.StartDate, r.EndDate)).ToListAsync(cancellationToken), r => r.PersonId);
        var referrals = Group(await db.WorkProgrammeReferralRecords.AsNoTracking().Where(r => personIds.Contains(r.PersonId))
            .Select(r => new WorkProgrammeReferral(r.PersonId, r.ReferralDate)).ToListAsync(cancellationToken), r => r.PersonId);

        return families.Select(f => (f, new FamilyOutcomeData
        {
            FamilyReference = f.Reference,
            AttachedOn = f.AttachedOn,
            ClosedOn = f.ClosedOn,
            People = f.People,
            Offences = Of(offences, f),
            AntiSocialBehaviourIncidents = Of(incidents, f),
            AttendanceTerms = Of(terms, f),
            Exclusions = Of(exclusions, f),
            BenefitSpells = Of(benefits, f),
            EmploymentSpells = Of(jobs, f),
            WorkProgrammeReferrals = Of(referrals, f),
        })).ToList();
    }

    private static Dictionary<Guid, List<T>> Group<T>(List<T> rows, Func<T, Guid> person)
    {
        var byPerson = new Dictionary<Guid, List<T>>();
        foreach (var row in rows)
        {
            var id = person(row);
            if (!byPerson.TryGetValue(id, out var list))
            {
                byPerson[id] = list = [];
            }

            list.Add(row);
        }

        return byPerson;
    }

    private static List<T> Of<T>(Dictionary<Guid, List<T>> byPerson, FamilyOnProgramme family)
    {
        var rows = new List<T>();
        foreach (var person in family.People)
        {
            if (byPerson.TryGetValue(person.PersonId, out var list))
            {
                rows.AddRange(list);
            }
        }

        return rows;
    }
}
