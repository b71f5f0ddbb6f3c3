using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Families.Needs;

/// <summary>
/// Sets the outcome framework the family's results are worked out under, with the whole-family assessment and
/// plan-agreed dates the Supporting Families framework asks for. For the people who may change the case record; the
/// change is audited.
/// </summary>
public sealed class FrameworkModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Outcome framework")]
    [Required(ErrorMessage = "Select the outcome framework")]
    public string? Framework { get; set; }

    [BindProperty]
    [Display(Name = "Date of the whole-family assessment (optional)")]
    public DateOnly? WholeFamilyAssessedOn { get; set; }

    [BindProperty]
    [Display(Name = "Date the plan was agreed (optional)")]
    public DateOnly? PlanAgreedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadForChangeFormAsync(id))
        {
            return NotFound();
        }

        Framework = OutcomeFrameworks.Code(Family.Framework);
        WholeFamilyAssessedOn = Family.WholeFamilyAssessedOn;
        PlanAgreedOn = Family.PlanAgreedOn;
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        var framework = OutcomeFrameworks.FromCode(Framework);
        if (Framework is not null && framework is null)
        {
            ModelState.AddModelError(nameof(Framework), "Select the outcome framework");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = Family.SetOutcomeFramework(framework!.Value, WholeFamilyAssessedOn, PlanAgreedOn, Today);
        if (Refused(result, result.Field ?? nameof(Framework)))
        {
            return Page();
        }

        audit.Record(AuditAction.Change, FamilyAccess.FamilyCaseRecord, Family.Id.ToString(), Family.Id,
            $"Outcome framework set to {OutcomeFrameworks.Code(framework.Value)} (assessed {WholeFamilyAssessedOn:yyyy-MM-dd}, plan agreed {PlanAgreedOn:yyyy-MM-dd})");
        await db.SaveChangesAsync();
        TempData.Success($"The family's outcome framework is {OutcomeFrameworks.Name(framework.Value)}");
        return Redirect(this.Links().FamilyNeeds(Family.Id));
    }
}
