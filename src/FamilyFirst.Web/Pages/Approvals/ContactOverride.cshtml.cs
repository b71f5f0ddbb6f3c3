using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Families;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Approvals;

/// <summary>
/// A request to contact someone who must not be contacted, for a manager of the family's team: allow it (the domain's
/// override, with the manager's own reason, in the chronology and the audit) or refuse it with comments for the person
/// who asked. Nobody decides their own request. Anyone who is not a manager of the family's team gets "Page not found".
/// </summary>
public sealed class ContactOverrideModel(AppDbContext db, FamilyAccess access, AuditTrail audit, StaffDirectory directory, TimeProvider time) : PageModel
{
    public ContactOverrideRequest Asked { get; private set; } = default!;

    public string FamilyName { get; private set; } = string.Empty;

    public string FamilyReference { get; private set; } = string.Empty;

    public string AskedBy { get; private set; } = string.Empty;

    public string? DecidedBy { get; private set; }

    /// <summary>The person's page: the household member's contact page, or the network member's page.</summary>
    public string PersonHref { get; private set; } = string.Empty;

    /// <summary>The restriction as it stands now (it may have changed since the request was made).</summary>
    public ContactRestriction? Restriction { get; private set; }

    /// <summary>True when the signed-in manager made the request: a different manager must decide it.</summary>
    public bool IsOwn { get; private set; }

    public int AgeDays { get; private set; }

    [BindProperty]
    [Display(Name = "Why may they be contacted despite the restriction?")]
    [StringLength(ContactOverrideRequest.TextMaxLength, ErrorMessage = "Why contact is allowed must be 2,000 characters or less")]
    public string? AllowReason { get; set; }

    [BindProperty]
    [Display(Name = "Comments for the person who asked")]
    [StringLength(ContactOverrideRequest.TextMaxLength, ErrorMessage = "Comments must be 2,000 characters or less")]
    public string? RefuseComments { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid requestId) =>
        await LoadAsync(requestId, forChange: false) is not null ? Page() : NotFound();

    /// <summary>Allows contact: records the manager's override on the person's restriction.</summary>
    [ForAction(StaffAction.DecideContactOverride)]
    public async Task<IActionResult> OnPostAllowAsync(Guid requestId)
    {
        if (await LoadAsync(requestId, forChange: true) is not { } family)
        {
            return NotFound();
        }

        var reason = AllowReason;
        ModelState.Clear();
        AllowReason = reason;
        var staff = await access.CurrentStaffAsync();
        var now = time.GetUtcNow();
        var member = Asked.NetworkMemberId is { } memberId
            ? await db.NetworkMembers.FirstOrDefaultAsync(m => m.Id == memberId && m.FamilyCaseId == family.Id)
            : null;
        var allowed = Asked.Allow(staff.UserId, AllowReason, now, why => member is not null
            ? member.OverrideContactRestriction(true, staff.UserId, why, now)
            : Asked.PersonId is { } personId
                ? family.OverrideContactRestriction(personId, true, staff.UserId, why, now)
                : Result.Fail($"{Asked.PersonName} is no longer on the family's record"));
        if (!allowed.Succeeded)
        {
            ModelState.AddModelError(allowed.Field is null ? string.Empty : nameof(AllowReason), allowed.Error!);
            return Page();
        }

        return await DecidedAsync(
            family.Id,
            $"A manager allowed contact with {Asked.PersonName} despite the restriction, as {AskedBy} asked: {Asked.Comments}",
            $"Manager allowed contact despite the restriction, as asked: {Asked.Comments}",
            $"Contact with {Asked.PersonName} is allowed. {AskedBy} will see your decision");
    }

    /// <summary>Refuses the request with comments for the person who asked; the restriction still stops contact.</summary>
    [ForAction(StaffAction.DecideContactOverride)]
    public async Task<IActionResult> OnPostRefuseAsync(Guid requestId)
    {
        if (await LoadAsync(requestId, forChange: true) is not { } family)
        {
            return NotFound();
        }

        var comments = RefuseComments;
        ModelState.Clear();
        RefuseComments = comments;
        var staff = await access.CurrentStaffAsync();
        var refused = Asked.Refuse(staff.UserId, RefuseComments, time.GetUtcNow());
        if (!refused.Succeeded)
        {
            ModelState.AddModelError(refused.Field is null ? string.Empty : nameof(RefuseComments), refused.Error!);
            return Page();
        }

        return await DecidedAsync(
            family.Id,
            $"A manager refused {AskedBy}'s request to contact {Asked.PersonName}: {Asked.Comments}",
            $"Manager refused a request to allow contact despite the restriction: {Asked.Comments}",
            $"You refused the request to contact {Asked.PersonName}. {AskedBy} will see your comments");
    }

    private async Task<IActionResult> DecidedAsync(Guid familyId, string chronology, string auditDetail, string banner)
    {
        var recordType = Asked.PersonId is not null ? nameof(Person) : nameof(NetworkMember);
        Chronology.Add(db, familyId, ChronologyEventType.People, time.Today, chronology, Asked.DecidedBy!.Value, Asked.DecidedAt!.Value, recordType, Asked.PersonId ?? Asked.NetworkMemberId);
        audit.Record(AuditAction.Change, nameof(ContactOverrideRequest), Asked.Id.ToString(), familyId, auditDetail);
        await db.SaveChangesAsync();
        TempData.Success(banner);
        return Redirect(this.Links().Approvals());
    }

    /// <summary>The request and its family (tracked for a decision), or null when there is none or the manager may not decide it (audited).</summary>
    private async Task<FamilyCase?> LoadAsync(Guid requestId, bool forChange)
    {
        var asked = forChange
            ? await db.ContactOverrideRequests.FirstOrDefaultAsync(r => r.Id == requestId)
            : await db.ContactOverrideRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId);
        if (asked is null)
        {
            return null;
        }

        var staff = await access.CurrentStaffAsync();
        var facts = await access.FactsIfVisibleAsync(asked.FamilyId);
        if (facts is null || !RoleModel.Allows(staff, StaffAction.DecideContactOverride, facts))
        {
            await audit.RecordAndSaveAsync(AuditAction.AccessDenied, nameof(ContactOverrideRequest), asked.Id.ToString(), asked.FamilyId, "Not a manager of the family's team");
            return null;
        }

        var family = forChange ? await access.FindForChangeAsync(asked.FamilyId) : await access.FindForViewAsync(asked.FamilyId);
        if (family is null)
        {
            return null;
        }

        Asked = asked;
        FamilyName = family.FamilyName;
        FamilyReference = family.Reference;
        IsOwn = asked.RequestedBy == staff.UserId;
        AgeDays = time.Today.DayNumber - time.DateOf(asked.RequestedAt).DayNumber;
        var links = this.Links();
        if (asked.PersonId is { } personId)
        {
            Restriction = family.RestrictionOf(personId);
            PersonHref = links.PersonContactRestriction(family.Id, personId);
        }
        else if (asked.NetworkMemberId is { } memberId)
        {
            Restriction = (await db.NetworkMembers.AsNoTracking().FirstOrDefaultAsync(m => m.Id == memberId && m.FamilyCaseId == family.Id))?.Restriction;
            PersonHref = links.NetworkMember(family.Id, memberId);
        }

        var names = await directory.NamesAsync(asked.DecidedBy is { } by ? [asked.RequestedBy, by] : [asked.RequestedBy]);
        AskedBy = names.GetValueOrDefault(asked.RequestedBy, "Someone who has left");
        DecidedBy = asked.DecidedBy is { } decider ? names.GetValueOrDefault(decider, "Someone who has left") : null;
        return family;
    }
}
