using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Audit;
using System.ComponentModel.DataAnnotations;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Data.Training;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// The register for one participant: attended, absent or left early. Someone who took part (attended or left early)
/// is sent the link to the anonymous evaluation, once.
/// </summary>
public sealed class RegisterModel(AppDbContext db, TimeProvider time, AuditTrail audit, TrainingMessages messages) : TrainingSessionPage(db, time, audit)
{
    public Booking Booking { get; private set; } = default!;

    [BindProperty]
    [Display(Name = "Attendance")]
    [Required(ErrorMessage = "Select whether they attended")]
    public Attendance? Attendance { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid sessionId, Guid bookingId)
    {
        if (!await LoadBookingAsync(sessionId, bookingId))
        {
            return NotFound();
        }

        Attendance = Booking.Attendance;
        await Audit.RecordAndSaveAsync(AuditAction.View, TrainingAudit.BookingRecord, bookingId.ToString("D"), detail: "Viewed for the register");
        return Page();
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostAsync(Guid sessionId, Guid bookingId)
    {
        if (!await LoadBookingAsync(sessionId, bookingId))
        {
            return NotFound();
        }

        if (!ModelState.IsValid || Refused(Session.RecordAttendance(bookingId, Attendance!.Value, Time.Now), nameof(Attendance)))
        {
            return Page();
        }

        AuditBooking(AuditAction.Change, bookingId, $"Register: {Attendance.Value.Describe().ToLowerInvariant()}");
        var askForEvaluation = Attendance != Domain.Training.Attendance.Absent
            && !await Db.TrainingEvaluationInvitations.AnyAsync(i => i.BookingId == bookingId);
        if (askForEvaluation)
        {
            var invitation = EvaluationInvitation.For(Session.Id, bookingId);
            Db.TrainingEvaluationInvitations.Add(invitation);
            await messages.EvaluationRequestAsync(Course, Session, Booking, invitation.Token);
        }

        return await SavedAsync($"{Booking.Name}: {Attendance.Value.Describe().ToLowerInvariant()}{(askForEvaluation ? ". The evaluation link has been sent to them" : string.Empty)}");
    }

    private async Task<bool> LoadBookingAsync(Guid sessionId, Guid bookingId)
    {
        if (!await LoadAsync(sessionId) || Session.Find(bookingId) is not { } booking)
        {
            return false;
        }

        Booking = booking;
        return true;
    }
}
