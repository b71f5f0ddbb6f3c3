using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// Issue 23's follow-up: three months after completing a course, the daily job emails the participant a one-time
/// link; she answers the anonymous questionnaire (meeting its errors first), the link then says it has been used,
/// and the trainer sees on the session that too few have answered to show anything. Every page is checked with axe.
/// </summary>
public class TrainingFollowUpJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Email = "rae.followup@northmoor-police.example.org";

    [Fact]
    public async Task ThreeMonthsOn_TheParticipantAnswersTheFollowUpOnce_AndTheTrainerSeesOnlyTheCount()
    {
        var today = PageChecks.CouncilToday(browser.Clock);
        var sessionId = await CompletedThreeMonthsAgoAsync(today);
        var run = await browser.Services.GetRequiredService<ReminderJob>().RunAsync(today, CancellationToken.None);
        Assert.True(run.Succeeded, run.Summary);

        var participant = await browser.NewPageAsync();
        var link = new Uri(await FollowUpLinkAsync()).PathAndQuery;
        await participant.GotoAsync(link);
        await Assertions.Expect(participant.Locator("h1")).ToHaveTextAsync("How have you used Restorative supervision for managers (follow-up journey)?");
        await participant.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(participant.Locator(".govuk-error-summary")).ToContainTextAsync("Select how you have used restorative practice since the course, or select not yet");
        await participant.AssertAccessibleAsync();

        await participant.GetByLabel("In meetings with families").CheckAsync();
        await participant.GetByLabel("In team meetings or supervision").CheckAsync();
        await participant.GetByLabel("7", new() { Exact = true }).CheckAsync();

        await participant.GetByLabel("What has helped you use it? (optional)").FillAsync("Practising the questions in supervision");
        await participant.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(participant.Locator(".govuk-panel__title")).ToHaveTextAsync("Thank you for your answers");
        await participant.AssertAccessibleAsync();

        await participant.GotoAsync(link);
        await Assertions.Expect(participant.Locator("h1")).ToHaveTextAsync("This link has already been used");
        await participant.AssertAccessibleAsync();

        var trainer = await browser.NewPageAsync();
        await trainer.SignInAsync("trainer@demo.familyfirst.test");
        await trainer.GotoAsync($"/training/sessions/{sessionId}");
        await Assertions.Expect(trainer.Locator("#follow-up-too-few")).ToContainTextAsync("1 person has answered the follow-up.");
        await trainer.AssertAccessibleAsync();
    }

    private async Task<Guid> CompletedThreeMonthsAgoAsync(DateOnly today)
    {
        var startsAt = new DateTimeOffset(today.AddMonths(-TrainingFollowUp.MonthsAfter).ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        var course = Course.Create("Restorative supervision for managers (follow-up journey)", "Supervising restoratively", 3, ["Hold a restorative supervision conversation"]).Value!;
        var session = TrainingSession.Schedule(course, startsAt, startsAt.AddHours(3), "Town Hall", null, new TrainerRef("demo-trainer", "Demo Trainer"), 10, startsAt.AddDays(-20)).Value!;
        var booking = session.Book(new ParticipantDetails("Rae Followup", Email, null, ParticipantKind.PartnerAgency, null, null, OrganisationType.Police, "Northmoor Police", "Sergeant"), null, startsAt.AddDays(-20)).Value!;
        session.RecordAttendance(booking.Id, Attendance.Attended, startsAt.AddMinutes(5));
        session.RecordCompletion(booking.Id, startsAt.AddHours(4));
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.TrainingCourses.Add(course);
        db.TrainingSessions.Add(session);
        await db.SaveChangesAsync();
        return session.Id;
    }

    private async Task<string> FollowUpLinkAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var message = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking()
            .SingleAsync(m => m.Recipient == Email && m.Template == NotificationTemplates.TrainingFollowUpRequest);
        return scope.ServiceProvider.GetRequiredService<OutboxSecrets>().Reveal(message)["link"];
    }
}
