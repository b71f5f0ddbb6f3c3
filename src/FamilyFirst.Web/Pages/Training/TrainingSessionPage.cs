using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Common;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Domain.Training;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// The base of the pages about one session: loads the session with its bookings and its course (404 when there is
/// no such session), puts a refused domain action on the form, and saves with the session's version checked, so two
/// trainers booking the last place at once cannot both have it.
/// </summary>
public abstract class TrainingSessionPage(AppDbContext db, TimeProvider time, AuditTrail audit) : PageModel
{
    protected AuditTrail Audit => audit;

    /// <summary>Adds an audit row about this session to the save that makes the change.</summary>
    protected void AuditSession(AuditAction action, string detail) =>
        audit.Record(action, TrainingAudit.SessionRecord, Session.Id.ToString("D"), detail: detail);

    /// <summary>Adds an audit row about a booking of this session to the save that makes the change.</summary>
    protected void AuditBooking(AuditAction action, Guid bookingId, string detail) =>
        audit.Record(action, TrainingAudit.BookingRecord, bookingId.ToString("D"), detail: $"{detail} (session {Session.Id:D})");

    protected AppDbContext Db => db;

    protected TimeProvider Time => time;

    public TrainingSession Session { get; private set; } = default!;

    public Course Course { get; private set; } = default!;

    public string When => TrainingText.When(time, Session);

    protected async Task<bool> LoadAsync(Guid sessionId)
    {
        var session = await db.TrainingSessions.Include(s => s.Bookings).SingleOrDefaultAsync(s => s.Id == sessionId);
        if (session is null)
        {
            return false;
        }

        Session = session;
        Course = await db.TrainingCourses.Include(c => c.Outcomes).SingleAsync(c => c.Id == session.CourseId);
        return true;
    }

    /// <summary>Puts a refused action's reason on the form (on <paramref name="field"/>, or the page); true if refused.</summary>
    protected bool Refused(Result result, string? field = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return false;
        }

        ModelState.AddModelError(field ?? string.Empty, result.Error!);
        return true;
    }

    /// <summary>Saves, shows <paramref name="done"/> and goes to the session; or, if someone else changed it first, says so.</summary>
    protected async Task<IActionResult> SavedAsync(string done, string? then = null)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Success("Someone else changed this session at the same time, so your change was not saved. Check the session, then try again.");
            return Redirect(this.Links().TrainingSession(Session.Id));
        }

        TempData.Success(done);
        return Redirect(then ?? this.Links().TrainingSession(Session.Id));
    }
}
