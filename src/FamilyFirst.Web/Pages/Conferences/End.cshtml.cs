using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Ends a conference: closed after its review (or a plan not agreed), or the family withdrew consent at any stage.</summary>
public sealed class EndModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : ConferencePage(db, access, audit, time)
{
    [FromRoute(Name = "ending")]
    public string Ending { get; set; } = string.Empty;

    public bool Withdrawing => Ending == "withdraw";

    [BindProperty]
    [Display(Name = "Reason")]
    [StringLength(2000, ErrorMessage = "The reason must be 2,000 characters or less")]
    public string? Reason { get; set; }

    private bool IsKnownEnding => Ending is "close" or "withdraw";

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId) =>
        !IsKnownEnding ? NotFound() : await LoadAsync(id, conferenceId, forChange: true) ?? Page();

    [ForAction(StaffAction.RunConference)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid conferenceId)
    {
        if (!IsKnownEnding)
        {
            return NotFound();
        }

        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = Withdrawing ? Conference.WithdrawConsent(Reason, CouncilNow, UserKey) : Conference.Close(Reason, CouncilNow, UserKey);
        if (Refused(result, nameof(Reason)))
        {
            return Page();
        }

        return Withdrawing
            ? await SavedAsync("Recorded that the family withdrew consent. The conference has stopped", "Family withdrew consent to the Family Group Conference")
            : await SavedAsync("Conference closed", "Family Group Conference closed");
    }
}
