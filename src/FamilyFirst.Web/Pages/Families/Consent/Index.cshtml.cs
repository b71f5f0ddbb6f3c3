using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.Rendering;
using ConsentRecord = FamilyFirst.Domain.Families.Consent;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Families.Consent;

/// <summary>Who consented to what (working with the service, sharing with a named agency, a Family Group Conference), when and how; and withdrawals.</summary>
[ShowsTheRecord]
public sealed class IndexModel(AppDbContext db, FamilyAccess access, StaffDirectory directory, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Who gave consent?")]
    [Required(ErrorMessage = "Select who gave consent")]
    public Guid? PersonId { get; set; }

    [BindProperty]
    [Display(Name = "What did they consent to?")]
    [Required(ErrorMessage = "Select what they consented to")]
    public ConsentType? Type { get; set; }

    [BindProperty]
    [Display(Name = "Agency")]
    [StringLength(200, ErrorMessage = "Agency must be 200 characters or less")]
    public string? AgencyName { get; set; }

    [BindProperty]
    [Display(Name = "Date consent was given")]
    [Required(ErrorMessage = "Enter the date consent was given")]
    public DateOnly? GivenOn { get; set; }

    [BindProperty]
    [Display(Name = "How was consent given?")]
    [Required(ErrorMessage = "Select how consent was given")]
    public ConsentMethod? Method { get; set; }

    public IReadOnlyList<ConsentRecord> Consents { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> PersonNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyDictionary<Guid, string> StaffNames { get; private set; } = new Dictionary<Guid, string>();

    public bool CanChange { get; private set; }

    public IEnumerable<SelectListItem> PersonOptions =>
        new[] { new SelectListItem("Select a person", string.Empty) }
            .Concat(Family.Members.Where(m => m.LeftOn is null && PersonNames.ContainsKey(m.PersonId)).Select(m => new SelectListItem(PersonNames[m.PersonId], m.PersonId.ToString())));

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
        if (PersonId is { } p && !Family.HasMember(p))
        {
            ModelState.AddModelError(nameof(PersonId), "Select who gave consent");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var agency = Type == ConsentType.SharingWithAgency ? AgencyName : null;
        var recorded = ConsentRecord.Record(Family.Id, PersonId!.Value, Type!.Value, agency, GivenOn!.Value, Method!.Value, UserId, Today, UtcNow);
        if (!recorded.Succeeded)
        {
            ModelState.AddModelError(recorded.Field ?? nameof(GivenOn), recorded.Error!);
            return Page();
        }

        var consent = recorded.Value!;
        db.Consents.Add(consent);
        Chronology.Add(db, Family.Id, ChronologyEventType.Consent, consent.GivenOn, $"{PersonNames[consent.PersonId]} consented to {consent.Describe()}", UserId, UtcNow, nameof(ConsentRecord), consent.Id);
        audit.Record(AuditAction.Create, nameof(ConsentRecord), consent.Id.ToString(), Family.Id);
        await db.SaveChangesAsync();
        TempData.Success($"Consent to {consent.Describe()} recorded for {PersonNames[consent.PersonId]}");
        return Redirect(this.Links().FamilyConsent(Family.Id));
    }

    public static string Describe(ConsentType type) => type switch
    {
        ConsentType.WorkingWithService => "Working with the service",
        ConsentType.SharingWithAgency => "Sharing information with a named agency",
        ConsentType.FamilyGroupConference => "A Family Group Conference",
        _ => type.ToString(),
    };

    private async Task LoadAsync()
    {
        CanChange = await Access.CanChangeAsync(Family);
        Consents = await db.Consents.AsNoTracking().Where(c => c.FamilyCaseId == Family.Id).OrderByDescending(c => c.GivenOn).ToListAsync();
        var personIds = Family.Members.Select(m => m.PersonId).Concat(Consents.Select(c => c.PersonId)).Distinct().ToList();
        PersonNames = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName);
        StaffNames = await directory.NamesAsync(Consents.Select(c => c.RecordedBy));
    }
}
