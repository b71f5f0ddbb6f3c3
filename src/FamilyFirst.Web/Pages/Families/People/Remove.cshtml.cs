using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.People;

/// <summary>
/// Records that a person is no longer part of the family, from a date and with the reason. Nothing is deleted:
/// the person's record, notes and history stay, and they are listed as having left.
/// </summary>
public sealed class RemoveModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : PersonPageModel(db, access, time)
{
    [BindProperty]
    [Display(Name = "Date they left the family")]
    [Required(ErrorMessage = "Enter the date they left the family")]
    public DateOnly? LeftOn { get; set; }

    [BindProperty]
    [Display(Name = "Why are they no longer part of the family?")]
    [Required(ErrorMessage = "Enter why the person is no longer part of the family")]
    [StringLength(FamilyMember.LeftReasonMaximumLength, ErrorMessage = "Reason must be 2,000 characters or less")]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid personId) =>
        await LoadForChangeFormAsync(id) && await LoadPersonAsync(personId) ? Page() : NotFound();

    [ForAction(StaffAction.ChangeFamilyMembers)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid personId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadPersonAsync(personId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Refused(Family.RemoveMember(Person.Id, LeftOn!.Value, Reason, Today), nameof(LeftOn)))
        {
            return Page();
        }

        Chronology.Add(Db, Family.Id, ChronologyEventType.People, LeftOn.Value, $"{Person.DisplayName} left the family: {Reason!.Trim()}", UserId, UtcNow, nameof(Person), Person.Id);
        audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id, $"Removed person {Person.Reference}");
        await Db.SaveChangesAsync();
        TempData.Success($"{Person.DisplayName} is no longer part of the family");
        return BackToFamily();
    }
}
