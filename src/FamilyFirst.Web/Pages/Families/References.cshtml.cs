using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families;

/// <summary>
/// The family's references in the council's other systems (the programme list, children's social care, early help):
/// one per system, and a reference names one family within its system.
/// </summary>
public sealed class ReferencesModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "System")]
    [Required(ErrorMessage = "Select the system the reference comes from")]
    public ReferenceSource? Source { get; set; }

    [BindProperty]
    [Display(Name = "Reference")]
    public string? Value { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadForChangeFormAsync(id) ? Page() : NotFound();

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        if (ExternalReference.Problem(Value) is { } problem)
        {
            ModelState.AddModelError(nameof(Value), problem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var key = ExternalReference.KeyOf(Value);
        var source = Source!.Value;
        if (await db.FamilyCases.AnyAsync(f => f.Id != Family.Id && f.ExternalReferences.Any(r => r.Source == source && r.Key == key)))
        {
            ModelState.AddModelError(nameof(Value), $"Another family already has {Value!.Trim()} as its {ExternalReference.SourceName(source).ToLowerInvariant()} reference");
            return Page();
        }

        if (Refused(Family.RecordExternalReference(source, Value, UtcNow), nameof(Value)))
        {
            return Page();
        }

        audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id, $"Recorded the {source} reference");
        await db.SaveChangesAsync();
        TempData.Success($"{ExternalReference.SourceName(source)} reference {Value!.Trim()} recorded");
        return Redirect(this.Links().FamilyReferences(Family.Id));
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostRemoveAsync(Guid id, ReferenceSource source)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Refused(Family.RemoveExternalReference(source)))
        {
            return Page();
        }

        audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id, $"Removed the {source} reference");
        await db.SaveChangesAsync();
        TempData.Success($"{ExternalReference.SourceName(source)} reference removed");
        return Redirect(this.Links().FamilyReferences(Family.Id));
    }
}
