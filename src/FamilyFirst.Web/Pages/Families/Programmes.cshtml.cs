using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>Attaches the family to a programme (Family First, Supporting Families) from its attachment date.</summary>
public sealed class ProgrammesModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Programme")]
    [Required(ErrorMessage = "Select the programme")]
    public Programme? Programme { get; set; }

    [BindProperty]
    [Display(Name = "Date attached")]
    [Required(ErrorMessage = "Enter the date the family was attached")]
    public DateOnly? AttachedOn { get; set; }

    public IReadOnlyList<Programme> Available => Enum.GetValues<Programme>().Where(p => Family.AttachedOn(p) is null).ToList();

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadForChangeFormAsync(id) ? Page() : NotFound();

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        if (AttachedOn > Today)
        {
            ModelState.AddModelError(nameof(AttachedOn), "Date attached must be today or in the past");
        }

        if (!ModelState.IsValid || Refused(Family.AttachToProgramme(Programme!.Value, AttachedOn!.Value), nameof(Programme)))
        {
            return Page();
        }

        var name = FamilyCase.ProgrammeName(Programme.Value);
        Chronology.Add(db, Family.Id, ChronologyEventType.Programme, AttachedOn.Value, $"Attached to the {name} programme", UserId, UtcNow, nameof(FamilyCase), Family.Id);
        audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id, $"Attached to {Programme}");
        await db.SaveChangesAsync();
        TempData.Success($"The family has been attached to {name}");
        return BackToFamily();
    }
}
