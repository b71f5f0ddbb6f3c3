using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// Cancels a booking, after asking. A freed place is offered to the first in line on the waiting list, who is told
/// by email; the person cancelled is told too.
/// </summary>
public sealed class CancelModel(AppDbContext db, TimeProvider time, AuditTrail audit, TrainingMessages messages) : TrainingSessionPage(db, time, audit)
{
    public Booking Booking { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid sessionId, Guid bookingId)
    {
        if (!await LoadAsync(sessionId) || Session.Find(bookingId) is not { } booking)
        {
            return NotFound();
        }

        Booking = booking;
        await Audit.RecordAndSaveAsync(AuditAction.View, TrainingAudit.BookingRecord, booking.Id.ToString("D"), detail: "Viewed to cancel");
        return Page();
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostAsync(Guid sessionId, Guid bookingId)
    {
        if (!await LoadAsync(sessionId) || Session.Find(bookingId) is not { } booking)
        {
            return NotFound();
        }

        Booking = booking;
        var cancelled = Session.Cancel(bookingId, Time.Now);
        if (!cancelled.Succeeded)
        {
            ModelState.AddModelError(string.Empty, cancelled.Error!);
            return Page();
        }

        AuditBooking(AuditAction.Change, booking.Id, "Booking cancelled");
        await messages.BookingChangedAsync(Course, Session, booking);
        if (cancelled.Value is { } offered)
        {
            AuditBooking(AuditAction.Change, offered.Id, "Place offered from the waiting list");
            await messages.BookingChangedAsync(Course, Session, offered);
            return await SavedAsync($"{booking.Name}'s booking is cancelled. The place has been offered to {offered.Name}, first on the waiting list");
        }

        return await SavedAsync($"{booking.Name}'s booking is cancelled");
    }
}
