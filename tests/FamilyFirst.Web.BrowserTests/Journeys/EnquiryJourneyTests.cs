using System.Text.RegularExpressions;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A parent sends the online enquiry form, with JavaScript and again without it, meeting every error on the
/// way; then a triage officer finds the enquiry in the queue and works it. Every page is checked with axe.
/// </summary>
public partial class EnquiryJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Parent_SendsAnEnquiry_AfterCorrectingMistakes(bool javaScript)
    {
        var page = await browser.NewPageAsync(javaScript);
        var name = javaScript ? "Jo Script" : "Jo Plain";

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Contact us online" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Contact Family First online");
        await Assertions.Expect(page.Locator("main .govuk-warning-text")).ToContainTextAsync("If a child is in immediate danger, call 999");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        await ContinueWithErrorAsync(page, "Select who you are");
        await page.GetByLabel("Parent or carer").CheckAsync();
        await ContinueAsync(page);

        await ContinueWithErrorAsync(page, "Select what your enquiry is about");
        await page.GetByLabel("Support for my family").CheckAsync();
        await ContinueAsync(page);

        await page.GetByLabel("Names of the people in the family").FillAsync($"{name} and Leo");
        await page.GetByLabel("Children's ages").FillAsync("Leo is 9");
        await page.GetByLabel("Postcode").FillAsync("not a postcode");
        await ContinueWithErrorAsync(page, "Enter a real postcode, like NM1 1AA");
        await page.GetByLabel("Postcode").FillAsync("NM1 1AA");
        await ContinueAsync(page);

        await page.GetByLabel("What is happening for the family?").FillAsync("Leo has stopped going to school.\nWe argue every morning.");
        await ContinueWithErrorAsync(page, "Enter what would help");
        await page.GetByLabel("What would help?").FillAsync("Someone to help us talk <together>.");
        await ContinueAsync(page);

        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("Email address").FillAsync("not an email");
        await ContinueWithErrorAsync(page, "Enter an email address in the correct format, like name@example.com");
        await page.GetByLabel("Email address").FillAsync("jo.browser@example.com");
        await page.GetByLabel("By email").CheckAsync();
        await page.GetByLabel("Yes").CheckAsync();
        await ContinueAsync(page);

        await ContinueWithErrorAsync(page, "Select that you have read the privacy notice and agree to it");
        await page.GetByLabel("I have read the privacy notice").CheckAsync();
        await ContinueAsync(page);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your answers before sending your enquiry");
        await Assertions.Expect(page.Locator("#answer-what-would-help")).ToHaveTextAsync("Someone to help us talk <together>.");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change how we contact you" }).ClickAsync();
        await page.GetByLabel("UK phone number").FillAsync("07700 900982");
        await page.GetByLabel("By phone").CheckAsync();
        await ContinueAsync(page);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/enquiry/check-answers$"));
        await Assertions.Expect(page.Locator(".govuk-summary-list__row", new() { HasText = "Contact me by" })).ToContainTextAsync("Phone");

        await page.GetByRole(AriaRole.Button, new() { Name = "Send enquiry" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Enquiry sent");
        await Assertions.Expect(page.Locator("#enquiry-reference")).ToHaveTextAsync(ReferencePattern());
        await Assertions.Expect(page.Locator("#response-target")).ToHaveTextAsync("within 2 working days");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync(javaScript ? "enquiry-confirmation" : "enquiry-confirmation-without-javascript");

        // Going back and sending again does not make a second enquiry: it shows the same confirmation.
        var reference = await page.Locator("#enquiry-reference").InnerTextAsync();
        await page.GotoAsync("/enquiry/check-answers");
        await Assertions.Expect(page.Locator("#enquiry-reference")).ToHaveTextAsync(reference);
    }

    [Fact]
    public async Task TriageOfficer_FindsTheEnquiry_AssignsItAndClosesIt()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("practitioner@demo.familyfirst.test");

        await page.GetByRole(AriaRole.Link, new() { Name = "Enquiries", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Enquiries");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiries-queue");
        await page.GetByLabel("Type").SelectOptionAsync("SupportForMyFamily");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator(".app-enquiry-row").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.Locator(".app-enquiry-row", new() { HasText = "Demo Parent" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(ReferencePattern());
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a triage note");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Assign to me" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("The enquiry is assigned to you");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Close enquiry" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close enquiry" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a reason for closing the enquiry");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Answered").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close enquiry" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("The enquiry is closed: Answered");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("enquiry-closed");
    }

    [Fact]
    public async Task Trainer_SeesTheTrainingQueue_AndAdministratorTheClosureReasons()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync("trainer@demo.familyfirst.test");
        await page.GotoAsync("/enquiries");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Training and consultancy enquiries");
        await Assertions.Expect(page.Locator(".app-enquiry-row")).ToHaveCountAsync(1);
        await page.AssertAccessibleAsync();

        var admin = await browser.NewPageAsync();
        await admin.SignInAsync("admin@demo.familyfirst.test");
        await admin.GotoAsync("/admin/enquiry-closure-reasons");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Add reason" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reason");
        await admin.AssertAccessibleAsync();
    }

    private static async Task ContinueAsync(IPage page)
    {
        var before = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        // Waits for the next page's DOM, not its load event, which Playwright rarely misses after a post (see PageChecks).
        await page.WaitForURLAsync(url => url != before, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();
    }

    private static async Task ContinueWithErrorAsync(IPage page, string message)
    {
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync(message);
        await Assertions.Expect(page.Locator(".govuk-error-message")).ToContainTextAsync([message]);
        await page.AssertAccessibleAsync();
    }

    [GeneratedRegex("^ENQ-[234679ACDEFGHJKMNPQRTUVWXYZ]{4}-[234679ACDEFGHJKMNPQRTUVWXYZ]{4}$")]
    private static partial Regex ReferencePattern();
}
