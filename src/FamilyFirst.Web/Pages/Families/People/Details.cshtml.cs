using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>One person: their details and identifiers, where they have lived, their statuses as a child, and their relationships.</summary>
public sealed class DetailsModel(AppDbContext db, FamilyAccess access, TimeProvider time) : PersonPageModel(db, access, time)
{
    public IReadOnlyDictionary<Guid, Address> Addresses { get; private set; } = new Dictionary<Guid, Address>();

    public IReadOnlyList<(string Other, string Description)> Relationships { get; private set; } = [];

    public bool CanChange { get; private set; }

    /// <summary>Whether this person may record whether the person may be contacted (a current member, and the user may write the case record).</summary>
    public bool CanRecordRestriction { get; private set; }

    public string? MergedInto { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid personId)
    {
        if (!await LoadForViewAsync(id) || !await LoadPersonAsync(personId))
        {
            return NotFound();
        }

        CanChange = await Access.CanChangeAsync(Family);
        CanRecordRestriction = CanChange && Membership.LeftOn is null;
        var householdIds = Person.Residences.Select(r => r.HouseholdId).ToList();
        Addresses = await Db.Households.AsNoTracking().Where(h => householdIds.Contains(h.Id)).ToDictionaryAsync(h => h.Id, h => h.Address);
        var relationships = await Db.Relationships.AsNoTracking().Where(r => (r.PersonId == personId || r.RelatedPersonId == personId) && r.EndedAt == null).ToListAsync();
        var otherIds = relationships.Select(r => r.From(personId).OtherPersonId).Distinct().ToList();
        var names = await Db.People.AsNoTracking().Where(p => otherIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        Relationships = relationships
            .Select(r => r.From(personId))
            .Where(r => names.ContainsKey(r.OtherPersonId))
            .Select(r => (names[r.OtherPersonId], $"{Person.DisplayName} {r.Type.Phrase()} {names[r.OtherPersonId]}"))
            .ToList();
        if (Person.MergedIntoPersonId is { } kept)
        {
            MergedInto = await Db.People.Where(p => p.Id == kept).Select(p => p.Reference).FirstOrDefaultAsync();
        }

        return Page();
    }
}
