namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A practitioner records a Supporting Families need on the family's record (an empty form is refused first), then the
/// outcome achieved against it, and sees the family's needs counted under their headline outcomes. Every page is checked
/// with axe.
/// </summary>
public class NeedsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Practitioner_RecordsANeedAndItsOutcome_OnTheFamilysRecord()
    {
        var today = PageChecks.CouncilToday(browser.Clock);
        var priya = await browser.NewPageAsync();
        await priya.SignInAsync("practitioner@demo.familyfirst.test");
        await priya.GotoAsync("/families");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Okafor family" }).First.ClickAsync();
        await priya.GetByRole(AriaRole.Link, new() { Name = "Needs and outcomes" }).ClickAsync();
        await Assertions.Expect(priya.Locator("h1")).ToHaveTextAsync("Needs and outcomes");
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync("No needs have been recorded yet.");
        await priya.AssertAccessibleAsync();

        await priya.GetByRole(AriaRole.Button, new() { Name = "Record a need" }).ClickAsync();
        await Assertions.Expect(priya.Locator("h1")).ToHaveTextAsync("Record a need");
        await priya.AssertAccessibleAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record need" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Select the need");
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date the need was identified");
        await priya.AssertAccessibleAsync();

        await priya.GetByLabel("Headline outcome and need").SelectOptionAsync("housing:rent-arrears");
        await priya.GetByLabel("The whole family").CheckAsync();
        await priya.GetByLabel("Who identified the need?").FillAsync("Housing officer");
        await priya.GetByLabel("Evidence source").SelectOptionAsync("housing-records");
        await priya.GetByLabel("What the evidence shows (optional)").FillAsync("Eight weeks of rent arrears");
        await priya.FillDateAsync("Date the need was identified", today.AddDays(-60));
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record need" }).ClickAsync();
        await priya.ExpectSuccessAsync("Need recorded: The family has rent arrears");
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync("1 need under 1 headline outcome.");
        await Assertions.Expect(priya.Locator("tbody")).ToContainTextAsync("No outcome recorded");
        await priya.AssertAccessibleAsync();

        await priya.GetByRole(AriaRole.Link, new() { Name = "Record outcome for the family has rent arrears" }).ClickAsync();
        await Assertions.Expect(priya.Locator("h1")).ToHaveTextAsync("Record the outcome");
        await priya.AssertAccessibleAsync();
        await priya.FillDateAsync("Date the outcome was achieved", today.AddDays(-90));
        await priya.GetByLabel("Evidence source").SelectOptionAsync("housing-records");
        await priya.GetByLabel("What the evidence shows").FillAsync("Arrears cleared, repayment plan kept");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save outcome" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("The date the outcome was achieved must be on or after the date the need was identified");
        await priya.AssertAccessibleAsync();

        await priya.FillDateAsync("Date the outcome was achieved", today.AddDays(-7));
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save outcome" }).ClickAsync();
        await priya.ExpectSuccessAsync("Outcome recorded: The family has rent arrears");
        await Assertions.Expect(priya.Locator("tbody")).ToContainTextAsync("Still holding");
        await priya.AssertAccessibleAsync();
    }
}
