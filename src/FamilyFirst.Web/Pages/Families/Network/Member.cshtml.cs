using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.Network;

/// <summary>Changes a wider network member's contact details, and whether they may be contacted (with a reason when not).</summary>
public sealed class MemberModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    public NetworkFields Contact { get; set; } = new();

    public NetworkMember Member { get; private set; } = default!;

    [BindProperty]
    [Display(Name = "Why may they be contacted despite the restriction?")]
    [StringLength(2000, ErrorMessage = "Why contact is allowed must be 2,000 characters or less")]
    public string? OverrideReason { get; set; }

    public bool IsManager { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid memberId)
    {
        if (!await LoadForChangeFormAsync(id) || !await LoadMemberAsync(memberId))
        {
            return NotFound();
        }

        Contact = NetworkFields.From(Member);
        return Page();
    }

    /// <summary>A manager allows contact despite the restriction; the domain refuses anyone else, and the reason is audited.</summary>
    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostOverrideAsync(Guid id, Guid memberId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadMemberAsync(memberId))
        {
            return NotFound();
        }

        Contact = NetworkFields.From(Member);
        ModelState.Clear();
        if (Refused(Member.OverrideContactRestriction(IsManager, UserId, OverrideReason, UtcNow), nameof(OverrideReason)))
        {
            return Page();
        }

        audit.Record(AuditAction.Change, nameof(NetworkMember), Member.Id.ToString(), Family.Id, $"Manager allowed contact despite the restriction: {Member.ContactOverrideReason}");
        await db.SaveChangesAsync();
        TempData.Success($"Contact with {Member.Name} is allowed. The reason is shown wherever they appear");
        return Redirect(this.Links().FamilyNetwork(Family.Id));
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid memberId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadMemberAsync(memberId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || !Contact.ApplyTo(Member, ModelState, nameof(Contact), Today))
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
        IsManager = (await Access.CurrentStaffAsync()).HasRole(StaffRole.Manager);
        return member is not null;
    }
}
