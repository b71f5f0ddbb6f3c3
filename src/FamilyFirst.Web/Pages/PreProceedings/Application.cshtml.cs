using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.PreProceedings;

/// <summary>Records an application to court for a care or supervision order, so the duty to offer a meeting first can be checked.</summary>
public sealed class ApplicationModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Date of the application")]
    [Required(ErrorMessage = "Enter the date of the application")]
    public DateOnly? AppliedOn { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadForChangeFormAsync(id) ? Page() : NotFound();

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var application = CareApplication.Record(id, AppliedOn!.Value, Today, UserId, UtcNow);
        if (!application.Succeeded)
        {
            ModelState.AddModelError(nameof(AppliedOn), application.Error!);
            return Page();
        }

        db.CareApplications.Add(application.Value!);
        audit.Record(AuditAction.Create, nameof(CareApplication), application.Value!.Id.ToString(), id, "Recorded an application for a care or supervision order");
        Chronology.Add(db, id, ChronologyEventType.Conference, AppliedOn.Value, "Application to court for a care or supervision order", UserId, UtcNow, nameof(CareApplication), application.Value.Id);
        await db.SaveChangesAsync();
        var offeredFirst = await db.PreProceedingsOffers.AnyAsync(o => o.FamilyId == id && o.OfferedOn <= AppliedOn.Value);
        TempData.Success(offeredFirst
            ? "Application recorded"
            : "Application recorded. No offer of a family group decision-making meeting was recorded before it: it will appear on the pre-proceedings report");
        return Redirect(this.Links().PreProceedings(Family.Id));
    }
}
