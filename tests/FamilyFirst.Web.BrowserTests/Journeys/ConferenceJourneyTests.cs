namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A whole Family Group Conference: the lead practitioner refers the family and allocates an independent
/// coordinator; the coordinator prepares and runs the conference; the plan is agreed; months later the
/// review is held. Every page is checked with axe.
/// </summary>
public class ConferenceJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Practitioner = "practitioner@demo.familyfirst.test";
    private const string Coordinator = "coordinator@demo.familyfirst.test";

    [Fact]
    public async Task FamilyGroupConference_FromReferralToReview()
    {
        var familyId = await browser.FamilyIdAsync("FAM-DEMRVA");

        // 1. Referral by the lead practitioner, from the family's case page.
        var priya = await browser.NewPageAsync();
        await priya.SignInAsync(Practitioner);
        await priya.GotoAsync($"/families/{familyId}");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Restorative conversations, circles and Family Group Conferences" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Refer for a Family Group Conference" }).ClickAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Refer for a conference" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the name of the person who gave consent");
        await priya.AssertAccessibleAsync();

        await priya.Locator("#ConsentGivenBy").FillAsync("Jade Rivers");
        await priya.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        var consentOn = Today().AddDays(-1);
        await priya.FillDateByIdAsync("ConsentGivenOn", consentOn);
        await priya.GetByLabel("Taking part in a Family Group Conference").CheckAsync();
        await priya.GetByLabel("Information being shared with the family network at the conference").CheckAsync();
        await priya.Locator("#Worries").FillAsync("Kai misses school most Mondays\nThe children are often late and tired");
        await priya.Locator("#Questions").FillAsync("How will the family make sure Kai gets to school every day?");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Refer for a conference" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Family referred for a Family Group Conference");
        await priya.AssertAccessibleAsync();
        var conferencePath = new Uri(priya.Url).AbsolutePath;

        // 2. An independent coordinator.
        await priya.GetByRole(AriaRole.Button, new() { Name = "Allocate a coordinator" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("Casey Coordinator").CheckAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Allocate coordinator" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Casey Coordinator is the coordinator");

        // 3. Preparation by the coordinator, who is in another team.
        var casey = await browser.NewPageAsync();
        await casey.SignInAsync(Coordinator);
        await casey.GotoAsync(conferencePath);
        await casey.GetByRole(AriaRole.Link, new() { Name = "Add someone to the invitation list" }).ClickAsync();
        await casey.AssertAccessibleAsync();
        await casey.Locator("#Name").FillAsync("Jade Rivers");
        await casey.GetByLabel("Family", new() { Exact = true }).CheckAsync();
        await casey.Locator("#Relationship").FillAsync("Mother");
        await casey.GetByLabel("Childcare").CheckAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Add to the invitation list" }).ClickAsync();
        await casey.GetByRole(AriaRole.Link, new() { Name = "Update Jade Rivers" }).ClickAsync();
        await casey.AssertAccessibleAsync();
        await casey.GetByLabel("Accepted").CheckAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(casey.Locator(".govuk-error-summary")).ToContainTextAsync("Invite Jade Rivers before recording their answer");
        await casey.GetByLabel("Invited", new() { Exact = true }).CheckAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await casey.GetByRole(AriaRole.Link, new() { Name = "Update Jade Rivers" }).ClickAsync();
        await casey.GetByLabel("Accepted").CheckAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await casey.GetByRole(AriaRole.Link, new() { Name = "Record how a child will take part" }).ClickAsync();
        await casey.AssertAccessibleAsync();
        await casey.GetByLabel("Kai Rivers").CheckAsync();
        await casey.GetByLabel("Attends the conference").CheckAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await casey.GetByRole(AriaRole.Link, new() { Name = "Change date and venue" }).ClickAsync();
        await casey.AssertAccessibleAsync();
        await casey.FillDateByIdAsync("Date", Today().AddDays(14));
        await casey.Locator("#StartTime").FillAsync("10am");
        await casey.Locator("#Venue").FillAsync("Northmoor Family Centre");
        await casey.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Mark preparation complete" }).ClickAsync();
        await Assertions.Expect(casey.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Preparation complete");
        await casey.AssertAccessibleAsync();

        // 4. The conference, two weeks later: information sharing, private family time, the plan.
        browser.Clock.Advance(TimeSpan.FromDays(14));
        await casey.SignInAsync(Coordinator);
        await casey.GotoAsync(conferencePath);
        await casey.GetByRole(AriaRole.Button, new() { Name = "Start information sharing" }).ClickAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Start private family time" }).ClickAsync();
        await casey.AssertAccessibleAsync();
        await casey.GetByLabel("Jade Rivers").CheckAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Start private family time" }).ClickAsync();

        // The start must be saved before the clock moves on: a post still on its way would arrive after the idle limit.
        await casey.ExpectSuccessAsync("Private family time started");
        browser.Clock.Advance(TimeSpan.FromMinutes(75));

        // Nobody used the service during private family time: past the 30-minute idle limit the coordinator is told
        // why they must sign in again, and does.
        await casey.GotoAsync(conferencePath);
        await Assertions.Expect(casey.Locator("main")).ToContainTextAsync("You have been signed out because you had not used the service for 30 minutes");
        await casey.AssertAccessibleAsync();
        await casey.SignInAsync(Coordinator);
        await casey.GotoAsync(conferencePath);
        await casey.GetByRole(AriaRole.Button, new() { Name = "End private family time" }).ClickAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Record the plan presented" }).ClickAsync();
        await casey.AssertAccessibleAsync();
        await casey.Locator("#PlanText").FillAsync("Grandma Carol takes Kai to school on Mondays. Jade sets two alarms. If it is not working, Jade calls Carol the night before.");
        await casey.GetByRole(AriaRole.Button, new() { Name = "Record the plan presented" }).ClickAsync();

        // The referrer agrees the plan, with Jade as plan lead, and the review is scheduled.
        await priya.SignInAsync(Practitioner);
        await priya.GotoAsync(conferencePath);
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("Yes, the plan is agreed").CheckAsync();
        await priya.GetByLabel("Jade Rivers").CheckAsync();

        // The family's approved bottom lines came with the referral: the referrer says how the plan meets each one.
        await priya.GetByLabel("How does the plan meet ‘Kai and Mia go to school every day unless they are ill’?").FillAsync("Grandma Carol takes Kai on Mondays; Jade sets two alarms");
        await priya.GetByLabel("How does the plan meet ‘The children are always looked after by an adult the family has agreed, never left home alone’?").FillAsync("Jade or Carol is always with the children");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Plan agreed. Jade Rivers is the plan lead");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Schedule the review" }).ClickAsync();
        await Assertions.Expect(priya.Locator("h1")).ToHaveTextAsync("Schedule the review");
        await priya.AssertAccessibleAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Schedule the review" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Review scheduled for");

        // 5. The review, three months on.
        browser.Clock.Advance(TimeSpan.FromDays(92));
        await priya.SignInAsync(Practitioner);
        await priya.GotoAsync(conferencePath);
        await Assertions.Expect(priya.Locator("main .govuk-notification-banner")).ToContainTextAsync("Review overdue");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record the review held" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        await priya.FillDateByIdAsync("HeldOn", Today().AddDays(-1));
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record the review" }).ClickAsync();
        await Assertions.Expect(priya.Locator("main .govuk-tag").First).ToHaveTextAsync("Reviewed");
        await priya.AssertAccessibleAsync();
        await priya.ScreenshotAsync("conference-summary");
    }

    private DateOnly Today() => PageChecks.CouncilToday(browser.Clock);
}
