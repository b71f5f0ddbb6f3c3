using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using ConsentRecord = FamilyFirst.Domain.Families.Consent;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.Consent;

/// <summary>Records the withdrawal of a consent, from a date, with the reason.</summary>
public sealed class WithdrawModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Date consent was withdrawn")]
    [Required(ErrorMessage = "Enter the date consent was withdrawn")]
    public DateOnly? WithdrawnOn { get; set; }

    [BindProperty]
    [Display(Name = "Why was consent withdrawn?")]
    [Required(ErrorMessage = "Enter why consent was withdrawn")]
    [StringLength(2000, ErrorMessage = "Reason must be 2,000 characters or less")]
    public string? Reason { get; set; }

    public ConsentRecord Consent { get; private set; } = default!;

    public string PersonName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, Guid consentId) =>
        await LoadForChangeFormAsync(id) && await LoadConsentAsync(consentId) ? Page() : NotFound();

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid consentId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadConsentAsync(consentId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Refused(Consent.Withdraw(WithdrawnOn!.Value, Reason, Today), nameof(WithdrawnOn)))
        {
            return Page();
        }

        Chronology.Add(db, Family.Id, ChronologyEventType.Consent, WithdrawnOn.Value, $"{PersonName} withdrew consent to {Consent.Describe()}", UserId, UtcNow, nameof(ConsentRecord), Consent.Id);
        audit.Record(AuditAction.Change, nameof(ConsentRecord), Consent.Id.ToString(), Family.Id, "Withdrawn");
        await db.SaveChangesAsync();
        TempData.Success($"Consent to {Consent.Describe()} has been withdrawn");
        return Redirect(this.Links().FamilyConsent(Family.Id));
    }

    private async Task<bool> LoadConsentAsync(Guid consentId)
    {
        var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId && c.FamilyCaseId == Family.Id);
        if (consent is null)
        {
            return false;
        }

        Consent = consent;
        PersonName = await db.People.Where(p => p.Id == consent.PersonId).Select(p => p.GivenName + " " + p.FamilyName).FirstOrDefaultAsync() ?? "Unknown person";
        return true;
    }
}
