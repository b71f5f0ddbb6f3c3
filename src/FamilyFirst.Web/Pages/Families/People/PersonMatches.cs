using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>
/// The duplicate check against the database: people sharing a sound-alike name key, the date of birth or
/// an identifier are fetched by index, then scored by <see cref="DuplicateCandidateScorer"/>. Matches the
/// user may see are described; matches in families they may not see are only counted.
/// </summary>
public static class PersonMatches
{
    private const int CandidateLimit = 500;

    public sealed record Match(Guid PersonId, string Name, string Reference, DateOnly? DateOfBirth, DuplicateScore Score);

    public sealed record Found(IReadOnlyList<Match> Visible, IReadOnlyList<Guid> HiddenIds)
    {
        public int HiddenCount => HiddenIds.Count;
    }

    public static async Task<Found> FindAsync(AppDbContext db, FamilyAccess access, PersonDetails details, Guid? except = null)
    {
        var proposed = new PersonMatchDetails(details.GivenName ?? string.Empty, details.FamilyName ?? string.Empty, details.DateOfBirth ?? details.ExpectedDateOfBirth)
        {
            PreferredName = details.PreferredName,
            NhsNumber = details.NhsNumber,
            UniquePupilNumber = details.UniquePupilNumber,
            NationalInsuranceNumber = details.NationalInsuranceNumber,
        };
        var criteria = DuplicateSearchCriteria.For(proposed);
        var nhs = details.NhsNumber;
        var upn = details.UniquePupilNumber;
        var nino = details.NationalInsuranceNumber;
        var candidates = await db.People.AsNoTracking()
            .Where(p => p.MergedIntoPersonId == null && p.Id != except)
            .Where(p => p.FamilyNameKey == criteria.FamilyNameKey
                || (p.GivenNameKey == criteria.GivenNameKey && criteria.GivenNameKey != string.Empty)
                || (criteria.DateOfBirth != null && p.DateOfBirth == criteria.DateOfBirth)
                || (nhs != null && p.NhsNumber == nhs)
                || (upn != null && p.UniquePupilNumber == upn)
                || (nino != null && p.NationalInsuranceNumber == nino))
            .Take(CandidateLimit)
            .ToListAsync();

        var scorer = new DuplicateCandidateScorer();
        var likely = scorer.LikelyMatches(proposed, candidates.Select(c => (c.Id, c.ToMatchDetails())));
        var ids = likely.Select(m => m.PersonId).ToList();
        var visiblePeople = await access.VisiblePeopleAsync();
        var visibleIds = (await visiblePeople.Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync()).ToHashSet();
        var byId = candidates.ToDictionary(c => c.Id);
        return new Found(
            likely.Where(m => visibleIds.Contains(m.PersonId))
                .Select(m => new Match(m.PersonId, byId[m.PersonId].DisplayName, byId[m.PersonId].Reference, byId[m.PersonId].DateOfBirth ?? byId[m.PersonId].ExpectedDateOfBirth, m.Score))
                .ToList(),
            likely.Where(m => !visibleIds.Contains(m.PersonId)).Select(m => m.PersonId).ToList());
    }
}
