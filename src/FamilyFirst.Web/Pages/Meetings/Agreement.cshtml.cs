using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>Records what the meeting agreed: who will do what, by when (ready to become a family plan action).</summary>
public sealed class AgreementModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : MeetingPage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Who will do it?")]
    [Required(ErrorMessage = "Enter who will do this")]
    [StringLength(200, ErrorMessage = "Who will do it must be 200 characters or less")]
    public string? Who { get; set; }

    [BindProperty]
    [Display(Name = "What will they do?")]
    [Required(ErrorMessage = "Enter what they will do")]
    [StringLength(2000, ErrorMessage = "What they will do must be 2,000 characters or less")]
    public string? What { get; set; }

    [BindProperty]
    [Display(Name = "By when?")]
    [Required(ErrorMessage = "Enter the date it will be done by")]
    public DateOnly? ByWhen { get; set; }

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

        var added = Meeting.AddAgreement(Who!, null, What!, ByWhen!.Value, Time.LocalTimeZone);
        if (!added.Succeeded)
        {
            ModelState.AddModelError(nameof(ByWhen), added.Error!);
            return Page();
        }

        return await SavedAsync("Agreement recorded");
    }
}
