using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.CommandLine;
using FamilyFirst.Web.Infrastructure.Configuration;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Notifications.Reminders;

// Every test uses its own days and keys: the fixture's database (and its one "reminders" job row) is shared.
public class ReminderJobTests(RemindersFactory factory) : IClassFixture<RemindersFactory>
{
    private ReminderJob Node(string nodeId, TimeProvider clock) => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        factory.Services.GetRequiredService<IOptions<NotificationOptions>>(),
        new CouncilClock(clock, CouncilClock.Zone(factory.Services.GetRequiredService<IOptions<CouncilOptions>>().Value)),
        factory.Services.GetRequiredService<ILogger<ReminderJob>>(),
        nodeId);

    private async Task<List<OutboxMessage>> QueuedAsync(string keyPrefix)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking()
            .Where(m => m.DeduplicationKey!.StartsWith(keyPrefix)).ToListAsync();
    }

    [Fact]
    public async Task RunningTwice_QueuesEachReminderOnce()
    {
        var day = new DateOnly(2030, 1, 7);
        factory.Book.Add(day, ReminderBook.PlanReview("twice-1", "jo@example.com", "2030-01-14:7-days"), ReminderBook.PlanReview("twice-2", "kai@example.com", "2030-01-14:7-days"));
        var job = Node("node-twice", TimeProvider.System);

        var first = await job.RunAsync(day, CancellationToken.None);
        var second = await job.RunAsync(day, CancellationToken.None);

        Assert.True(first.Succeeded);
        Assert.Equal((2, 0), (first.Queued, first.AlreadyQueued));
        Assert.True(second.Succeeded);
        Assert.Equal((0, 2), (second.Queued, second.AlreadyQueued));
        var queued = await QueuedAsync("reminder:plan-review:twice-");
        Assert.Equal(2, queued.Count);
        var jo = Assert.Single(queued, m => m.Recipient == "jo@example.com");
        Assert.Equal(NotificationTemplates.PlanReviewReminder, jo.Template);
        Assert.Equal(("FamilyPlan", "twice-1"), (jo.RegardingType, jo.RegardingId));
        Assert.Equal(OutboxStatus.Queued, jo.Status);
    }

    [Fact]
    public async Task TwoNodes_OnTheSameDay_QueueEachReminderOnce_AndOnlyOneRuns()
    {
        // 08:00 in London in January is 08:00 UTC.
        var day = new DateOnly(2032, 1, 14);
        var clock = new FakeTimeProvider(new DateTimeOffset(2032, 1, 14, 8, 0, 0, TimeSpan.Zero));
        factory.Book.Add(day, Enumerable.Range(1, 20).Select(i => ReminderBook.PlanReview($"nodes-{i}", $"family{i}@example.com", "2032-01-21:7-days")).ToArray());
        var nodeA = Node("node-a", clock);
        var nodeB = Node("node-b", clock);

        var results = await Task.WhenAll(Task.Run(() => nodeA.RunIfDueAsync(CancellationToken.None)), Task.Run(() => nodeB.RunIfDueAsync(CancellationToken.None)));

        var ran = Assert.Single(results, r => r is not null);
        Assert.Equal(20, ran!.Queued);
        Assert.Equal(1, factory.Book.Asked[day]);
        clock.Advance(TimeSpan.FromHours(3));
        Assert.Null(await nodeA.RunIfDueAsync(CancellationToken.None));
        Assert.Null(await nodeB.RunIfDueAsync(CancellationToken.None));
        Assert.Equal(1, factory.Book.Asked[day]);

        var queued = await QueuedAsync("reminder:plan-review:nodes-");
        Assert.Equal(20, queued.Count);
        Assert.All(queued.GroupBy(m => m.DeduplicationKey), g => Assert.Single(g));

        // Even run by hand on both nodes at once, nothing is queued twice.
        var forced = await Task.WhenAll(Task.Run(() => nodeA.RunAsync(day, CancellationToken.None)), Task.Run(() => nodeB.RunAsync(day, CancellationToken.None)));
        Assert.All(forced.Where(r => r.Ran), r => Assert.Equal(0, r.Queued));
        Assert.Equal(20, (await QueuedAsync("reminder:plan-review:nodes-")).Count);

        // The next day the job runs again, but the same reminders are not repeated.
        factory.Book.Add(day.AddDays(1), Enumerable.Range(1, 20).Select(i => ReminderBook.PlanReview($"nodes-{i}", $"family{i}@example.com", "2032-01-21:7-days")).ToArray());
        clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromHours(3));
        var nextDay = await nodeB.RunIfDueAsync(CancellationToken.None);
        Assert.NotNull(nextDay);
        Assert.Equal((0, 20), (nextDay.Queued, nextDay.AlreadyQueued));
        Assert.Equal(20, (await QueuedAsync("reminder:plan-review:nodes-")).Count);
    }

    [Fact]
    public async Task NextDay_AReminderWithTheSameKeyIsNotRepeated_ButANewOneIsQueued()
    {
        var day = new DateOnly(2030, 2, 3);
        factory.Book.Add(day, ReminderBook.PlanReview("next-1", "ali@example.com", "2030-02-10:7-days"));
        factory.Book.Add(day.AddDays(1), ReminderBook.PlanReview("next-1", "ali@example.com", "2030-02-10:7-days"), ReminderBook.PlanReview("next-1", "ali@example.com", "2030-02-10:overdue"));
        var job = Node("node-next", TimeProvider.System);

        var first = await job.RunAsync(day, CancellationToken.None);
        var second = await job.RunAsync(day.AddDays(1), CancellationToken.None);

        Assert.Equal(1, first.Queued);
        Assert.Equal((1, 1), (second.Queued, second.AlreadyQueued));
        var keys = (await QueuedAsync("reminder:plan-review:next-1:")).Select(m => m.DeduplicationKey).Order().ToList();
        Assert.Equal(["reminder:plan-review:next-1:2030-02-10:7-days", "reminder:plan-review:next-1:2030-02-10:overdue"], keys);
    }

    [Fact]
    public async Task BeforeTheHourRemindersGoOut_NothingRuns()
    {
        var day = new DateOnly(2033, 1, 10);
        factory.Book.Add(day, ReminderBook.PlanReview("early-1", "early@example.com", "2033-01-17:7-days"));
        var clock = new FakeTimeProvider(new DateTimeOffset(2033, 1, 10, 6, 59, 0, TimeSpan.Zero));

        Assert.Null(await Node("node-early", clock).RunIfDueAsync(CancellationToken.None));

        Assert.False(factory.Book.Asked.ContainsKey(day));
        Assert.Empty(await QueuedAsync("reminder:plan-review:early-"));
    }

    [Fact]
    public void Today_InTheFirstHourOfASummerDay_IsTheCouncilsDate()
    {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London: the day (and the hour checked against RunFromHour) is London's.
        var job = Node("node-midnight", new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero)));

        Assert.Equal(new DateOnly(2026, 7, 1), job.Today());
    }

    [Fact]
    public async Task ABrokenSource_LeavesTheDayDue_AndTheVerbFails()
    {
        var day = new DateOnly(2030, 3, 2);
        factory.Book.FailOn[day] = true;
        var error = new StringWriter();

        var exit = await Verbs.Find(["reminders", "run"])!.RunAsync(factory.Services, ["--date", "2030-03-02"], new StringReader(string.Empty), new StringWriter(), error);

        Assert.Equal(1, exit);
        Assert.Contains("The test plans source failed", error.ToString(), StringComparison.Ordinal);
        await using var scope = factory.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ScheduledJobRuns.AsNoTracking().SingleAsync(j => j.JobName == ReminderJob.JobName);
        Assert.Null(run.LeaseOwner);
        Assert.Contains("failed", run.LastOutcome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RemindersRunVerb_QueuesTheDaysReminders_AndRejectsABadDate()
    {
        factory.Book.Add(new DateOnly(2030, 4, 1), ReminderBook.PlanReview("verb-1", "verb@example.com", "2030-04-08:7-days"));
        var verb = Verbs.Find(["reminders", "run", "--date", "2030-04-01"]);
        Assert.IsType<RemindersRunVerb>(verb);
        var output = new StringWriter();

        var exit = await verb!.RunAsync(factory.Services, ["--date", "2030-04-01"], new StringReader(string.Empty), output, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("Reminders for 2030-04-01: 1 queued, 0 already queued before.", output.ToString(), StringComparison.Ordinal);
        Assert.Single(await QueuedAsync("reminder:plan-review:verb-1:"));

        var error = new StringWriter();
        Assert.Equal(2, await verb.RunAsync(factory.Services, ["--date", "2030-02-30"], new StringReader(string.Empty), new StringWriter(), error));
        Assert.Contains("must be a real date", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ReminderTemplates_ToFamilies_SayWhatToDoAndWhereToSignIn()
    {
        var (subject, body) = NotificationTemplates.Render(NotificationTemplates.PlanActionReminder, new Dictionary<string, string>
        {
            ["name"] = "Jo",
            ["serviceName"] = "Family First",
            ["dueDate"] = "3 December 2026",
            ["signInLink"] = "https://familyfirst.example.gov.uk/family/sign-in",
            ["contactPhone"] = "01632 960 000",
        });

        Assert.Equal("You have something to do in your plan", subject);
        Assert.Contains("Sign in to Family First", body, StringComparison.Ordinal);
        Assert.Contains("https://familyfirst.example.gov.uk/family/sign-in", body, StringComparison.Ordinal);
        Assert.Empty(NotificationTemplates.MissingPersonalisation(NotificationTemplates.PlanReviewReminder, ReminderBook.PlanReview("t", "t@example.com", "s").Personalisation));
        Assert.Contains(NotificationTemplates.EnquiryOverdueReminder, NotificationTemplates.Names);
    }
}
