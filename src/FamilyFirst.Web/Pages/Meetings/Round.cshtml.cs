using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>Records the next round of a circle (check-in, discussion, check-out...), with the restorative questions offered as prompts.</summary>
public sealed class RoundModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : MeetingPage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Which part of the circle?")]
    [Required(ErrorMessage = "Select which part of the circle this round was")]
    public CircleRoundKind? Kind { get; set; }

    [BindProperty]
    [Display(Name = "Question asked (optional)")]
    [StringLength(500, ErrorMessage = "Question asked must be 500 characters or less")]
    public string? Prompt { get; set; }

    [BindProperty]
    [Display(Name = "Notes (optional)")]
    [StringLength(4000, ErrorMessage = "Notes must be 4,000 characters or less")]
    public string? Notes { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId) =>
        await LoadAsync(id, meetingId, forChange: true) ?? Page();

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var added = Meeting.AddRound(Kind!.Value, Prompt, Notes);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(nameof(Kind), added.Error!);
            return Page();
        }

        return await SavedAsync($"{MeetingText.Round(Kind.Value)} recorded");
    }
}
