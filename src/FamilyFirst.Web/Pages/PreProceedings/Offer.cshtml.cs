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

/// <summary>Records the offer of a family group decision-making meeting: when, and how it was made.</summary>
public sealed class OfferModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    [BindProperty]
    [Display(Name = "Date of the offer")]
    [Required(ErrorMessage = "Enter the date the offer was made")]
    public DateOnly? OfferedOn { get; set; }

    [BindProperty]
    [Display(Name = "How was the offer made?")]
    [Required(ErrorMessage = "Select how the offer was made")]
    public OfferMethod? Method { get; set; }

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

        var offer = PreProceedingsOffer.Record(id, OfferedOn!.Value, Method!.Value, Today);
        if (!offer.Succeeded)
        {
            ModelState.AddModelError(nameof(OfferedOn), offer.Error!);
            return Page();
        }

        db.PreProceedingsOffers.Add(offer.Value!);
        audit.Record(AuditAction.Create, nameof(PreProceedingsOffer), offer.Value!.Id.ToString(), id, "Recorded an offer of a family group decision-making meeting");
        Chronology.Add(db, id, ChronologyEventType.Conference, OfferedOn.Value, "Family group decision-making meeting offered before care proceedings", UserId, UtcNow, nameof(PreProceedingsOffer), offer.Value.Id);
        await db.SaveChangesAsync();
        TempData.Success("Offer recorded. Record the family's response when they give it");
        return Redirect(this.Links().PreProceedings(Family.Id));
    }
}
