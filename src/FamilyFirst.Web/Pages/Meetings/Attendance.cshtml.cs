using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Meetings;

/// <summary>Records whether a participant came to the meeting.</summary>
public sealed class AttendanceModel(AppDbContext db, FamilyAccess access, AuditTrail audit, TimeProvider time) : MeetingPage(db, access, audit, time)
{
    public MeetingParticipant Participant { get; private set; } = default!;

    [BindProperty]
    [Display(Name = "Attendance")]
    [Required(ErrorMessage = "Select whether they came to the meeting")]
    public Attendance? Attendance { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, Guid meetingId, Guid participantId)
    {
        if (await LoadParticipantAsync(id, meetingId, participantId) is { } notFound)
        {
            return notFound;
        }

        Attendance = Participant.Attendance == Domain.Meetings.Attendance.NotYetRecorded ? null : Participant.Attendance;
        return Page();
    }

    [ForAction(StaffAction.WriteCaseRecord)]
    public async Task<IActionResult> OnPostAsync(Guid id, Guid meetingId, Guid participantId)
    {
        if (await LoadParticipantAsync(id, meetingId, participantId) is { } notFound)
        {
            return notFound;
        }

        if (Attendance == Domain.Meetings.Attendance.NotYetRecorded)
        {
            ModelState.AddModelError(nameof(Attendance), "Select whether they came to the meeting");
        }

        if (!ModelState.IsValid || Refused(Meeting.RecordAttendance(participantId, Attendance!.Value), nameof(Attendance)))
        {
            return Page();
        }

        return await SavedAsync($"Attendance recorded for {Participant.Name}");
    }

    private async Task<IActionResult?> LoadParticipantAsync(Guid id, Guid meetingId, Guid participantId)
    {
        if (await LoadAsync(id, meetingId, forChange: true) is { } notFound)
        {
            return notFound;
        }

        var participant = Meeting.Participants.FirstOrDefault(p => p.Id == participantId);
        if (participant is null)
        {
            return NotFound();
        }

        Participant = participant;
        return null;
    }
}
