namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// Issue 23's consultancy journey: a school asks for restorative practice consultancy on the public form; the trainer
/// records it as a piece of work from the enquiry in one step (the school's details carried over), agrees the aims,
/// records a session held, closes it with the outcome and how far each aim was met, and finds it among the closed
/// pieces of work. Every form is checked with axe.
/// </summary>
public class ConsultancyJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string School = "Westbrook High School";

    [Fact]
    public async Task AConsultancyEnquiry_BecomesAPieceOfWork_WithAimsASessionAndAnOutcome_AndShowsAsClosed()
    {
        // A deputy head asks for consultancy on the public form.
        var teacher = await browser.NewPageAsync();
        await teacher.GotoAsync("/enquiry");
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await teacher.GetByLabel("Professional").CheckAsync();
        await ContinueAsync(teacher);
        await teacher.GetByLabel("School or education").CheckAsync();
        await teacher.GetByLabel("Name of your organisation").FillAsync(School);
        await ContinueAsync(teacher);
        await teacher.GetByLabel("Restorative practice training or consultancy").CheckAsync();
        await ContinueAsync(teacher);
        await teacher.GetByLabel("What training or consultancy would you like?").FillAsync("Help to make our behaviour policy restorative.");
        await ContinueAsync(teacher);
        await teacher.GetByLabel("Your name").FillAsync("Rosa Westbrook");
        await teacher.GetByLabel("Email address").FillAsync("rosa.westbrook@westbrook-high.example.org");
        await teacher.GetByLabel("By email").CheckAsync();
        await teacher.GetByLabel("Yes").CheckAsync();
        await ContinueAsync(teacher);
        await teacher.GetByLabel("I have read the privacy notice").CheckAsync();
        await ContinueAsync(teacher);
        await teacher.GetByRole(AriaRole.Button, new() { Name = "Send enquiry" }).ClickAsync();
        await Assertions.Expect(teacher.Locator(".govuk-panel__title")).ToHaveTextAsync("Enquiry sent");
        var reference = await teacher.Locator("#enquiry-reference").InnerTextAsync();

        // The trainer records it as consultancy from the enquiry: who asked and what is carried over.
        var trainer = await browser.NewPageAsync();
        await trainer.SignInAsync("trainer@demo.familyfirst.test");
        await trainer.GotoAsync("/enquiries");
        await trainer.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Record as consultancy" }).ClickAsync();
        await Assertions.Expect(trainer.GetByLabel("Contact name")).ToHaveValueAsync("Rosa Westbrook");
        await Assertions.Expect(trainer.GetByLabel("Organisation", new() { Exact = true })).ToHaveValueAsync(School);
        await Assertions.Expect(trainer.GetByLabel("What they asked for")).ToHaveValueAsync("Help to make our behaviour policy restorative.");
        await trainer.AssertAccessibleAsync();
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Record consultancy" }).ClickAsync();
        await trainer.ExpectSuccessAsync($"Consultancy for {School} (School or education) recorded");
        await Assertions.Expect(trainer.Locator("#consultancy-status")).ToHaveTextAsync("Requested");
        await trainer.AssertAccessibleAsync();

        // The aims are agreed with the school.
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Agree the aims" }).ClickAsync();
        await trainer.GetByLabel("Agreed aims").FillAsync("Staff use the restorative questions after incidents\nThe behaviour policy is rewritten restoratively");
        await trainer.AssertAccessibleAsync();
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await trainer.ExpectSuccessAsync("Aims agreed");

        // A session held today, meeting the error for a missing length first.
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Record a session" }).ClickAsync();
        var today = PageChecks.CouncilToday(browser.Clock);
        await trainer.FillDateAsync("Date of the session", today);
        await trainer.GetByLabel("Number of people who attended").FillAsync("9");
        await trainer.GetByLabel("Who attended", new() { Exact = true }).FillAsync("Deputy head and 8 heads of year");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Record session" }).ClickAsync();
        await Assertions.Expect(trainer.Locator(".govuk-error-summary")).ToContainTextAsync("Enter how long the session lasted, in hours");
        await trainer.AssertAccessibleAsync();
        await trainer.GetByLabel("How long it lasted, in hours").FillAsync("2");
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Record session" }).ClickAsync();
        await trainer.ExpectSuccessAsync("recorded");
        await Assertions.Expect(trainer.Locator("#consultancy-status")).ToHaveTextAsync("In progress");

        // The work is closed with its outcome.
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Close with the outcome" }).ClickAsync();
        await trainer.Locator("input[name='Results[0]'][value='Met']").CheckAsync();
        await trainer.Locator("input[name='Results[1]'][value='PartlyMet']").CheckAsync();
        await trainer.GetByLabel("Outcome").FillAsync("Heads of year use the restorative questions; the policy is drafted for governors.");
        await trainer.AssertAccessibleAsync();
        await trainer.GetByRole(AriaRole.Button, new() { Name = "Close the piece of work" }).ClickAsync();
        await trainer.ExpectSuccessAsync($"Consultancy for {School} (School or education) closed");
        await Assertions.Expect(trainer.Locator("#consultancy-status")).ToHaveTextAsync("Closed");
        await Assertions.Expect(trainer.Locator("#consultancy-aims")).ToContainTextAsync("Partly met");

        // It shows among the closed pieces of work.
        await trainer.GetByRole(AriaRole.Link, new() { Name = "Back to consultancy" }).ClickAsync();
        await Assertions.Expect(trainer.Locator("h1")).ToHaveTextAsync("Closed consultancy");
        await Assertions.Expect(trainer.Locator("#consultancy-list")).ToContainTextAsync(School);
        await trainer.AssertAccessibleAsync();
    }

    private static async Task ContinueAsync(IPage page)
    {
        var before = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        // Waits for the next page's DOM, not its load event, which Playwright rarely misses after a post (see PageChecks).
        await page.WaitForURLAsync(url => url != before, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
    }
}
