using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.CommandLine;
using FamilyFirst.Web.Infrastructure.Demo;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Pages.Training;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Training;

/// <summary>The demo training, added once, as the demo trainer sees it; and the reminders two days before a session.</summary>
public class DemoTrainingTests
{
    private const string DemoPassword = "demo password for tests";

    [Fact]
    public async Task SeedDemo_AddsACourseWithAHeldSessionAndOneComingUp_Once()
    {
        using var demo = new FamilyFirstFactory().WithSetting("DemoData:Password", DemoPassword);
        await Verbs.Find(["seed-demo"])!.RunAsync(demo.Services, [], new StringReader(string.Empty), new StringWriter(), new StringWriter());
        await Verbs.Find(["seed-demo"])!.RunAsync(demo.Services, [], new StringReader(string.Empty), new StringWriter(), new StringWriter());

        var courseId = await demo.WithDbAsync(db => db.TrainingCourses.Where(c => c.Title == DemoTraining.CourseTitle).Select(c => c.Id).SingleAsync());
        var sessions = await demo.WithDbAsync(db => db.TrainingSessions.Include(s => s.Bookings).Where(s => s.CourseId == courseId).OrderBy(s => s.StartsAt).ToListAsync());
        Assert.Equal(2, sessions.Count);
        Assert.Equal(5, sessions[0].Bookings.Count(b => b.CompletedAt is not null));
        Assert.Single(sessions[1].WaitingList);

        var trainer = demo.CreateBrowserlessClient();
        await trainer.SignInAsync("trainer@demo.familyfirst.test", DemoPassword);
        var course = await trainer.GetPageAsync($"/training/courses/{courseId}");
        Assert.Equal(DemoTraining.CourseTitle, course.Heading());
        Assert.Null(course.GetElementById("evaluation-too-few"));
        Assert.Contains("5 people answered", course.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminders_GoTwoDaysBefore_ToThoseWithAPlace_NotTheWaitingList()
    {
        using var demo = new FamilyFirstFactory().WithSetting("DemoData:Password", DemoPassword);
        await Verbs.Find(["seed-demo"])!.RunAsync(demo.Services, [], new StringReader(string.Empty), new StringWriter(), new StringWriter());
        await using var scope = demo.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var next = await db.TrainingSessions.Include(s => s.Bookings).Where(s => s.StartsAt > time.GetUtcNow()).SingleAsync();
        var source = ActivatorUtilities.CreateInstance<TrainingReminderSource>(scope.ServiceProvider);

        var due = await source.GetDueAsync(time.DateOf(next.StartsAt).AddDays(-TrainingReminderSource.DaysBefore), CancellationToken.None);
        var dayBefore = await source.GetDueAsync(time.DateOf(next.StartsAt).AddDays(-1), CancellationToken.None);

        Assert.Equal(
            next.Bookings.Where(b => b.Status == BookingStatus.Booked).Select(b => b.Email).Order(),
            due.Select(r => r.Recipient).Order());
        Assert.All(due, r => Assert.Equal(NotificationTemplates.TrainingReminder, r.Template));
        Assert.All(due, r => Assert.Contains("https://teams.example.com/meet/restorative-intro", NotificationTemplates.Render(r.Template, r.Personalisation).Body, StringComparison.Ordinal));
        Assert.Empty(dayBefore);
    }
}
