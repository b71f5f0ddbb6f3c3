using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Meetings;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.PreProceedings;

/// <summary>Records the family's response to an offer and, once accepted, the meeting held (and the conference it was, if any).</summary>
public sealed class OfferUpdateModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : FamilyPageModel(access, time)
{
    public PreProceedingsOffer Offer { get; private set; } = default!;

    public IReadOnlyList<FamilyGroupConference> Conferences { get; private set; } = [];

    [BindProperty]
    [Display(Name = "What did the family say?")]
    public OfferResponse? FamilyResponse { get; set; }

    [BindProperty]
    [Display(Name = "Date of the response")]
    public DateOnly? RespondedOn { get; set; }

    [BindProperty]
    [Display(Name = "Why did they decline? (optional)")]
    [StringLength(2000, ErrorMessage = "Why they declined must be 2,000 characters or less")]
    public string? DeclinedReason { get; set; }

    [BindProperty]
    [Display(Name = "Date the meeting was held")]
    public DateOnly? HeldOn { get; set; }

    [BindProperty]
    [Display(Name = "Was it one of the family's Family Group Conferences?")]
    public Guid? ConferenceId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid offerId)
    {
        if (!await LoadForChangeFormAsync(id) || !await LoadOfferAsync(offerId))
        {
            return NotFound();
        }

        FamilyResponse = Offer.Response == OfferResponse.AwaitingResponse ? null : Offer.Response;
        RespondedOn = Offer.RespondedOn;
        DeclinedReason = Offer.DeclinedReason;
        HeldOn = Offer.MeetingHeldOn;
        ConferenceId = Offer.ConferenceId;
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostResponseAsync(Guid id, Guid offerId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadOfferAsync(offerId))
        {
            return NotFound();
        }

        Require(FamilyResponse is not null, nameof(FamilyResponse), "Select the family's response");
        Require(RespondedOn is not null, nameof(RespondedOn), "Enter the date of the response");
        if (!ModelState.IsValid || Refused(Offer.RecordResponse(FamilyResponse!.Value, RespondedOn!.Value, DeclinedReason, Today), nameof(RespondedOn)))
        {
            return Page();
        }

        return await SavedAsync($"Response recorded: {MeetingText.Response(FamilyResponse.Value).ToLowerInvariant()}", $"Offer of a family group decision-making meeting: {MeetingText.Response(FamilyResponse.Value).ToLowerInvariant()}", RespondedOn.Value);
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostMeetingHeldAsync(Guid id, Guid offerId)
    {
        if (!await LoadForChangeAsync(id) || !await LoadOfferAsync(offerId))
        {
            return NotFound();
        }

        Require(HeldOn is not null, nameof(HeldOn), "Enter the date the meeting was held");
        Require(ConferenceId is null || Conferences.Any(c => c.Id == ConferenceId), nameof(ConferenceId), "Select one of this family's conferences");
        if (!ModelState.IsValid || Refused(Offer.RecordMeetingHeld(HeldOn!.Value, ConferenceId, Today), nameof(HeldOn)))
        {
            return Page();
        }

        return await SavedAsync("Meeting recorded", "Family group decision-making meeting held before care proceedings", HeldOn.Value);
    }

    public string ConferenceLabel(FamilyGroupConference conference) =>
        $"Referred on {FamilyText.Date(conference.ReferredOn)}" + (conference.ConferenceHeldOn is { } held ? $", held on {FamilyText.Date(held)}" : string.Empty);

    private void Require(bool condition, string field, string message)
    {
        if (!condition)
        {
            ModelState.AddModelError(field, message);
        }
    }

    private async Task<bool> LoadOfferAsync(Guid offerId)
    {
        var offer = await db.PreProceedingsOffers.FirstOrDefaultAsync(o => o.Id == offerId && o.FamilyId == Family.Id);
        if (offer is null)
        {
            return false;
        }

        Offer = offer;
        Conferences = await db.FamilyGroupConferences.AsNoTracking().AsSplitQuery().Where(c => c.FamilyId == Family.Id).OrderBy(c => c.ReferredOn).ToListAsync();
        return true;
    }

    private async Task<IActionResult> SavedAsync(string success, string chronology, DateOnly on)
    {
        audit.Record(AuditAction.Change, nameof(PreProceedingsOffer), Offer.Id.ToString(), Family.Id, success);
        Chronology.Add(db, Family.Id, ChronologyEventType.Conference, on, chronology, UserId, UtcNow, nameof(PreProceedingsOffer), Offer.Id);
        await db.SaveChangesAsync();
        TempData.Success(success);
        return Redirect(this.Links().PreProceedings(Family.Id));
    }
}
