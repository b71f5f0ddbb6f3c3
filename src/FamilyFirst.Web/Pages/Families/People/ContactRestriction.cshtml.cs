using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>
/// Whether a member of the household may be contacted: record that they must not be (why, and any court order and the
/// day it ends), say that they may be again, and, for a manager only, allow contact despite the restriction with a
/// reason; anyone else who holds the case (or coordinates its conference) asks a manager for that, with their reason, and
/// sees the manager's decision here. Every page that reaches a person asks the domain's <see cref="ContactRules"/> about what is recorded here.
/// </summary>
public sealed class ContactRestrictionModel(AppDbContext db, FamilyAccess access, AuditTrail audit, StaffDirectory directory, TimeProvider time) : PersonPageModel(db, access, time)
{
    [BindProperty]
    [Display(Name = "Why must they not be contacted?")]
    [StringLength(ContactRestriction.MaximumReasonLength, ErrorMessage = "Why they must not be contacted must be 2,000 characters or less")]
    public string? Reason { get; set; }

    [BindProperty]
    [Display(Name = "Court order (optional)")]
    [StringLength(ContactRestriction.MaximumOrderLength, ErrorMessage = "The order must be 200 characters or less")]
    public string? Order { get; set; }

    [BindProperty]
    [Display(Name = "When does the order end? (optional)")]
    public DateOnly? OrderEndsOn { get; set; }

    [BindProperty]
    [Display(Name = "Why may they be contacted despite the restriction?")]
    [StringLength(ContactRestriction.MaximumReasonLength, ErrorMessage = "Why contact is allowed must be 2,000 characters or less")]
    public string? OverrideReason { get; set; }

    [BindProperty]
    [Display(Name = "Why do you need to contact them?")]
    [StringLength(ContactOverrideRequest.TextMaxLength, ErrorMessage = "Why you need to contact them must be 2,000 characters or less")]
    public string? RequestReason { get; set; }

    public ContactRestriction? Restriction => Family.RestrictionOf(Person.Id);

    public bool IsManager { get; private set; }

    /// <summary>Whether they may record, change or lift the restriction (a coordinator may only ask for contact).</summary>
    public bool CanWrite { get; private set; }

    /// <summary>Whether they may ask a manager to allow contact: the restriction stops contact, and nothing is waiting already.</summary>
    public bool CanRequest { get; private set; }

    /// <summary>The requests to allow contact with this person, newest first, with each manager's decision.</summary>
    public IReadOnlyList<ContactOverrideRequestRow> Requests { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid personId)
    {
        if (!await LoadAsync(id, personId, forChange: false))
        {
            return NotFound();
        }

        (Reason, Order, OrderEndsOn) = (Restriction?.Reason, Restriction?.Order, Restriction?.OrderEndsOn);
        return Page();
    }

