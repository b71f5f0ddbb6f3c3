using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>
/// Reminds everyone booked on a session, <see cref="DaysBefore"/> days before it, with the joining instructions
/// again. Run by the daily reminders job; a booking is reminded once per session date.
/// </summary>
public sealed class TrainingReminderSource(AppDbContext db, TrainingMessages messages, TimeProvider time) : IReminderSource
{
    public const int DaysBefore = 2;

    public string Name => "training sessions";

    public async Task<IReadOnlyList<Reminder>> GetDueAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var day = today.AddDays(DaysBefore);
        var from = time.ToInstant(day, TimeOnly.MinValue);
        var to = time.ToInstant(day.AddDays(1), TimeOnly.MinValue);
        var sessions = await db.TrainingSessions.Include(s => s.Bookings)
            .Where(s => s.StartsAt >= from && s.StartsAt < to)
            .ToListAsync(cancellationToken);
        var courseIds = sessions.Select(s => s.CourseId).Distinct().ToList();
        var courses = await db.TrainingCourses.Where(c => courseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return sessions
            .SelectMany(s => s.Bookings.Where(b => b.Status == BookingStatus.Booked).Select(b => new Reminder(
                b.Email,
                NotificationChannel.Email,
                NotificationTemplates.TrainingReminder,
                messages.Personalisation(courses[s.CourseId], s, b, null),
                TrainingMessages.RegardingType,
                b.Id.ToString(),
                $"reminder:training:{b.Id}:{day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}")))
            .ToList();
    }
}
