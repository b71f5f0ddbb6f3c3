using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Data.Training;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;
using FollowUpRule = FamilyFirst.Domain.Training.TrainingFollowUp;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// Asks everyone who completed a session, three months on (<see cref="FollowUpRule.ShouldSend"/>, on the council's
/// date), how they have used restorative practice since: an email with a one-time link to the anonymous follow-up.
/// Run by the daily reminders job. Each completed booking is asked once: the message's deduplication key is the
/// booking's, and the link's record (<see cref="FollowUpInvitation"/>) is saved in the same transaction as the
/// message, so a second run, or a run after one that stopped part-way, sends no one twice.
/// </summary>
public sealed class TrainingFollowUpSource(AppDbContext db, TrainingMessages messages, FamilyFirstLinks links, TimeProvider time) : IReminderSource
{
    public string Name => "training follow-ups";

    public static string DeduplicationKey(Guid bookingId) => $"training:{NotificationTemplates.TrainingFollowUpRequest}:{bookingId}";

    public async Task<IReadOnlyList<Reminder>> GetDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var from = time.ToInstant(FollowUpRule.EarliestSessionDate(today), TimeOnly.MinValue);
        var to = time.ToInstant(FollowUpRule.LatestSessionDate(today).AddDays(1), TimeOnly.MinValue);
        var sessions = (await db.TrainingSessions.Include(s => s.Bookings)
                .Where(s => s.StartsAt >= from && s.StartsAt < to)
                .ToListAsync(cancellationToken))
            .Where(s => FollowUpRule.ShouldSend(DateOnly.FromDateTime(time.ToCouncilTime(s.StartsAt).DateTime), today))
            .ToList();
        var completed = sessions.SelectMany(s => s.Bookings.Where(b => b.CompletedAt is not null).Select(b => (Session: s, Booking: b))).ToList();
        if (completed.Count == 0)
        {
            return [];
        }

        var bookingIds = completed.Select(c => c.Booking.Id).ToList();
        var asked = await db.TrainingFollowUpInvitations.Where(i => bookingIds.Contains(i.BookingId)).Select(i => i.BookingId).ToListAsync(cancellationToken);
        var courseIds = sessions.Select(s => s.CourseId).Distinct().ToList();
        var courses = await db.TrainingCourses.Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var expiresOn = FollowUpRule.LinkExpiresOn(today);
        return completed
            .Where(c => !asked.Contains(c.Booking.Id))
            .Select(c =>
            {
                var (invitation, token) = FollowUpInvitation.For(c.Session.Id, c.Booking.Id, expiresOn);
                var personalisation = new Dictionary<string, string>(messages.Personalisation(courses[c.Session.CourseId], c.Session, c.Booking, links.Absolute(links.TrainingFollowUp(token))), StringComparer.Ordinal)
                {
                    ["expires"] = expiresOn.ToString("d MMMM yyyy", CouncilTime.English),
                };
                return new Reminder(
                    c.Booking.Email,
                    NotificationChannel.Email,
                    NotificationTemplates.TrainingFollowUpRequest,
                    personalisation,
                    TrainingMessages.RegardingType,
                    c.Booking.Id.ToString(),
                    DeduplicationKey(c.Booking.Id))
                {
                    SaveWith = [invitation],
                };
            })
            .ToList();
    }
}
