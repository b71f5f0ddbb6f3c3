namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A practitioner records the family's programme list reference (an empty form is refused first), sees it on the
/// case and finds the family by it in the search. Every page is checked with axe.
/// </summary>
public class ExternalReferencesJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Practitioner_RecordsTheProgrammeListReference_SeesItOnTheCase_AndFindsTheFamilyByIt()
    {
        var priya = await browser.NewPageAsync();
        await priya.SignInAsync("practitioner@demo.familyfirst.test");
        await priya.GotoAsync("/families");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Okafor family" }).First.ClickAsync();
        await Assertions.Expect(priya.SummaryValue("Other systems' references")).ToHaveTextAsync("None recorded");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Change other systems' references" }).ClickAsync();
        await Assertions.Expect(priya.Locator("h1")).ToHaveTextAsync("Other systems' references");
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync("No references from other systems have been recorded.");
        await priya.AssertAccessibleAsync();

        await priya.GetByRole(AriaRole.Button, new() { Name = "Record reference" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Select the system the reference comes from");
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the reference");
        await priya.AssertAccessibleAsync();

        await priya.GetByLabel("Programme list").CheckAsync();
        await priya.GetByLabel("Reference", new() { Exact = true }).FillAsync("TF/2013/0042");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record reference" }).ClickAsync();
        await priya.ExpectSuccessAsync("Programme list reference TF/2013/0042 recorded");
        await Assertions.Expect(priya.Locator("tbody")).ToContainTextAsync("TF/2013/0042");
        await priya.AssertAccessibleAsync();

        await priya.GetByRole(AriaRole.Link, new() { Name = "Back to the family" }).ClickAsync();
        await Assertions.Expect(priya.SummaryValue("Other systems' references")).ToHaveTextAsync("Programme list: TF/2013/0042");

        await priya.GotoAsync("/families/search?q=tf%2F2013%2F0042");
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync("Okafor family");
        await priya.AssertAccessibleAsync();
    }
}
