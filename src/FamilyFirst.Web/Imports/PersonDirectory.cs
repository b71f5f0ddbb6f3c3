using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Imports;

/// <summary>Who a row of partner data is about: one person, or why it could not be told.</summary>
public sealed record PersonLookup(Guid? PersonId, string? Reason)
{
    public static PersonLookup Found(Guid personId) => new(personId, null);

    public static PersonLookup NotFound(string reason) => new(null, reason);
}

/// <summary>
/// Finds the people partner rows name, by person_ref, then upn (education files), then name and date of birth,
/// as docs/data-formats.md says. A row that names nobody or several people is not matched, with the reason.
/// </summary>
public interface IPersonDirectory
{
    /// <summary>Looks up each distinct person, keyed by <see cref="PersonMatch.Key"/>.</summary>
    Task<IReadOnlyDictionary<string, PersonLookup>> MatchAsync(IReadOnlyCollection<PersonMatch> people, CancellationToken cancellationToken);
}
