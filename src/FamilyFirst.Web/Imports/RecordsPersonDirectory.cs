using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Imports;

/// <summary>
/// Matches partner rows to the people in the family records: by the council's person reference, by unique
/// pupil number, or by given name, family name and date of birth compared ignoring case, accents and spaces.
/// People merged into another are never matched (their records now belong to the person kept).
/// </summary>
public sealed class RecordsPersonDirectory(AppDbContext db) : IPersonDirectory
{
    /// <summary>Called inside the import's transaction, once a batch; the people are looked up through the indexes.</summary>
    public Task<IReadOnlyDictionary<string, PersonLookup>> MatchAsync(IReadOnlyCollection<PersonMatch> people, CancellationToken cancellationToken) =>
        db.ReadThroughIndexesAsync(() => LookUpAsync(people, cancellationToken), cancellationToken);

    private async Task<IReadOnlyDictionary<string, PersonLookup>> LookUpAsync(IReadOnlyCollection<PersonMatch> people, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, PersonLookup>(StringComparer.Ordinal);
        var live = db.People.AsNoTracking().Where(p => p.MergedIntoPersonId == null);

        var byReference = people.Where(p => p.Method == PersonMatchMethod.PersonRef).ToList();
        if (byReference.Count > 0)
        {
            var references = byReference.Select(p => p.PersonRef!).Distinct().ToList();
            var ids = (await live.Where(p => references.Contains(p.Reference)).Select(p => new { p.Reference, p.Id }).ToListAsync(cancellationToken))
                .ToDictionary(p => p.Reference, p => p.Id, StringComparer.Ordinal);
            foreach (var person in byReference)
            {
                found[person.Key] = ids.TryGetValue(person.PersonRef!, out var id) ? PersonLookup.Of(person, 1, id) : PersonLookup.Of(person, 0, null);
            }
        }

        var byUpn = people.Where(p => p.Method == PersonMatchMethod.Upn).ToList();
        if (byUpn.Count > 0)
        {
            var upns = byUpn.Select(p => UniquePupilNumber.TryParse(p.Upn)).Where(r => r.Succeeded).Select(r => r.Value!).Distinct().ToList();
            var holders = (await live.Where(p => upns.Contains(p.UniquePupilNumber!)).Select(p => new { p.UniquePupilNumber, p.Id }).ToListAsync(cancellationToken))
                .GroupBy(p => p.UniquePupilNumber!.Value, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToList(), StringComparer.Ordinal);
            foreach (var person in byUpn)
            {
                var upn = UniquePupilNumber.TryParse(person.Upn);
                found[person.Key] = upn.Succeeded && holders.TryGetValue(upn.Value!.Value, out var ids)
                    ? PersonLookup.Of(person, ids.Count, ids[0])
                    : PersonLookup.Of(person, 0, null);
            }
        }

        var byName = people.Where(p => p.Method == PersonMatchMethod.NameAndDateOfBirth).ToList();
        if (byName.Count > 0)
        {
            // Dates of birth are indexed; names are then compared in their matching form, which the database cannot do.
            var dates = byName.Select(p => (DateOnly?)p.DateOfBirth!.Value).Distinct().ToList();
            var candidates = (await live.Where(p => dates.Contains(p.DateOfBirth)).Select(p => new { p.Id, p.GivenName, p.FamilyName, p.DateOfBirth }).ToListAsync(cancellationToken))
                .GroupBy(p => (PersonNameKey.Normalise(p.GivenName), PersonNameKey.Normalise(p.FamilyName), p.DateOfBirth!.Value))
                .ToDictionary(g => g.Key, g => g.Select(p => p.Id).ToList());
            foreach (var person in byName)
            {
                var key = (PersonNameKey.Normalise(person.GivenName), PersonNameKey.Normalise(person.FamilyName), person.DateOfBirth!.Value);
                found[person.Key] = candidates.TryGetValue(key, out var ids) ? PersonLookup.Of(person, ids.Count, ids[0]) : PersonLookup.Of(person, 0, null);
            }
        }

        return found;
    }
}
