using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.Network;

/// <summary>The wider family network beyond the household, for Family Group Conferences: who they are, how to reach them, and whether they may be contacted.</summary>
[ShowsTheRecord]
public sealed class IndexModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Full name")]
    [Required(ErrorMessage = "Enter the person's name")]
    [StringLength(200, ErrorMessage = "Full name must be 200 characters or less")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "How are they related to or know the family?")]
    [Required(ErrorMessage = "Enter how they are related to or know the family")]
    [StringLength(200, ErrorMessage = "Relationship must be 200 characters or less")]
    public string? RelationshipToFamily { get; set; }

    [BindProperty]
    [Display(Name = "Are they a relative or a friend?")]
    [Required(ErrorMessage = "Select relative or friend")]
    public string? Kind { get; set; }

    [BindProperty]
    public NetworkFields Contact { get; set; } = new();

    public IReadOnlyList<NetworkMember> Members { get; private set; } = [];

    public bool CanChange { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForViewAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var added = NetworkMember.Add(Family.Id, Name, RelationshipToFamily, Kind == "friend");
        if (!added.Succeeded)
        {
            ModelState.AddModelError(nameof(Name), added.Error!);
            return Page();
        }

        if (!Contact.ApplyTo(added.Value!, ModelState, nameof(Contact), Today))
        {
            return Page();
        }

        db.NetworkMembers.Add(added.Value!);
        audit.Record(AuditAction.Create, nameof(NetworkMember), added.Value!.Id.ToString(), Family.Id);
        await db.SaveChangesAsync();
        TempData.Success($"{added.Value!.Name} has been added to the wider network");
        return Redirect(this.Links().FamilyNetwork(Family.Id));
    }

    private async Task LoadAsync()
    {
        CanChange = await Access.CanChangeAsync(Family);
        Members = await db.NetworkMembers.AsNoTracking().Where(m => m.FamilyCaseId == Family.Id).OrderBy(m => m.Name).ToListAsync();
    }
}
