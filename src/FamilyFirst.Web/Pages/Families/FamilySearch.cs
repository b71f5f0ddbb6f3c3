using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>
/// Search for people and families by name (typo- and sound-alike tolerant, through the stored phonetic keys
/// and the duplicate scorer's likeness), date of birth, reference, NHS number, unique pupil number,
/// National Insurance number and postcode, over only what the user may see. The query runs on indexes; only
/// a bounded set of candidates is scored in memory.
/// </summary>
public sealed class FamilySearch(AppDbContext db)
{
    public const int CandidateLimit = 1000;

    public sealed record Criteria(string? Text, DateOnly? DateOfBirth, string? Postcode)
    {
        public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && DateOfBirth is null && string.IsNullOrWhiteSpace(Postcode);
    }

    public sealed record PersonResult(Guid PersonId, string Name, string Reference, DateOnly? DateOfBirth, bool IsUnborn, int Score, IReadOnlyList<FamilyLink> Families);

    public sealed record FamilyLink(Guid Id, string Name, string Reference);

    public sealed record Results(IReadOnlyList<PersonResult> People, int Total, bool Capped, IReadOnlyList<FamilyLink> FamiliesByReference);

    public async Task<Results> SearchAsync(IQueryable<FamilyCase> visibleCases, Criteria criteria, int page, int pageSize)
    {
        var familiesByReference = new List<FamilyLink>();
        // Need to know: only people who are members of a family the user may see. Written as "a visible family has a
        // membership row for this person", which the database answers per candidate through the members' PersonId
        // index (two index probes), so a search that stops after the first candidates in name order never reads every
        // visible family's members. (A correlated "is this person in any visible family" written from the families'
        // side re-scanned the families for every candidate: over 100 s for a common family name on SQLite.)
        var visibleMembers = visibleCases.SelectMany(f => f.Members);
        var people = db.People.AsNoTracking().Where(p => p.MergedIntoPersonId == null && visibleMembers.Any(m => m.PersonId == p.Id));
        PersonMatchDetails? byName = null;
        string? oneWordKey = null;

        var text = criteria.Text?.Trim() ?? string.Empty;
        if (text.Length > 0)
        {
            if (FamilyCaseReference.IsWellFormed(text))
            {
                var reference = text.ToUpperInvariant();
                familiesByReference = await visibleCases.Where(f => f.Reference == reference).Select(f => new FamilyLink(f.Id, f.FamilyName, f.Reference)).ToListAsync();
                var inFamily = visibleCases.Where(f => f.Reference == reference).SelectMany(f => f.Members).Select(m => m.PersonId);
                people = people.Where(p => inFamily.Contains(p.Id));
            }
            else if (await ByOtherSystemsReferenceAsync(visibleCases, text) is { Count: > 0 } byTheirReference)
            {
                // A reference from another system (the programme list, the case systems): the families with it, and their people.
                familiesByReference = byTheirReference;
                var familyIds = byTheirReference.Select(f => f.Id).ToList();
                var inFamily = visibleCases.Where(f => familyIds.Contains(f.Id)).SelectMany(f => f.Members).Select(m => m.PersonId);
                people = people.Where(p => inFamily.Contains(p.Id));
            }
            else if (NhsNumber.TryParse(text) is { Succeeded: true } nhs)
            {
                var value = nhs.Value!;
                people = people.Where(p => p.NhsNumber == value);
            }
            else if (UniquePupilNumber.TryParse(text) is { Succeeded: true } upn)
            {
                var value = upn.Value!;
                people = people.Where(p => p.UniquePupilNumber == value);
            }
            else if (NationalInsuranceNumber.TryParse(text) is { Succeeded: true } nino)
            {
                var value = nino.Value!;
                people = people.Where(p => p.NationalInsuranceNumber == value);
            }
            else if (text.Any(char.IsDigit) && PersonReference.IsValid(text))
            {
                var reference = PersonReference.Normalise(text);
                people = people.Where(p => p.Reference == reference);
            }
            else
            {
                var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (words.Length == 1)
                {
                    // Family name or given name sounds alike: filtered below as two disjoint halves, one per index.
                    oneWordKey = PhoneticKey.For(words[0]);
                    byName = new PersonMatchDetails(words[0], words[0], criteria.DateOfBirth);
                }
                else
                {
                    var given = words[0];
                    var family = string.Join(' ', words[1..]);
                    var familyKey = PhoneticKey.For(words[^1]);
                    var givenKey = PhoneticKey.For(given);
                    var initial = givenKey.Length > 0 ? givenKey[..1] : string.Empty;
                    // Same-sounding family name and a given name that sounds alike or shares its initial (Bob, Robert are scored below).
                    people = people.Where(p => p.FamilyNameKey == familyKey && (p.GivenNameKey == givenKey || p.GivenNameKey.StartsWith(initial) || p.PreferredName != null));
                    byName = new PersonMatchDetails(given, family, criteria.DateOfBirth);
                }
            }
        }

        if (criteria.DateOfBirth is { } dob)
        {
            people = people.Where(p => p.DateOfBirth == dob || p.ExpectedDateOfBirth == dob);
        }

        if (!string.IsNullOrWhiteSpace(criteria.Postcode))
        {
            var postcode = Address.Create("x", null, "x", null, criteria.Postcode) is { Succeeded: true } address ? address.Value!.Postcode : criteria.Postcode.Trim().ToUpperInvariant();
            var households = db.Households.Where(h => h.Address.Postcode == postcode).Select(h => h.Id);
            // The people living there now, as one uncorrelated list the database builds from the postcode's index and
            // then looks people up by: a correlated "has a current residence there" test made SQLite read every person
            // (6 s among 100,000).
            var residents = db.People.SelectMany(x => x.Residences.Where(r => r.To == null && households.Contains(r.HouseholdId)), (x, r) => x.Id);
            people = people.Where(p => residents.Contains(p.Id));
        }

        // The first CandidateLimit + 1 people in name order are scored; the database reads them in that order from
        // the (name key, family name, given name, id) indexes and stops, rather than sorting every match (about
        // 12,000 Smiths among 100,000 people). "Family name OR given name sounds like the word" cannot be read in
        // order from one index, so it is two disjoint halves, each taken in order from its own index, then merged:
        // the first CandidateLimit + 1 of the two halves' first CandidateLimit + 1 are exactly the first of the whole.
        var candidateQuery = oneWordKey is null
            ? InNameOrder(people)
            : InNameOrder(people.Where(p => p.FamilyNameKey == oneWordKey))
                .Concat(InNameOrder(people.Where(p => p.GivenNameKey == oneWordKey && p.FamilyNameKey != oneWordKey)))
                .OrderBy(c => c.FamilyName).ThenBy(c => c.GivenName).ThenBy(c => c.Id)
                .Take(CandidateLimit + 1);
        var candidates = await candidateQuery.ToListAsync();
        var capped = candidates.Count > CandidateLimit;
        if (capped)
        {
            candidates.RemoveAt(candidates.Count - 1);
        }

        var scorer = new DuplicateCandidateScorer();
        // The score depends only on the names (and the date of birth when one was typed), and the candidates for a
        // common family name share a few dozen given names: each distinct set of details is scored once.
        var scores = new Dictionary<(string Given, string Family, string? Preferred, DateOnly? Born), int>();
        var ranked = candidates
            .Select(c => new
            {
                Candidate = c,
                Score = byName is null ? 100 : ScoreOnce(byName, c),
            })
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Candidate.FamilyName).ThenBy(r => r.Candidate.GivenName)
            .ToList();

