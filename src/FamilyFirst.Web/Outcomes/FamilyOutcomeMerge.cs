using System.Data;
using System.Data.Common;
using FamilyFirst.Domain.Outcomes;
using Microsoft.Data.Sqlite;
using ImportedExclusionType = FamilyFirst.Domain.Imports.ExclusionType;

namespace FamilyFirst.Web.Outcomes;

/// <summary>
/// Every family of a cohort with its partner data, read by merge (docs/adr/0031): in one read-only snapshot
/// transaction, the cohort's families (in reference order), their membership ordered by person, then each partner
/// table once, ordered by person, merge-joined with the membership (rows of people in no family of the cohort are
/// passed over without a lookup). Each person's rows are kept compactly (a few bytes a row, no person id) in arrays
/// indexed by the person's place in person order; the families are then put together one at a time, in reference
/// order, and handed to the calculator. Memory grows with the partner rows (about 20 bytes each) and the
/// membership, never with a family's results.
/// </summary>
public sealed class FamilyOutcomeMerge
{
    private readonly List<FamilyOnProgramme> _families;
    private readonly Dictionary<Guid, int[]> _membersOf;
    private readonly Guid[] _people;
    private readonly DateOnly[] _birthDates;
    private readonly Rows<DateOnly> _offences;
    private readonly Rows<DateOnly> _incidents;
    private readonly Rows<Term> _terms;
    private readonly Rows<Exclusion> _exclusions;
    private readonly Rows<Spell> _benefits;
    private readonly Rows<Spell> _jobs;
    private readonly Rows<DateOnly> _referrals;
    private readonly List<string> _benefitNames;

    private FamilyOutcomeMerge(List<FamilyOnProgramme> families, Dictionary<Guid, int[]> membersOf, Guid[] people, DateOnly[] birthDates)
    {
        _families = families;
        _membersOf = membersOf;
        _people = people;
        _birthDates = birthDates;
        _offences = new Rows<DateOnly>(people.Length);
        _incidents = new Rows<DateOnly>(people.Length);
        _terms = new Rows<Term>(people.Length);
        _exclusions = new Rows<Exclusion>(people.Length);
        _benefits = new Rows<Spell>(people.Length);
        _jobs = new Rows<Spell>(people.Length);
        _referrals = new Rows<DateOnly>(people.Length);
        _benefitNames = [];
    }

    /// <summary>The families of the cohort, in reference order.</summary>
    public IReadOnlyList<FamilyOnProgramme> Families => _families;

    /// <summary>Partner rows held for the cohort's people (the rows of people in no family of the cohort are not kept).</summary>
    public long RowsHeld => _offences.Count + _incidents.Count + _terms.Count + _exclusions.Count + _benefits.Count + _jobs.Count + _referrals.Count;

    /// <summary>
    /// Reads the cohort (families attached in <c>[attachedFrom, attachedTo]</c> when given) and its partner data in one
    /// read-only snapshot: REPEATABLE READ on PostgreSQL, a deferred transaction on SQLite (a read snapshot from its
    /// first read to its end). In the caller's transaction when there is one.
    /// </summary>
    public static Task<FamilyOutcomeMerge> ReadAsync(AppDbContext db, DateOnly? attachedFrom, DateOnly? attachedTo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.CurrentTransaction is not null
            ? ReadInTransactionAsync(db, attachedFrom, attachedTo, cancellationToken)
            : db.Database.CreateExecutionStrategy().ExecuteAsync(ct => ReadInSnapshotAsync(db, attachedFrom, attachedTo, ct), cancellationToken);
    }

