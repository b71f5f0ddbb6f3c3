namespace FamilyFirst.Web.Infrastructure.Notifications.Reminders;

/// <summary>
/// Something that knows which reminders are due on a day: overdue enquiries, plan actions, plan reviews.
/// The daily <see cref="ReminderJob"/> asks every source registered with
/// <see cref="NotificationServices.AddReminderSource{TSource}"/> (resolved in a scope, so it may use the DbContext)
/// and queues what it returns. A source returns every reminder that is due, every day it is due; the
/// deduplication key decides whether it has already been sent.
/// </summary>
public interface IReminderSource
{
    /// <summary>A short name for the job's summary and logs, such as "enquiries".</summary>
    string Name { get; }

    Task<IReadOnlyList<Reminder>> GetDueAsync(DateOnly today, CancellationToken cancellationToken);
}

/// <summary>
/// One reminder to queue. <paramref name="DeduplicationKey"/> names the reminder, not the run, for example
/// <c>reminder:enquiry-overdue:{id}:{target date}</c> or <c>reminder:plan-review:{id}:{review date}:7-days</c>:
/// a reminder with a key already in the outbox is never queued again. Messages to families carry no case
/// details, only what to do and where to sign in. <see cref="SaveWith"/> are records saved in the same transaction as
/// the message, and only when it is queued (such as the one-time link's record a message carries): a reminder
/// already queued saves nothing, and a run that stops part-way leaves no record without its message.
/// </summary>
public sealed record Reminder(
    string Recipient,
    NotificationChannel Channel,
    string Template,
    IReadOnlyDictionary<string, string> Personalisation,
    string RegardingType,
    string RegardingId,
    string DeduplicationKey)
{
    public IReadOnlyList<object> SaveWith { get; init; } = [];
}
