using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;

namespace FamilyFirst.Web.Pages.Families.Network;

/// <summary>Changes a wider network member's contact details, and whether they may be contacted (with a reason when not).</summary>
public sealed class MemberModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    public NetworkFields Contact { get; set; } = new();

    public NetworkMember Member { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId)
    {
        if (!await LoadForChangeFormAsync(id) || !await LoadMemberAsync(memberId))
        {
            return NotFound();
        }

        Contact = NetworkFields.From(Member);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadMemberAsync(memberId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !Contact.ApplyTo(Member, ModelState, nameof(Contact)))
        {
            return Page();
        }

        audit.Record(AuditAction.Change, nameof(NetworkMember), Member.Id.ToString(), Family.Id);
        await db.SaveChangesAsync();
        TempData.Success($"{Member.Name}'s details have been updated");
        return Redirect(this.Links().FamilyNetwork(Family.Id));
    }

    private async Task<bool> LoadMemberAsync(Guid memberId)
    {
        var member = await db.NetworkMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.FamilyCaseId == Family.Id);
        Member = member!;
        return member is not null;
    }
}
