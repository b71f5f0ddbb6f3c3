using System.Collections.Concurrent;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace FamilyFirst.Web.Tests.Notifications.Reminders;

/// <summary>The app with a test reminder source registered the way the enquiry and plan features register theirs; background jobs off.</summary>
public sealed class RemindersFactory : FamilyFirstFactory
{
    public RemindersFactory()
    {
        WithSetting("Notifications:DispatcherEnabled", "false");
        WithSetting("Notifications:Reminders:Enabled", "false");
    }

    public ReminderBook Book { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(Book);
            services.AddReminderSource<BookReminderSource>();
        });
    }
}

/// <summary>The reminders due on each day, as the test sets them.</summary>
public sealed class ReminderBook
{
    private readonly ConcurrentDictionary<DateOnly, List<Reminder>> _due = new();

    /// <summary>How many times a source was asked, by day.</summary>
    public ConcurrentDictionary<DateOnly, int> Asked { get; } = new();

    /// <summary>Days on which the source fails, as a broken database query would.</summary>
    public ConcurrentDictionary<DateOnly, bool> FailOn { get; } = new();

    public void Add(DateOnly day, params Reminder[] reminders) => _due.GetOrAdd(day, _ => []).AddRange(reminders);

    public IReadOnlyList<Reminder> DueOn(DateOnly day)
    {
        Asked.AddOrUpdate(day, 1, (_, n) => n + 1);
        if (FailOn.ContainsKey(day))
        {
            throw new InvalidOperationException("The test source is broken today.");
        }

        return _due.TryGetValue(day, out var due) ? due.ToList() : [];
    }

    /// <summary>A plan review reminder to a family member, with no case details, as a plan feature would send it.</summary>
    public static Reminder PlanReview(string planId, string recipient, string stage) => new(
        recipient,
        NotificationChannel.Email,
        NotificationTemplates.PlanReviewReminder,
        new Dictionary<string, string>
        {
            ["name"] = "Jo",
            ["serviceName"] = "Family First",
            ["signInLink"] = "https://familyfirst.example.gov.uk/family/sign-in",
            ["contactPhone"] = "01632 960 000",
        },
        "FamilyPlan",
        planId,
        $"reminder:plan-review:{planId}:{stage}");
}

public sealed class BookReminderSource(ReminderBook book) : IReminderSource
{
    public string Name => "test plans";

    public Task<IReadOnlyList<Reminder>> GetDueAsync(DateOnly today, CancellationToken cancellationToken) => Task.FromResult(book.DueOn(today));
}
