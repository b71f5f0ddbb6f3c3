using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.Network;

/// <summary>
/// Changes a wider network member's contact details, and whether they may be contacted (with a reason when not). A
/// manager may allow contact despite a restriction; anyone else who holds the case (or coordinates its conference) asks
/// a manager for that, with a reason, and sees the decision here.
/// </summary>
public sealed class MemberModel(AppDbContext db, FamilyAccess access, AuditTrail audit, StaffDirectory directory, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    public NetworkFields Contact { get; set; } = new();

    public NetworkMember Member { get; private set; } = default!;

    [BindProperty]
    [Display(Name = "Why may they be contacted despite the restriction?")]
    [StringLength(2000, ErrorMessage = "Why contact is allowed must be 2,000 characters or less")]
    public string? OverrideReason { get; set; }

    [BindProperty]
    [Display(Name = "Why do you need to contact them?")]
    [StringLength(ContactOverrideRequest.TextMaxLength, ErrorMessage = "Why you need to contact them must be 2,000 characters or less")]
    public string? RequestReason { get; set; }

    public bool IsManager { get; private set; }

    /// <summary>Whether they may change the member's details (a coordinator may only ask for contact).</summary>
    public bool CanWrite { get; private set; }

    /// <summary>Whether they may ask a manager to allow contact: the restriction stops contact, and nothing is waiting already.</summary>
    public bool CanRequest { get; private set; }

    /// <summary>The requests to allow contact with this member, newest first, with each manager's decision.</summary>
    public IReadOnlyList<ContactOverrideRequestRow> Requests { get; private set; } = [];

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

    /// <summary>Asks a manager of the family's team to allow contact despite the restriction, with the reason.</summary>
    [ForAction(StaffAction.RequestContactOverride)]
    public async Task<IActionResult> OnPostRequestAsync(Guid id, Guid memberId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadMemberAsync(memberId))
        {
            return NotFound();
        }

        Contact = NetworkFields.From(Member);
        var reason = RequestReason;
        ModelState.Clear();
        RequestReason = reason;
        var asked = ContactOverrideRequest.Ask(Family.Id, null, Member.Id, Member.Name, Member.Restriction, Requests.Any(r => r.Asked.IsWaiting), RequestReason, UserId, UtcNow, Today);
        if (!asked.Succeeded)
        {
            ModelState.AddModelError(asked.Field is null ? string.Empty : nameof(RequestReason), asked.Error!);
            return Page();
        }

        db.ContactOverrideRequests.Add(asked.Value!);
        Chronology.Add(db, Family.Id, ChronologyEventType.People, Today, $"Asked a manager to allow contact with {Member.Name} despite the restriction: {asked.Value!.Reason}", UserId, UtcNow, nameof(NetworkMember), Member.Id);
        audit.Record(AuditAction.Change, nameof(NetworkMember), Member.Id.ToString(), Family.Id, "Asked a manager to allow contact despite the restriction");
        await db.SaveChangesAsync();
        TempData.Success($"Your request to contact {Member.Name} has been sent to the managers of the family's team. Their decision will show here and in My work");
        return Redirect(this.Links().NetworkMember(Family.Id, Member.Id));
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
        if (member is null)
        {
            return false;
        }

        CanWrite = await Access.CanChangeAsync(Family);
        Requests = await ContactOverrideHistory.ForAsync(db, directory, Family.Id, null, member.Id);
        CanRequest = !IsManager && member.Restriction?.StopsContactOn(Today) == true && !Requests.Any(r => r.Asked.IsWaiting)
            && await Access.MayAsync(Family, StaffAction.RequestContactOverride);
        return true;
    }
}