    /// <summary>Records (or changes) the restriction.</summary>
    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid personId)
    {
        if (!await LoadAsync(id, personId, forChange: true))
        {
            return NotFound();
        }

        ModelState.Remove(nameof(OverrideReason));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var recorded = Family.RestrictContact(Person.Id, Reason, Order, OrderEndsOn, Today);
        if (!recorded.Succeeded)
        {
            ModelState.AddModelError(recorded.Field ?? nameof(Reason), recorded.Error!);
            return Page();
        }

        return await RecordedAsync(
            $"{Person.DisplayName} must not be contacted: {Restriction!.Describe()}",
            $"Contact restriction recorded for person {Person.Reference}",
            $"{Person.DisplayName} must not be contacted. This is shown wherever they appear");
    }

    /// <summary>Records that they may be contacted again (the restriction was lifted or recorded in error).</summary>
    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostLiftAsync(Guid id, Guid personId)
    {
        if (!await LoadAsync(id, personId, forChange: true))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Restriction is null)
        {
            ModelState.AddModelError(string.Empty, $"{Person.DisplayName} may already be contacted");
            return Page();
        }

        Family.AllowContact(Person.Id);
        return await RecordedAsync(
            $"{Person.DisplayName} may be contacted again",
            $"Contact restriction lifted for person {Person.Reference}",
            $"{Person.DisplayName} may be contacted again");
    }

    /// <summary>A manager allows contact despite the restriction; the domain refuses anyone else, and the reason is audited.</summary>
    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostOverrideAsync(Guid id, Guid personId)
    {
        if (!await LoadAsync(id, personId, forChange: true))
        {
            return NotFound();
        }

        var reason = OverrideReason;
        ModelState.Clear();
        (Reason, Order, OrderEndsOn, OverrideReason) = (Restriction?.Reason, Restriction?.Order, Restriction?.OrderEndsOn, reason);
        if (Refused(Family.OverrideContactRestriction(Person.Id, IsManager, UserId, OverrideReason, UtcNow), nameof(OverrideReason)))
        {
            return Page();
        }

        return await RecordedAsync(
            $"A manager allowed contact with {Person.DisplayName} despite the restriction: {OverrideReason!.Trim()}",
            $"Manager allowed contact despite the restriction for person {Person.Reference}: {OverrideReason.Trim()}",
            $"Contact with {Person.DisplayName} is allowed. The reason is shown wherever they appear");
    }

    /// <summary>Asks a manager of the family's team to allow contact despite the restriction, with the reason.</summary>
    [ForAction(StaffAction.RequestContactOverride)]
    public async Task<IActionResult> OnPostRequestAsync(Guid id, Guid personId)
    {
        if (!await LoadAsync(id, personId, forChange: true))
        {
            return NotFound();
        }

        var reason = RequestReason;
        ModelState.Clear();
        (Reason, Order, OrderEndsOn, RequestReason) = (Restriction?.Reason, Restriction?.Order, Restriction?.OrderEndsOn, reason);
        var asked = ContactOverrideRequest.Ask(Family.Id, Person.Id, null, Person.DisplayName, Restriction, Requests.Any(r => r.Asked.IsWaiting), RequestReason, UserId, UtcNow, Today);
        if (!asked.Succeeded)
        {
            ModelState.AddModelError(asked.Field is null ? string.Empty : nameof(RequestReason), asked.Error!);
            return Page();
        }

        Db.ContactOverrideRequests.Add(asked.Value!);
        return await RecordedAsync(
            $"Asked a manager to allow contact with {Person.DisplayName} despite the restriction: {asked.Value!.Reason}",
            $"Asked a manager to allow contact despite the restriction for person {Person.Reference}",
            $"Your request to contact {Person.DisplayName} has been sent to the managers of the family's team. Their decision will show here and in My work");
    }

    /// <summary>The step every change here ends with: the chronology entry, the audit row, one save, and the banner.</summary>
    private async Task<IActionResult> RecordedAsync(string chronology, string auditDetail, string banner)
    {
        Chronology.Add(Db, Family.Id, ChronologyEventType.People, Today, chronology, UserId, UtcNow, nameof(Person), Person.Id);
        audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id, auditDetail);
        await Db.SaveChangesAsync();
        TempData.Success(banner);
        return Redirect(PersonPath);
    }

    private async Task<bool> LoadAsync(Guid id, Guid personId, bool forChange)
    {
        var loaded = forChange ? await LoadForChangeAsync(id) : await LoadForChangeFormAsync(id);
        if (!loaded || !await LoadPersonAsync(personId) || Membership.LeftOn is not null)
        {
            return false;
        }

        IsManager = (await Access.CurrentStaffAsync()).HasRole(StaffRole.Manager);
        CanWrite = await Access.CanChangeAsync(Family);
        Requests = await ContactOverrideHistory.ForAsync(Db, directory, Family.Id, Person.Id, null);
        CanRequest = !IsManager && Restriction?.StopsContactOn(Today) == true && !Requests.Any(r => r.Asked.IsWaiting)
            && await Access.MayAsync(Family, StaffAction.RequestContactOverride);
        return true;
    }
}
