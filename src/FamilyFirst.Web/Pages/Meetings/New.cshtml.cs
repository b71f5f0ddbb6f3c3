using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using FamilyFirst.Domain.Access;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>Books a meeting or circle with the family: type, when, where and who facilitates (keeps the circle).</summary>
public sealed class NewModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : PageModel
{
    /// <summary>A Family Group Conference is run through its own workflow; a conversation has its own short page.</summary>
    public static readonly MeetingType[] BookableTypes =
    [
        MeetingType.ProactiveCircle, MeetingType.ResponsiveCircle, MeetingType.RestorativeConference,
        MeetingType.FamilyGroupConferenceReview, MeetingType.ProfessionalsMeeting,
    ];

    public FamilyCase Family { get; private set; } = default!;

    [BindProperty]
    [Display(Name = "What kind of meeting is it?")]
    [Required(ErrorMessage = "Select what kind of meeting it is")]
    public MeetingType? Type { get; set; }

    [BindProperty]
    [Display(Name = "Date")]
    [Required(ErrorMessage = "Enter the date of the meeting")]
    public DateOnly? Date { get; set; }

    [BindProperty]
    [Display(Name = "Start time")]
    [Required(ErrorMessage = "Enter the start time")]
    public string? StartTime { get; set; }

    [BindProperty]
    [Display(Name = "End time (optional)")]
    public string? EndTime { get; set; }

    [BindProperty]
    [Display(Name = "Venue")]
    [Required(ErrorMessage = "Enter where the meeting will be held")]
    [StringLength(400, ErrorMessage = "Venue must be 400 characters or less")]
    public string? Venue { get; set; }

    [BindProperty]
    [Display(Name = "Facilitator (the keeper, in a circle)")]
    [Required(ErrorMessage = "Select who will facilitate the meeting")]
    public string? Facilitator { get; set; }

    public IReadOnlyList<SelectListItem> Facilitators { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        Facilitator = StaffIds.ToUserKey(StaffIds.Of(User));
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id)
    {
        if (await LoadAsync(id) is { } notFound)
        {
            return notFound;
        }

        var (start, end) = CouncilTime.ParseStartAndEnd(StartTime, EndTime, ModelState);

        if (Facilitator is not null && Facilitators.All(f => f.Value != Facilitator))
        {
            ModelState.AddModelError(nameof(Facilitator), "Select who will facilitate the meeting");
        }

        if (Type is { } t && !BookableTypes.Contains(t))
        {
            ModelState.AddModelError(nameof(Type), "Select what kind of meeting it is");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var startsAt = time.ToInstant(Date!.Value, start!.Value);
        DateTimeOffset? endsAt = end is { } e ? time.ToInstant(Date.Value, e) : null;
        var scheduled = Meeting.Schedule(id, Type!.Value, startsAt, endsAt, Venue, Facilitator!);
        if (!scheduled.Succeeded)
        {
            ModelState.AddModelError(scheduled.Error!.StartsWith("The end time", StringComparison.Ordinal) ? nameof(EndTime) : nameof(Venue), scheduled.Error);
            return Page();
        }

        var meeting = scheduled.Value!;
        db.Meetings.Add(meeting);
        db.FeedbackLinks.Add(FeedbackLink.For(meeting.Id, id));
        audit.Record(AuditAction.Create, nameof(Meeting), meeting.Id.ToString(), id, $"{MeetingText.Type(meeting.Type)} booked");
        await db.SaveChangesAsync();
        TempData.Success($"{MeetingText.Type(meeting.Type)} booked for {time.Describe(meeting.StartsAt)}");
        return Redirect(this.Links().Meeting(id, meeting.Id));
    }

    private async Task<IActionResult?> LoadAsync(Guid id)
    {
        var family = await access.FindForChangeAsync(id);
        if (family is null)
        {
            return NotFound();
        }

        Family = family;
        Facilitators = await FacilitatorChoices.ForAsync(db, family, StaffIds.Of(User));
        return null;
    }
}

/// <summary>Who can facilitate a family's meeting: the staff of the family's team who work with families, and the person booking it.</summary>
public static class FacilitatorChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> ForAsync(AppDbContext db, FamilyCase family, Guid currentUser)
    {
        var me = StaffIds.ToUserKey(currentUser);
        var roleNames = new[] { Roles.Practitioner, Roles.Coordinator, Roles.Manager };
        var roleIds = await db.Roles.Where(r => roleNames.Contains(r.Name!)).Select(r => r.Id).ToListAsync();
        var teamId = family.TeamId;
        var users = await db.Users
            .Where(u => u.IsActive
                && (u.Id == me || (teamId != null && db.TeamMemberships.Any(m => m.UserId == u.Id && m.TeamId == teamId)))
                && db.UserRoles.Any(r => r.UserId == u.Id && roleIds.Contains(r.RoleId)))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync();
        return users.Select(u => new SelectListItem(u.DisplayName, u.Id)).ToList();
    }
}
