using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// A participant's certificate of completion, on one A4 page in the council's name: printed, or saved as a PDF,
/// from the browser (no PDF library is used). Only for a completion that is recorded.
/// </summary>
public sealed class CertificateModel(AppDbContext db, TimeProvider time, AuditTrail audit, IOptions<CouncilOptions> council) : TrainingSessionPage(db, time, audit)
{
    public Booking Booking { get; private set; } = default!;

    public CouncilOptions Council => council.Value;

    public async Task<IActionResult> OnGetAsync(Guid sessionId, Guid bookingId)
    {
        if (!await LoadAsync(sessionId) || Session.Find(bookingId) is not { CompletedAt: not null } booking)
        {
            return NotFound();
        }

        Booking = booking;
        await Audit.RecordAndSaveAsync(AuditAction.View, TrainingAudit.BookingRecord, bookingId.ToString("D"), detail: $"Certificate {booking.CertificateNumber} viewed");
        return Page();
    }
}
