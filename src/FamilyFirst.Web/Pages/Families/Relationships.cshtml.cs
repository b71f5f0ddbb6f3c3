using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc.Rendering;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>The relationships between the people in the family, as a list and as a network diagram (SVG drawn on the server), and a form to add one.</summary>
[ShowsTheRecord]
public sealed class RelationshipsModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Person")]
    [Required(ErrorMessage = "Select the person")]
    public Guid? PersonId { get; set; }

    [BindProperty]
    [Display(Name = "Relationship")]
    [Required(ErrorMessage = "Select the relationship")]
    public RelationshipType? Type { get; set; }

    [BindProperty]
    [Display(Name = "To whom")]
    [Required(ErrorMessage = "Select who they are related to")]
    public Guid? RelatedPersonId { get; set; }

    public IReadOnlyDictionary<Guid, Person> People { get; private set; } = new Dictionary<Guid, Person>();

    /// <summary>The relationships that stand, drawn on the diagram.</summary>
    public IReadOnlyList<Relationship> List { get; private set; } = [];

    /// <summary>Relationships that ended or were recorded in error, kept for the family's history.</summary>
    public IReadOnlyList<Relationship> Ended { get; private set; } = [];

    public NetworkDiagram Diagram { get; private set; } = new(0, 0, [], []);

    public bool CanChange { get; private set; }

    public IEnumerable<SelectListItem> PersonOptions =>
        new[] { new SelectListItem("Select a person", string.Empty) }.Concat(People.Values.OrderBy(p => p.DisplayName).Select(p => new SelectListItem(p.DisplayName, p.Id.ToString())));

    public IEnumerable<SelectListItem> TypeOptions => FamilyText.Options<RelationshipType>(t => t.Phrase(), withBlank: true);

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    [ForAction(StaffAction.ChangeFamilyMembers)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        if (PersonId is { } p && !People.ContainsKey(p))
        {
            ModelState.AddModelError(nameof(PersonId), "Select the person");
        }

        if (RelatedPersonId is { } r && !People.ContainsKey(r))
        {
            ModelState.AddModelError(nameof(RelatedPersonId), "Select who they are related to");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var recorded = Relationship.Record(Party(PersonId!.Value), Type!.Value, Party(RelatedPersonId!.Value), List, UserId, UtcNow);
        if (!recorded.Succeeded)
        {
            ModelState.AddModelError(nameof(Type), recorded.Error!);
            return Page();
        }

        db.Relationships.Add(recorded.Value!);
        var words = $"{People[PersonId.Value].DisplayName} {Type.Value.Phrase()} {People[RelatedPersonId.Value].DisplayName}";
        audit.Record(AuditAction.Create, nameof(Relationship), recorded.Value!.Id.ToString(), Family.Id);
        await db.SaveChangesAsync();
        TempData.Success($"Relationship recorded: {words}");
        return Redirect(this.Links().Relationships(Family.Id));
    }

    private RelationshipParty Party(Guid personId) =>
        new(personId, People[personId].DisplayName, People[personId].DateOfBirth ?? People[personId].ExpectedDateOfBirth);

    private async Task LoadAsync()
    {
        CanChange = await Access.CanChangeAsync(Family);
        var ids = Family.Members.Where(m => m.LeftOn is null).Select(m => m.PersonId).ToList();
        People = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
        var all = await db.Relationships.AsNoTracking().Where(r => ids.Contains(r.PersonId) && ids.Contains(r.RelatedPersonId)).OrderBy(r => r.RecordedAt).ToListAsync();
        List = all.Where(r => r.IsCurrent).ToList();
        Ended = all.Where(r => !r.IsCurrent).OrderByDescending(r => r.EndedAt).ToList();
        var roles = Family.Members.Where(m => m.LeftOn is null).ToDictionary(m => m.PersonId, m => m.Role);
        var diagramPeople = ids.Where(People.ContainsKey)
            .OrderBy(i => People[i].DateOfBirth ?? People[i].ExpectedDateOfBirth ?? DateOnly.MaxValue)
            .Select(i => new DiagramPerson(i, People[i].DisplayName, roles[i]))
            .ToList();
        Diagram = NetworkDiagramLayout.Arrange(diagramPeople, List);
    }
}
