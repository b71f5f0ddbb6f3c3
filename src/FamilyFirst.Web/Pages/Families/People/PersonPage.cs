using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>A page about one person in the family: the person must be (or have been) a member of the family loaded through access.</summary>
public abstract class PersonPageModel(AppDbContext db, FamilyAccess access, TimeProvider time) : FamilyPageModel(access, time)
{
    public Person Person { get; private set; } = default!;

    public FamilyMember Membership { get; private set; } = default!;

    public string PersonPath => this.Links().Person(Family.Id, Person.Id);

    protected AppDbContext Db => db;

    /// <summary>Loads the person, tracked, when they belong to the loaded family; false means NotFound.</summary>
    protected async Task<bool> LoadPersonAsync(Guid personId)
    {
        var membership = Family.Members.Where(m => m.PersonId == personId).OrderBy(m => m.LeftOn is null ? 0 : 1).FirstOrDefault();
        if (membership is null)
        {
            return false;
        }

        var person = await db.People.AsSplitQuery().FirstOrDefaultAsync(p => p.Id == personId);
        if (person is null)
        {
            return false;
        }

        Person = person;
        Membership = membership;
        return true;
    }
}
