using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Training;
using FamilyFirst.Domain.Access;
using FamilyFirst.Web.Infrastructure.Auth;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// One session: its details, the people booked and waiting, the register and completions, and the evaluation in
/// aggregate. Accepting an offered place and recording completion are done here; each queues its message.
/// </summary>
[ShowsTheRecord]
public sealed class SessionModel(AppDbContext db, TimeProvider time, AuditTrail audit, TrainingMessages messages) : TrainingSessionPage(db, time, audit)
{
    public EvaluationSummary Evaluation { get; private set; } = default!;

    /// <summary>The three-month follow-up's answers for this session, in aggregate only.</summary>
    public FollowUpSummary FollowUp { get; private set; } = default!;

    public IEnumerable<Booking> WithPlaces => Session.Bookings.Where(b => b.HoldsAPlace).OrderBy(b => b.Name);

    public IEnumerable<Booking> Ended => Session.Bookings.Where(b => !b.IsCurrent).OrderBy(b => b.Name);

    public bool HasStarted => Session.HasStarted(Time.Now);

    public bool HasEnded => Session.HasEnded(Time.Now);

    public async Task<IActionResult> OnGetAsync(Guid sessionId)
    {
        if (!await LoadAsync(sessionId))
        {
            return NotFound();
        }

        await LoadEvaluationAsync();
        await Audit.RecordAndSaveAsync(AuditAction.View, TrainingAudit.SessionRecord, sessionId.ToString("D"), detail: $"Participants viewed ({Session.Bookings.Count} bookings)");
        return Page();
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostAcceptOfferAsync(Guid sessionId, Guid bookingId)
    {
        if (!await LoadAsync(sessionId) || Session.Find(bookingId) is not { } booking)
        {
            return NotFound();
        }

        if (Refused(Session.AcceptOffer(bookingId, Time.Now)))
        {
            await LoadEvaluationAsync();
            return Page();
        }

        AuditBooking(AuditAction.Change, bookingId, "Offered place taken");
        await messages.BookingChangedAsync(Course, Session, booking);
        return await SavedAsync($"{booking.Name} has taken the place. A confirmation with the joining instructions has been sent");
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostCompleteAsync(Guid sessionId, Guid bookingId)
    {
        if (!await LoadAsync(sessionId) || Session.Find(bookingId) is not { } booking)
        {
            return NotFound();
        }

        if (Refused(Session.RecordCompletion(bookingId, Time.Now)))
        {
            await LoadEvaluationAsync();
            return Page();
        }

        AuditBooking(AuditAction.Change, bookingId, $"Completion recorded, certificate {booking.CertificateNumber}");
        return await SavedAsync($"Completion recorded for {booking.Name}. Their certificate is ready to print");
    }

    [ForAction(StaffAction.RunTraining)]
    public async Task<IActionResult> OnPostWithdrawCompletionAsync(Guid sessionId, Guid bookingId)
    {
        if (!await LoadAsync(sessionId) || Session.Find(bookingId) is not { } booking)
        {
            return NotFound();
        }

        if (Refused(Session.WithdrawCompletion(bookingId)))
        {
            await LoadEvaluationAsync();
            return Page();
        }

        AuditBooking(AuditAction.Change, bookingId, "Completion withdrawn");
        return await SavedAsync($"Completion withdrawn for {booking.Name}");
    }

    private async Task LoadEvaluationAsync()
    {
        Evaluation = EvaluationSummary.From(Course, await Db.TrainingEvaluations.Include(e => e.Ratings).Where(e => e.SessionId == Session.Id).ToListAsync());
        FollowUp = FollowUpSummary.From(Course, await Db.TrainingFollowUps.Include(f => f.Ratings).Where(f => f.SessionId == Session.Id).ToListAsync(), Evaluation);
    }
}
