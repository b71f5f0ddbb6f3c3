using System.ComponentModel.DataAnnotations;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Pages.Meetings;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Conferences;

/// <summary>Step 3: when and where the conference is held.</summary>
public sealed class DateAndVenueModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : ConferencePage(db, access, audit, time)
{
    [BindProperty]
    [Display(Name = "Date")]
    [Required(ErrorMessage = "Enter the date of the conference")]
    public DateOnly? Date { get; set; }

    [BindProperty]
    [Display(Name = "Start time")]
    [Required(ErrorMessage = "Enter the start time")]
    public string? StartTime { get; set; }

    [BindProperty]
    [Display(Name = "Venue")]
    [Required(ErrorMessage = "Enter the venue")]
    [StringLength(400, ErrorMessage = "Venue must be 400 characters or less")]
    public string? Venue { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        if (Conference.ScheduledFor is { } at)
        {
            Date = Time.DateOf(at);
            StartTime = Time.TimeInput(at);
        }

        Venue = Conference.Venue;
        return Page();
    }

    [ForAction(StaffAction.RunConference)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid conferenceId)
    {
        if (await LoadAsync(id, conferenceId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        var start = CouncilTime.ParseTime(StartTime);
        if (StartTime is not null && start is null)
        {
            ModelState.AddModelError(nameof(StartTime), "Start time must be a real time, like 10:00 or 2pm");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Refused(Conference.SetDateAndVenue(Time.ToInstant(Date!.Value, start!.Value), Venue!, CouncilNow, UserKey), nameof(Date)))
        {
            return Page();
        }

        return await SavedAsync($"Conference set for {Time.Describe(Conference.ScheduledFor!.Value)}");
    }
}
