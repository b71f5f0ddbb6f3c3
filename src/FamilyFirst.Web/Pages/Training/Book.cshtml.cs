using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Audit;
using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Pages.Enquiries;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// Books someone on a session, directly or from a training enquiry in one step: the enquirer's name, contact details
/// and organisation are carried over, the booking is made (or joins the waiting list), the enquiry is answered with
/// a note of the booking in its history, and the confirmation (with joining instructions) is queued, in one save.
/// </summary>
public sealed class BookModel(AppDbContext db, TimeProvider time, AuditTrail audit, TrainingMessages messages) : PageModel
{
    [BindProperty(SupportsGet = true)]
    [Display(Name = "Session")]
    [Required(ErrorMessage = "Select the session")]
    public Guid? SessionId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? EnquiryId { get; set; }

    [BindProperty]
    [Display(Name = "Full name")]
    public string? Name { get; set; }

    [BindProperty]
    [Display(Name = "Email address")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "Phone number (optional)")]
    public string? Phone { get; set; }

    [BindProperty]
    [Display(Name = "Who do they work for?")]
    public ParticipantKind? Kind { get; set; }

    [BindProperty]
    [Display(Name = "Team")]
    public Guid? TeamId { get; set; }

    [BindProperty]
    [Display(Name = "Kind of organisation")]
    public OrganisationType? OrganisationType { get; set; }

    [BindProperty]
    [Display(Name = "Organisation")]
    public string? OrganisationName { get; set; }

    [BindProperty]
    [Display(Name = "Role")]
    public string? JobRole { get; set; }

    public Domain.Enquiries.Enquiry? Enquiry { get; private set; }

    public IReadOnlyList<SelectListItem> Sessions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Teams { get; private set; } = [];

    /// <summary>The kinds of partner organisation, in the order people look for them.</summary>
    public static readonly IReadOnlyList<SelectListItem> PartnerTypeItems =
    [
        new("Select the kind of organisation", string.Empty),
        .. new[]
        {
            Domain.Enquiries.OrganisationType.School, Domain.Enquiries.OrganisationType.Police, Domain.Enquiries.OrganisationType.Health,
            Domain.Enquiries.OrganisationType.VoluntarySector, Domain.Enquiries.OrganisationType.SocialCare, Domain.Enquiries.OrganisationType.Other,
        }.Select(t => new SelectListItem(t.Describe(), t.ToString())),
    ];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Enquiry is not null)
        {
            var carried = ParticipantDetails.FromEnquiry(Enquiry);
            (Name, Email, Phone, Kind, OrganisationType, OrganisationName) =
                (carried.Name, carried.Email, carried.Phone, carried.Kind, carried.OrganisationType, carried.OrganisationName);
        }

        return Page();
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Enquiry is { IsOpen: false })
        {
            ModelState.AddModelError(string.Empty, $"This enquiry is already {Enquiry.Status.Describe().ToLowerInvariant()}: reopen it to book from it");
        }

        var teamName = Teams.FirstOrDefault(t => t.Value == TeamId?.ToString())?.Text;
        var details = new ParticipantDetails(Name, Email, Phone, Kind, teamName is null ? null : TeamId, teamName, OrganisationType, OrganisationName, JobRole);
        foreach (var error in details.Errors())
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        var session = SessionId is { } id && Sessions.Any(s => s.Value == id.ToString())
            ? await db.TrainingSessions.Include(s => s.Bookings).SingleOrDefaultAsync(s => s.Id == id)
            : null;
        if (SessionId is not null && session is null)
        {
            ModelState.AddModelError(nameof(SessionId), "Select the session");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var booked = session!.Book(details, Enquiry?.Id, time.Now);
        if (!booked.Succeeded)
        {
            ModelState.AddModelError(booked.Field == nameof(ParticipantDetails.Email) ? nameof(Email) : nameof(SessionId), booked.Error!);
            return Page();
        }

        var course = await db.TrainingCourses.SingleAsync(c => c.Id == session.CourseId);
        var booking = booked.Value!;
        if (Enquiry is not null)
        {
            var recorded = Enquiry.RecordTrainingBooked(TrainingText.Describe(time, course, session), EnquiryQueue.Actor(User), time.Now);
            if (!recorded.Succeeded)
            {
                ModelState.AddModelError(string.Empty, recorded.Error!);
                return Page();
            }
        }

        audit.Record(AuditAction.Create, TrainingAudit.BookingRecord, booking.Id.ToString("D"), detail:
            $"{(booking.Status == BookingStatus.Booked ? "Booked" : "Waiting list")} (session {session.Id:D}){(Enquiry is null ? string.Empty : $", from enquiry {Enquiry.Reference}")}");
        await messages.BookingChangedAsync(course, session, booking);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, "Someone else booked on this session or changed the enquiry at the same time. Check the places left, then try again.");
            return Page();
        }

        TempData.Success(booking.Status == BookingStatus.Booked
            ? $"{booking.Name} is booked. A confirmation with the joining instructions has been sent to {booking.Email}"
            : $"The session is full, so {booking.Name} is on the waiting list. We have emailed them to say so");
        return Redirect(this.Links().TrainingSession(session.Id));
    }

    private async Task<bool> LoadAsync()
    {
        if (EnquiryId is { } enquiryId)
        {
            Enquiry = await db.Enquiries.Include(e => e.History).SingleOrDefaultAsync(e => e.Id == enquiryId);
            if (Enquiry is null || Enquiry.IsAboutAFamily || !EnquiryAccess.CanWork(User, Enquiry.Type))
            {
                return false;
            }
        }

        var now = time.Now;
        var sessions = await db.TrainingSessions.Include(s => s.Bookings).Where(s => s.StartsAt > now).OrderBy(s => s.StartsAt).Take(100).ToListAsync();
        var courseIds = sessions.Select(s => s.CourseId).Distinct().ToList();
        var titles = await db.TrainingCourses.Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Title);
        Sessions = [new SelectListItem("Select the session", string.Empty), .. sessions.Select(s => new SelectListItem(
            $"{titles[s.CourseId]}, {TrainingText.When(time, s)} ({(s.PlacesLeft == 0 ? "full: waiting list" : $"{s.PlacesLeft} places left")})",
            s.Id.ToString()))];
        Teams = [new SelectListItem("Select the team", string.Empty), .. await db.Teams.OrderBy(t => t.Name).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToListAsync()];
        return true;
    }
}
