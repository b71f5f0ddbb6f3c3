using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>Changes a person's details and identifiers (each checked), and their ethnicity with the purpose it is held for.</summary>
public sealed class EditModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : PersonPageModel(db, access, time), IPersonFieldsPage
{
    [BindProperty]
    public PersonFields Details { get; set; } = new();

    [BindProperty]
    [Display(Name = "Ethnicity (optional)")]
    [StringLength(200, ErrorMessage = "Ethnicity must be 200 characters or less")]
    public string? Ethnicity { get; set; }

    [BindProperty]
    [Display(Name = "Why ethnicity is being recorded")]
    [StringLength(1000, ErrorMessage = "Reason must be 1,000 characters or less")]
    public string? EthnicityPurpose { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid personId)
    {
        if (!await LoadForChangeFormAsync(id) || !await LoadPersonAsync(personId))
        {
            return NotFound();
        }

        Details = PersonFields.From(Person);
        Ethnicity = Person.Ethnicity;
        EthnicityPurpose = Person.EthnicityPurpose;
        return Page();
    }

    [ForAction(StaffAction.ChangeFamilyMembers)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid personId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadPersonAsync(personId))
        {
            return NotFound();
        }

        var details = Details.ToDetails(ModelState, nameof(Details), Today);
        if (details is not null)
        {
            await CheckIdentifiersAreNotSomeoneElsesAsync(details);
        }

        if (details is null || !ModelState.IsValid)
        {
            return Page();
        }

        var expectingBefore = Person.ExpectingOn;
        var ok = !Refused(Person.ChangeName(details.GivenName, details.FamilyName, details.PreferredName), $"{nameof(Details)}.{nameof(PersonFields.GivenName)}")
            && !Refused(Person.ChangeDateOfBirth(details.DateOfBirth, details.ExpectedDateOfBirth, Today), $"{nameof(Details)}.{nameof(PersonFields.DateOfBirth)}")
            && !Refused(Person.RecordExpecting(Details.ExpectingOn), $"{nameof(Details)}.{nameof(PersonFields.ExpectingOn)}");
        if (ok && !string.IsNullOrWhiteSpace(Ethnicity))
        {
            ok = !Refused(Person.RecordEthnicity(Ethnicity, EthnicityPurpose), nameof(EthnicityPurpose));
        }
        else if (ok)
        {
            Person.RemoveEthnicity();
        }

        if (!ok)
        {
            return Page();
        }

        Person.ChangeGender(details.Gender);
        Person.RecordLanguage(details.Language, details.NeedsInterpreter);
        Person.RecordIdentifiers(details.NhsNumber, details.UniquePupilNumber, details.NationalInsuranceNumber);
        audit.Record(AuditAction.Change, nameof(Person), Person.Id.ToString(), Family.Id, expectingBefore == Person.ExpectingOn ? "Details changed" : "Details changed, with the date the baby is due");
        await Db.SaveChangesAsync();
        TempData.Success($"{Person.DisplayName}'s details have been updated");
        return Redirect(PersonPath);
    }

    private async Task CheckIdentifiersAreNotSomeoneElsesAsync(PersonDetails details)
    {
        var nhs = details.NhsNumber;
        var upn = details.UniquePupilNumber;
        var nino = details.NationalInsuranceNumber;
        var others = Db.People.Where(p => p.Id != Person.Id && p.MergedIntoPersonId == null);
        if (nhs is not null && await others.AnyAsync(p => p.NhsNumber == nhs))
        {
            ModelState.AddModelError($"{nameof(Details)}.{nameof(PersonFields.NhsNumber)}", "Another person already has this NHS number - check it, or ask a manager to merge the records");
        }

        if (upn is not null && await others.AnyAsync(p => p.UniquePupilNumber == upn))
        {
            ModelState.AddModelError($"{nameof(Details)}.{nameof(PersonFields.UniquePupilNumber)}", "Another person already has this unique pupil number - check it, or ask a manager to merge the records");
        }

        if (nino is not null && await others.AnyAsync(p => p.NationalInsuranceNumber == nino))
        {
            ModelState.AddModelError($"{nameof(Details)}.{nameof(PersonFields.NationalInsuranceNumber)}", "Another person already has this National Insurance number - check it, or ask a manager to merge the records");
        }
    }
}