    private static async Task<FamilyOutcomeMerge> ReadInSnapshotAsync(AppDbContext db, DateOnly? attachedFrom, DateOnly? attachedTo, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.GetDbConnection() is SqliteConnection sqlite)
            {
                // Microsoft.Data.Sqlite begins IMMEDIATE transactions by default, which would hold the write lock for the
                // whole read; a deferred one takes a read snapshot at its first read instead.
                await using var snapshot = sqlite.BeginTransaction(deferred: true);
                await db.Database.UseTransactionAsync(snapshot, cancellationToken);
                var read = await ReadInTransactionAsync(db, attachedFrom, attachedTo, cancellationToken);
                await db.Database.CommitTransactionAsync(cancellationToken);
                return read;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken);
            var stream = await ReadInTransactionAsync(db, attachedFrom, attachedTo, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return stream;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<FamilyOutcomeMerge> ReadInTransactionAsync(AppDbContext db, DateOnly? attachedFrom, DateOnly? attachedTo, CancellationToken cancellationToken)
    {
        var cohort = RecordsProgrammeFamilies.Cohort(db, attachedFrom, attachedTo);
        var families = await RecordsProgrammeFamilies.FamiliesInReferenceOrderAsync(cohort, cancellationToken);

        // The membership ordered by person: the people of the cohort (with a date of birth) in person order, and for each
        // family the places of its people, in person order.
        var familyIndex = new Dictionary<Guid, int>(families.Count);
        for (var i = 0; i < families.Count; i++)
        {
            familyIndex[families[i].Id] = i;
        }

        var people = new List<Guid>();
        var birthDates = new List<DateOnly>();
        var membersOf = new List<int>[families.Count];
        await foreach (var member in RecordsProgrammeFamilies.MembersByPerson(db, cohort).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (people.Count == 0 || people[^1] != member.PersonId)
            {
                if (people.Count > 0 && member.PersonId.CompareTo(people[^1]) < 0)
                {
                    throw NotInPersonOrder("the family membership");
                }

                people.Add(member.PersonId);
                birthDates.Add(member.DateOfBirth);
            }

            if (familyIndex.TryGetValue(member.FamilyCaseId, out var f))
            {
                var list = membersOf[f] ??= [];
                if (list.Count == 0 || list[^1] != people.Count - 1)
                {
                    list.Add(people.Count - 1);
                }
            }
        }

        var stream = new FamilyOutcomeMerge(
            families.Select(f => new FamilyOnProgramme(f.Id, f.Reference, f.AttachedOn, null, [])).ToList(),
            families.Select((f, i) => (f.Id, Members: membersOf[i]?.ToArray() ?? [])).ToDictionary(x => x.Id, x => x.Members),
            [.. people],
            [.. birthDates]);
        await stream.ReadPartnerTablesAsync(db, cancellationToken);
        return stream;
    }

    /// <summary>Each partner table once, ordered by person, merge-joined with the cohort's people.</summary>
    private async Task ReadPartnerTablesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        await MergeAsync(db.OffenceRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.OffenceDate }),
            r => r.PersonId, r => r.OffenceDate, _offences, "the offences", cancellationToken);
        await MergeAsync(db.AsbIncidentRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.IncidentDate }),
            r => r.PersonId, r => r.IncidentDate, _incidents, "the ASB incidents", cancellationToken);
        await MergeAsync(db.AttendanceRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey)
                .Select(r => new { r.PersonId, r.TermStart, r.TermEnd, r.PossibleSessions, r.AuthorisedAbsenceSessions, r.UnauthorisedAbsenceSessions }),
            r => r.PersonId, r => new Term(r.TermStart, r.TermEnd, r.PossibleSessions, r.AuthorisedAbsenceSessions, r.UnauthorisedAbsenceSessions), _terms, "the attendance", cancellationToken);
        await MergeAsync(db.ExclusionRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.ExclusionDate, r.ExclusionType }),
            r => r.PersonId, r => new Exclusion(r.ExclusionDate, r.ExclusionType == ImportedExclusionType.Permanent), _exclusions, "the exclusions", cancellationToken);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        await MergeAsync(db.BenefitSpellRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.Benefit, r.StartDate, r.EndDate }),
            r => r.PersonId, r => new Spell(r.StartDate, r.EndDate, BenefitName(names, r.Benefit)), _benefits, "the benefit spells", cancellationToken);
        await MergeAsync(db.EmploymentSpellRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.StartDate, r.EndDate }),
            r => r.PersonId, r => new Spell(r.StartDate, r.EndDate, -1), _jobs, "the employment spells", cancellationToken);
        await MergeAsync(db.WorkProgrammeReferralRecords.AsNoTracking().OrderBy(r => r.PersonId).ThenBy(r => r.RecordKey).Select(r => new { r.PersonId, r.ReferralDate }),
            r => r.PersonId, r => r.ReferralDate, _referrals, "the work programme referrals", cancellationToken);
    }

    /// <summary>
    /// One table's rows, ordered by person, against the cohort's people in the same order: both advance together, a row
    /// of a person of the cohort is kept, any other passed over. A row out of person order (the database ordering people
    /// otherwise than <see cref="Guid.CompareTo(Guid)"/>) stops the read rather than losing rows.
    /// </summary>
    private async Task MergeAsync<TRow, T>(IQueryable<TRow> rows, Func<TRow, Guid> person, Func<TRow, T> keep, Rows<T> into, string what, CancellationToken cancellationToken)
    {
        var place = 0;
        Guid? previous = null;
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var id = person(row);
            if (previous is { } before && id != before && id.CompareTo(before) < 0)
            {
                throw NotInPersonOrder(what);
            }

            previous = id;
            while (place < _people.Length && _people[place].CompareTo(id) < 0)
            {
                into.EndPerson(place++);
            }

            if (place < _people.Length && _people[place] == id)
            {
                into.Add(keep(row));
            }
        }

        while (place < _people.Length)
        {
            into.EndPerson(place++);
        }
    }

    private int BenefitName(Dictionary<string, int> names, string name)
    {
        if (!names.TryGetValue(name, out var index))
        {
            names[name] = index = _benefitNames.Count;
            _benefitNames.Add(name);
        }

        return index;
    }

    private static InvalidOperationException NotInPersonOrder(string what) =>
        new($"The database returned {what} out of person order: the results cannot be merged.");

    /// <summary>Each family of the cohort, in reference order, with its partner data as the calculator takes it.</summary>
    public IEnumerable<(FamilyOnProgramme Family, FamilyOutcomeData Data)> FamiliesWithData()
    {
        foreach (var shell in _families)
        {
            var places = _membersOf[shell.FamilyCaseId];
            var family = shell with { People = places.Select(p => new FamilyMember(_people[p], _birthDates[p])).ToList() };
            var offences = new List<ProvenOffence>();
            var incidents = new List<AntiSocialBehaviourIncident>();
            var terms = new List<TermAttendance>();
            var exclusions = new List<SchoolExclusion>();
            var benefits = new List<BenefitSpell>();
            var jobs = new List<EmploymentSpell>();
            var referrals = new List<WorkProgrammeReferral>();
            foreach (var p in places)
            {
                var id = _people[p];
                foreach (var date in _offences.Of(p))
                {
                    offences.Add(new ProvenOffence(id, date));
                }

                foreach (var date in _incidents.Of(p))
                {
                    incidents.Add(new AntiSocialBehaviourIncident(id, date));
                }

                foreach (var t in _terms.Of(p))
                {
                    terms.Add(new TermAttendance(id, t.Start, t.End, t.Possible, t.Authorised, t.Unauthorised));
                }

                foreach (var e in _exclusions.Of(p))
                {
                    exclusions.Add(new SchoolExclusion(id, e.Date, e.Permanent ? ExclusionType.Permanent : ExclusionType.Fixed));
                }

                foreach (var s in _benefits.Of(p))
                {
                    benefits.Add(new BenefitSpell(id, _benefitNames[s.Name], s.Start, s.End));
                }

                foreach (var s in _jobs.Of(p))
                {
                    jobs.Add(new EmploymentSpell(id, s.Start, s.End));
                }

                foreach (var date in _referrals.Of(p))
                {
                    referrals.Add(new WorkProgrammeReferral(id, date));
                }
            }

            yield return (family, new FamilyOutcomeData
            {
                FamilyReference = family.Reference,
                AttachedOn = family.AttachedOn,
                ClosedOn = family.ClosedOn,
                People = family.People,
                Offences = offences,
                AntiSocialBehaviourIncidents = incidents,
                AttendanceTerms = terms,
                Exclusions = exclusions,
                BenefitSpells = benefits,
                EmploymentSpells = jobs,
                WorkProgrammeReferrals = referrals,
            });
        }
    }

    private readonly record struct Term(DateOnly Start, DateOnly End, int Possible, int Authorised, int Unauthorised);

    private readonly record struct Exclusion(DateOnly Date, bool Permanent);

    private readonly record struct Spell(DateOnly Start, DateOnly? End, int Name);

    /// <summary>One kind of partner row for the cohort's people: the rows in person order, and where each person's begin.</summary>
    private sealed class Rows<T>(int people)
    {
        private readonly List<T> _rows = [];
        private readonly int[] _starts = new int[people + 1];

        public int Count => _rows.Count;

        public void Add(T row) => _rows.Add(row);

        /// <summary>The person at <paramref name="place"/> has no more rows: the next person's begin here.</summary>
        public void EndPerson(int place) => _starts[place + 1] = _rows.Count;

        public IEnumerable<T> Of(int place)
        {
            for (var i = _starts[place]; i < _starts[place + 1]; i++)
            {
                yield return _rows[i];
            }
        }
    }
}
