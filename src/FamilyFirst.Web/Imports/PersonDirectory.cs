using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Imports;

/// <summary>Who a row of partner data is about: one person, or why it could not be told.</summary>
public sealed record PersonLookup(Guid? PersonId, string? Reason)
{
    public static PersonLookup Found(Guid personId) => new(personId, null);

    public static PersonLookup NotFound(string reason) => new(null, reason);

    /// <summary>
    /// The outcome of looking <paramref name="person"/> up, given how many live people hold what the row names:
    /// one is a match; none or several is not, with the reason shown in the unmatched queue.
    /// </summary>
    public static PersonLookup Of(PersonMatch person, int holders, Guid? personId)
    {
        ArgumentNullException.ThrowIfNull(person);
        switch (person.Method)
        {
            case PersonMatchMethod.PersonRef:
                return holders == 1 && personId is { } byReference ? Found(byReference) : NotFound($"No one in the family records has person_ref {person.PersonRef}");
            case PersonMatchMethod.Upn:
                return !UniquePupilNumber.TryParse(person.Upn).Succeeded ? NotFound($"upn {person.Upn} is not a valid unique pupil number")
                    : holders == 0 ? NotFound($"No one in the family records has upn {person.Upn}")
                    : holders > 1 ? NotFound($"{holders} people in the family records have upn {person.Upn}")
                    : Found(personId!.Value);
            default:
                var born = person.DateOfBirth!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                return holders == 0 ? NotFound($"No one in the family records is called {person.GivenName} {person.FamilyName} and born on {born}")
                    : holders > 1 ? NotFound($"{holders} people in the family records are called {person.GivenName} {person.FamilyName} and born on {born}")
                    : Found(personId!.Value);
        }
    }
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
