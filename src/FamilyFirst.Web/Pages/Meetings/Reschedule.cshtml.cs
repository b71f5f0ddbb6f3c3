using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Pages.Families;
using Microsoft.Extensions.Options;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>
/// Moves a meeting that has not been held yet to a new date, time or venue. Everyone who was emailed an invitation
/// is emailed a new one with the new time and place, in the same save; the letter and calendar file read the
/// meeting, so they show the new time too (and the calendar file's sequence goes up, so calendars replace it).
/// </summary>
public sealed class RescheduleModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time, NotificationOutbox outbox, IOptions<CouncilOptions> council)
    : MeetingPage(db, access, audit, time)
{
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

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        Date = Time.DateOf(Meeting.StartsAt);
        StartTime = Time.TimeInput(Meeting.StartsAt);
        EndTime = Meeting.EndsAt is { } end ? Time.TimeInput(end) : null;
        Venue = Meeting.Venue;
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid meetingId)
    {
        if (await LoadAsync(id, meetingId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        var now = Time.GetUtcNow();
        if (Meeting.HasBeenHeld)
        {
            // The domain refuses it; say why rather than show the form again.
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, Meeting.Reschedule(Meeting.StartsAt, Meeting.EndsAt, Meeting.Venue, now).Error!);
            return Page();
        }

        var (start, end) = CouncilTime.ParseStartAndEnd(StartTime, EndTime, ModelState);

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var was = When(Meeting.StartsAt, Meeting.EndsAt);
        var wasVenue = Meeting.Venue;
        var revision = Meeting.Revision;
        var startsAt = Time.ToInstant(Date!.Value, start!.Value);
        DateTimeOffset? endsAt = end is { } e ? Time.ToInstant(Date.Value, e) : null;
        var moved = Meeting.Reschedule(startsAt, endsAt, Venue, now);
        if (!moved.Succeeded)
        {
            var field = moved.Field switch
            {
                nameof(Meeting.EndsAt) => nameof(EndTime),
                nameof(Meeting.StartsAt) => nameof(Date),
                nameof(Meeting.Venue) => nameof(Venue),
                _ => string.Empty,
            };
            ModelState.AddModelError(field, moved.Error!);
            return Page();
        }

        if (Meeting.Revision == revision)
        {
            TempData.Success($"Nothing was changed. The meeting is still on {Time.Describe(Meeting.StartsAt)}");
            return Redirect(MeetingPath);
        }

        var invited = await InvitedAsync();
        foreach (var (recipient, name) in invited)
        {
            await outbox.QueueAsync(
                recipient,
                NotificationChannel.Email,
                NotificationTemplates.MeetingInvitation,
                MeetingInvitations.Personalisation(Meeting, name, council.Value, Time),
                nameof(Meeting),
                Meeting.Id.ToString(),
                DeduplicationKey(Meeting, recipient));
        }

        var summary = $"{MeetingText.Type(Meeting.Type)} rearranged for {When(Meeting.StartsAt, Meeting.EndsAt)} at {Meeting.Venue} (was {was} at {wasVenue ?? "no venue"})";
        Chronology.Add(Db, Family.Id, ChronologyEventType.Meeting, Time.Today, summary, StaffIds.Of(User), now, nameof(Meeting), Meeting.Id);
        Audit.Record(AuditAction.Change, nameof(Meeting), Meeting.Id.ToString(), Family.Id, $"Changed the date, time or venue; {invited.Count} updated invitations queued");
        try
        {
            await Db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone else changed the meeting at the same moment: the new invitations' keys were taken. Nothing is saved.
            Db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, "Someone else changed this meeting at the same time. Check its date, time and venue, then try again");
            return Page();
        }

        var changed = $"{MeetingText.Type(Meeting.Type)} is now on {Time.Describe(Meeting.StartsAt)}, at {Meeting.Venue}";
        TempData.Success(invited.Count switch
        {
            0 => changed,
            1 => $"{changed}. An updated invitation will be emailed to {invited[0].Name}",
            _ => $"{changed}. Updated invitations will be emailed to {invited.Count} people",
        });
        return Redirect(MeetingPath);
    }

    /// <summary>"Wednesday 3 February 2027 at 10am to 11:30am", as the meeting page shows it.</summary>
    public string When(DateTimeOffset startsAt, DateTimeOffset? endsAt) =>
        Time.Describe(startsAt) + (endsAt is { } end ? $" to {Time.TimeOfDay(end)}" : string.Empty);

    /// <summary>
    /// One key per address and per change of the meeting's time or place (its revision, with the new start for
    /// whoever reads the outbox), so each change sends one new invitation, however often the form is posted.
    /// </summary>
    public static string DeduplicationKey(Meeting meeting, string recipient)
    {
        var address = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipient.Trim().ToLowerInvariant())));
        return $"meeting-invitation:{meeting.Id:N}:{meeting.StartsAt.UtcDateTime:yyyyMMdd'T'HHmm'Z'}:r{meeting.Revision}:{address}";
    }

    /// <summary>Everyone emailed an invitation to this meeting, once per address, by the name they were last invited under.</summary>
    private async Task<IReadOnlyList<(string Recipient, string Name)>> InvitedAsync()
    {
        var meetingId = Meeting.Id.ToString();
        var sent = await Db.OutboxMessages.AsNoTracking()
            .Where(m => m.RegardingType == nameof(Meeting) && m.RegardingId == meetingId && m.Template == NotificationTemplates.MeetingInvitation && m.Channel == NotificationChannel.Email)
            .ToListAsync();
        return sent
            .OrderBy(m => m.CreatedAtUtc)
            .GroupBy(m => m.Recipient.Trim().ToLowerInvariant())
            .Select(g => g.Last())
            .Select(m => (m.Recipient, Name: NotificationOutbox.ReadPersonalisation(m).GetValueOrDefault("name") ?? string.Empty))
            .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
