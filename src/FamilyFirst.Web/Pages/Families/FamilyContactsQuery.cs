using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>
/// Loads everyone on a family's record (current household members and the wider network) with their contact
/// restrictions, for the domain's <see cref="ContactRules"/>: every page that reaches a person asks it through this.
/// </summary>
public static class FamilyContactsQuery
{
    public static async Task<FamilyContacts> FamilyContactsAsync(this AppDbContext db, FamilyCase family)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(family);
        var members = family.Members.Where(m => m.LeftOn is null).ToList();
        var ids = members.Select(m => m.PersonId).ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        var people = members
            .Where(m => names.ContainsKey(m.PersonId))
            .Select(m => new ContactablePerson(names[m.PersonId], m.PersonId, null, m.Restriction))
            .ToList();
        var network = await db.NetworkMembers.AsNoTracking().Where(n => n.FamilyCaseId == family.Id).ToListAsync();
        people.AddRange(network.Select(n => new ContactablePerson(n.Name, n.PersonId, n.Id, n.Restriction)));
        return new FamilyContacts(people);
    }
}