        var pageOf = ranked.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var ids = pageOf.Select(r => r.Candidate.Id).ToList();
        // Written as a join (not a correlated projection) so SQLite, which has no APPLY, can run it too.
        var links = await (from f in visibleCases
                           from m in f.Members
                           where ids.Contains(m.PersonId)
                           select new { m.PersonId, f.Id, f.FamilyName, f.Reference }).ToListAsync();
        var results = pageOf.Select(r => new PersonResult(
            r.Candidate.Id,
            $"{r.Candidate.PreferredName ?? r.Candidate.GivenName} {r.Candidate.FamilyName}",
            r.Candidate.Reference,
            r.Candidate.DateOfBirth ?? r.Candidate.ExpectedDateOfBirth,
            r.Candidate.DateOfBirth is null && r.Candidate.ExpectedDateOfBirth is not null,
            r.Score,
            links.Where(l => l.PersonId == r.Candidate.Id).Select(l => new FamilyLink(l.Id, l.FamilyName, l.Reference)).DistinctBy(l => l.Id).ToList())).ToList();
        return new Results(results, ranked.Count, capped, familiesByReference);

        int ScoreOnce(PersonMatchDetails typed, Candidate c)
        {
            var key = (c.GivenName, c.FamilyName, c.PreferredName, typed.DateOfBirth is null ? null : c.DateOfBirth);
            if (!scores.TryGetValue(key, out var score))
            {
                score = NameScore(scorer, typed, new PersonMatchDetails(c.GivenName, c.FamilyName, c.DateOfBirth) { PreferredName = c.PreferredName });
                scores.Add(key, score);
            }

            return score;
        }
    }

    /// <summary>
    /// The visible families another system knows by this reference (any source: the same text may name different
    /// families in different systems). Only text with a digit is looked up, so a name search costs no extra query.
    /// </summary>
    private static async Task<List<FamilyLink>> ByOtherSystemsReferenceAsync(IQueryable<FamilyCase> visibleCases, string text)
    {
        if (!text.Any(char.IsDigit) || ExternalReference.Problem(text) is not null)
        {
            return [];
        }

        var key = ExternalReference.KeyOf(text);
        return await visibleCases.Where(f => f.ExternalReferences.Any(r => r.Key == key))
            .OrderBy(f => f.FamilyName).Select(f => new FamilyLink(f.Id, f.FamilyName, f.Reference)).ToListAsync();
    }

    /// <summary>The first CandidateLimit + 1 of these people in name order (family name, given name, then id to break ties).</summary>
    private static IQueryable<Candidate> InNameOrder(IQueryable<Person> people) =>
        people
            .OrderBy(p => p.FamilyName).ThenBy(p => p.GivenName).ThenBy(p => p.Id)
            .Take(CandidateLimit + 1)
            .Select(p => new Candidate
            {
                Id = p.Id,
                GivenName = p.GivenName,
                FamilyName = p.FamilyName,
                PreferredName = p.PreferredName,
                DateOfBirth = p.DateOfBirth,
                ExpectedDateOfBirth = p.ExpectedDateOfBirth,
                Reference = p.Reference,
            });

    /// <summary>What is read of each candidate (set by member, so the database can order by its columns after the merge).</summary>
    private sealed class Candidate
    {
        public required Guid Id { get; init; }

        public required string GivenName { get; init; }

        public required string FamilyName { get; init; }

        public string? PreferredName { get; init; }

        public DateOnly? DateOfBirth { get; init; }

        public DateOnly? ExpectedDateOfBirth { get; init; }

        public required string Reference { get; init; }
    }

    /// <summary>
    /// How well a name matches what was typed: one word may be either name; two or more are given then family
    /// name. Zero means the names are too different to show (the keys only narrowed the search).
    /// </summary>
    private static int NameScore(DuplicateCandidateScorer scorer, PersonMatchDetails typed, PersonMatchDetails found)
    {
        if (typed.GivenName == typed.FamilyName)
        {
            // One word: compare it with the family name and with the given name, whichever is closer.
            var asFamily = scorer.Score(typed with { GivenName = found.GivenName, PreferredName = null }, found with { DateOfBirth = typed.DateOfBirth is null ? null : found.DateOfBirth }).Value;
            var asGiven = scorer.Score(typed with { FamilyName = found.FamilyName, PreferredName = null }, found with { DateOfBirth = typed.DateOfBirth is null ? null : found.DateOfBirth }).Value;
            return Math.Max(asFamily, asGiven) >= 40 ? Math.Max(asFamily, asGiven) : 0;
        }

        var score = scorer.Score(typed, typed.DateOfBirth is null ? found with { DateOfBirth = null } : found).Value;
        return score >= 35 ? score : 0;
    }
}
