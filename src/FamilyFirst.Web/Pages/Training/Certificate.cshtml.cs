using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Configuration;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// A participant's certificate of completion, on one A4 page in the council's name: printed from the browser, or
/// downloaded as a PDF (<see cref="CertificatePdf"/>) when a font for it was found. Only for a completion that is recorded.
/// </summary>
public sealed class CertificateModel(AppDbContext db, TimeProvider time, AuditTrail audit, IOptions<CouncilOptions> council, CertificatePdf pdf) : TrainingSessionPage(db, time, audit)
{
    public Booking Booking { get; private set; } = default!;

    public CouncilOptions Council => council.Value;

    /// <summary>Whether the PDF download is offered (a font for it was found at start-up).</summary>
    public bool PdfAvailable => pdf.Available;

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

    /// <summary>The certificate as an A4 PDF, downloaded (audited as an export). Not found when no font is available.</summary>
    public async Task<IActionResult> OnGetPdfAsync(Guid sessionId, Guid bookingId)
    {
        if (!pdf.Available || !await LoadAsync(sessionId) || Session.Find(bookingId) is not { CompletedAt: not null } booking)
        {
            return NotFound();
        }

        Booking = booking;
        var bytes = pdf.Render(new CertificateContent(
            Council.Name,
            Council.ServiceName,
            booking.Name,
            $"{booking.JobRole}, {booking.OrganisationName}",
            Course.Title,
            $"{Course.DescribeLength()}, on {Time.LongDate(Session.StartsAt)}, with {Session.TrainerName}",
            Course.OutcomesInOrder.Select(o => o.Text).ToList(),
            booking.CertificateNumber!));
        await Audit.RecordAndSaveAsync(AuditAction.Export, TrainingAudit.BookingRecord, bookingId.ToString("D"), detail: $"Certificate {booking.CertificateNumber} downloaded as a PDF");
        return File(bytes, CertificatePdf.ContentType, $"certificate-{booking.CertificateNumber}.pdf");
    }
}
