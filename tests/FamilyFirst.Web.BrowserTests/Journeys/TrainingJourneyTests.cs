using System.Globalization;
using System.Text.RegularExpressions;
using FamilyFirst.Web.Infrastructure.Demo;
using FamilyFirst.Web.Infrastructure.Notifications;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// Issue 23's journey: a teacher asks for restorative practice training on the public form; the trainer adds a
/// session and books her on it from the enquiry in one step; on the day she attends and answers the anonymous
/// evaluation from its link; the trainer records her completion and prints her certificate; and the reach of
/// training counts her, for her course and her school. Every page is checked with axe.
/// </summary>
public class TrainingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Email = "sam.eastfield@eastfield-primary.example.org";

    [Fact]
    public async Task ATrainingEnquiry_BecomesABooking_TheParticipantAttendsAndEvaluates_IsCompleted_AndTheReachCountsThem()
    {
        // A teacher asks for training on the public form.
        var teacher = await browser.NewPageAsync();
        await teacher.GotoAsync("/enquiry");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await teacher.GetByLabel("Professional").CheckAsync();
        await ContinueAsync(teacher);
        await teacher.GetByLabel("School or education").CheckAsync();
        await teacher.GetByLabel("Name of your organisation").FillAsync("Eastfield Primary School");
        await ContinueAsync(teacher);
        await teacher.GetByLabel("Restorative practice training or consultancy").CheckAsync();
        await ContinueAsync(teacher);
        await teacher.GetByLabel("What training or consultancy would you like?").FillAsync("An introduction to restorative practice for our pastoral lead.");
        await ContinueAsync(teacher);
        await teacher.GetByLabel("Your name").FillAsync("Sam Eastfield");
        await teacher.GetByLabel("Email address").FillAsync(Email);
        await teacher.GetByLabel("By email").CheckAsync();
        await teacher.GetByLabel("Yes").CheckAsync();
        await ContinueAsync(teacher);
        await teacher.GetByLabel("I have read the privacy notice").CheckAsync();
        await ContinueAsync(teacher);
        await Assertions.Expect(teacher.Locator("h1")).ToHaveTextAsync("Check your answers before sending your enquiry");
        await teacher.AssertAccessibleAsync();
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Send enquiry" }).ClickAsync();
        await Assertions.Expect(teacher.Locator(".govuk-panel__title")).ToHaveTextAsync("Enquiry sent");
        var reference = await teacher.Locator("#enquiry-reference").InnerTextAsync();

        // The trainer notes the reach before, then adds a session a week away.
        var trainer = await browser.NewPageAsync();
        await trainer.SignInAsync("trainer@demo.familyfirst.test");
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Reach of restorative practice training" }).ClickAsync();
        await Assertions.Expect(trainer.Locator("h1")).ToHaveTextAsync("Reach of restorative practice training");
        await trainer.AssertAccessibleAsync();
        var trainedBefore = await PeopleTrainedOnAsync(trainer);
        await Assertions.Expect(trainer.Locator("#reach-organisations")).Not.ToContainTextAsync("Eastfield Primary School");

        await trainer.GotoAsync("/training");
        await trainer.Locator("a[href^='/training/courses/']", new() { HasText = DemoTraining.CourseTitle }).ClickAsync();
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Add a session" }).ClickAsync();
        var day = PageChecks.CouncilToday(browser.Clock).AddDays(7);
        await trainer.FillDateAsync("Date", day);
        await trainer.GetByLabel("Start time").FillAsync("9:30");
        await trainer.GetByLabel("End time").FillAsync("15:30");
        await trainer.GetByLabel("Venue").FillAsync("Northmoor Family Centre, Room 1");
        await trainer.GetByLabel("Number of places").FillAsync("12");
        await trainer.AssertAccessibleAsync();
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Add session" }).ClickAsync();
        await trainer.ExpectSuccessAsync("Session added for");
        var sessionUrl = trainer.Url;

        // A room for ten, not twelve: the trainer changes the session, meeting the error for a blank number first.
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Change the session" }).ClickAsync();
        await Assertions.Expect(trainer.GetByLabel("Start time")).ToHaveValueAsync("09:30");
        await trainer.GetByLabel("Number of places").FillAsync(string.Empty);
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(trainer.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the number of places");
        await trainer.AssertAccessibleAsync();
        await trainer.GetByLabel("Number of places").FillAsync("10");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await trainer.ExpectSuccessAsync("Session updated");
        await Assertions.Expect(trainer.SummaryValue("Places")).ToHaveTextAsync("0 of 10 taken");

        // From the enquiry, one step books the teacher: her details are carried over; the trainer adds her role.
        await trainer.GotoAsync("/enquiries");
        await trainer.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Book on a training session" }).ClickAsync();
        await Assertions.Expect(trainer.GetByLabel("Full name")).ToHaveValueAsync("Sam Eastfield");
        await Assertions.Expect(trainer.GetByLabel("Organisation", new() { Exact = true })).ToHaveValueAsync("Eastfield Primary School");
        var option = trainer.Locator("#SessionId option", new() { HasTextRegex = new Regex(Regex.Escape(day.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")))) });
        await trainer.Locator("#SessionId").SelectOptionAsync((await option.GetAttributeAsync("value"))!);
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
        await Assertions.Expect(trainer.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the participant's role");
        await trainer.AssertAccessibleAsync();
        await trainer.GetByLabel("Role", new() { Exact = true }).FillAsync("Pastoral lead");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Book" }).ClickAsync();
        await trainer.ExpectSuccessAsync("Sam Eastfield is booked");
        await Assertions.Expect(trainer).ToHaveURLAsync(sessionUrl);
        await trainer.AssertAccessibleAsync();

        // On the day, ten minutes in, the trainer takes the register (signing in again: a week has passed).
        var now = browser.Clock.GetUtcNow();
        var startsAt = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 40)), TimeZoneInfo.FindSystemTimeZoneById("Europe/London").GetUtcOffset(day.ToDateTime(new TimeOnly(9, 40))));
        browser.Clock.Advance(startsAt - now);
        trainer = await browser.NewPageAsync();
        await trainer.SignInAsync("trainer@demo.familyfirst.test");
        await trainer.GotoAsync(sessionUrl);
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Record Sam Eastfield's attendance" }).ClickAsync();
        await trainer.GetByLabel("Attended the whole session").CheckAsync();
        await trainer.AssertAccessibleAsync();
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Save attendance" }).ClickAsync();
        await trainer.ExpectSuccessAsync("Sam Eastfield: attended. The evaluation link has been sent to them");

        // The teacher answers the anonymous evaluation from the link in her email.
        var link = new Uri(await EvaluationLinkAsync()).PathAndQuery;
        var participant = await browser.NewPageAsync();
        await participant.GotoAsync(link);
        await Assertions.Expect(participant.Locator("h1")).ToHaveTextAsync($"How was {DemoTraining.CourseTitle}?");
        await participant.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(participant.Locator(".govuk-error-summary")).ToContainTextAsync("Select how confident you felt before the session");
        await participant.AssertAccessibleAsync();
        foreach (var before in await participant.Locator("input[name^='Before'][value='3']").AllAsync())
        {
            await before.CheckAsync();
        }

        foreach (var after in await participant.Locator("input[name^='After'][value='8']").AllAsync())
        {
            await after.CheckAsync();
        }

        await participant.GetByLabel("Anything else you want to tell us? (optional)").FillAsync("The restorative questions work in our playground.");
        await participant.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(participant).ToHaveURLAsync(new Regex("/training-evaluation/thank-you$"));
        await participant.AssertAccessibleAsync();

        // After the session has ended the trainer records her completion and opens her certificate.
        browser.Clock.Advance(TimeSpan.FromHours(6));
        trainer = await browser.NewPageAsync();
        await trainer.SignInAsync("trainer@demo.familyfirst.test");
        await trainer.GotoAsync(sessionUrl);
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Record completion for Sam Eastfield" }).ClickAsync();
        await trainer.ExpectSuccessAsync("Completion recorded for Sam Eastfield. Their certificate is ready to print");
        await trainer.AssertAccessibleAsync();
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Certificate for Sam Eastfield" }).ClickAsync();
        await Assertions.Expect(trainer.Locator("h1")).ToHaveTextAsync("Certificate of completion");
        await trainer.AssertAccessibleAsync();

        // The reach of training counts her: one more person trained on the course, and her school.
        await trainer.GotoAsync("/training-reach");
        Assert.Equal(trainedBefore + 1, await PeopleTrainedOnAsync(trainer));
        await Assertions.Expect(trainer.Locator("#reach-organisations tr", new() { HasText = "Eastfield Primary School" })).ToContainTextAsync("1");
        await trainer.AssertAccessibleAsync();
        await trainer.ScreenshotAsync("training-reach");

        // A manager sees the same counts from their home page, and no one's details.
        var manager = await browser.NewPageAsync();
        await manager.SignInAsync("manager@demo.familyfirst.test");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Reach of restorative practice training" }).ClickAsync();
        Assert.Equal(trainedBefore + 1, await PeopleTrainedOnAsync(manager));
        await Assertions.Expect(manager.Locator("main")).Not.ToContainTextAsync("Sam Eastfield");
        await manager.AssertAccessibleAsync();
    }

    private static async Task<int> PeopleTrainedOnAsync(IPage page)
    {
        var row = page.Locator("#reach-courses tbody tr", new() { HasText = DemoTraining.CourseTitle });
        return int.Parse(await row.Locator("td").Nth(1).InnerTextAsync(), CultureInfo.InvariantCulture);
    }

    private async Task<string> EvaluationLinkAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var message = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Recipient == Email && m.Template == NotificationTemplates.TrainingEvaluationRequest)
            .OrderByDescending(m => m.CreatedAtUtc)
            .FirstAsync();
        return scope.ServiceProvider.GetRequiredService<OutboxSecrets>().Reveal(message)["link"];
    }

    private static async Task ContinueAsync(IPage page)
    {
        var before = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        // Waits for the next page's DOM, not its load event, which Playwright rarely misses after a post (see PageChecks).
        await page.WaitForURLAsync(url => url != before, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }
}
