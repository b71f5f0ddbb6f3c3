namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// An analyst starts their day from "Partner data and results to check": signing in lands them on their worklist, and
/// from it they open the impact report and the families behind a figure, listed by reference only. Every page is
/// checked with axe.
/// </summary>
public class DataAndResultsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnAnalystStartsTheirDayFromTheirWorklist()
    {
        var ash = await browser.NewPageAsync();
        await ash.SignInAsync("analyst@demo.familyfirst.test");
        await Assertions.Expect(ash.Locator("h1")).ToHaveTextAsync("Partner data and results to check");
        await Assertions.Expect(ash.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Data and results", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await Assertions.Expect(ash.GetByRole(AriaRole.Heading, new() { Name = "Unmatched rows" })).ToBeVisibleAsync();
        await ash.AssertAccessibleAsync();

        await ash.GetByRole(AriaRole.Link, new() { Name = "Impact report", Exact = true }).ClickAsync();
        await Assertions.Expect(ash.Locator("h1")).ToHaveTextAsync("Impact report");
        await ash.GetByRole(AriaRole.Link, new() { Name = "See the families in the report" }).ClickAsync();
        await Assertions.Expect(ash.GetByRole(AriaRole.Link, new() { Name = "Back to the impact report" })).ToBeVisibleAsync();
        // An analyst sees the families behind the figure pseudonymised: by reference, never by name.
        await Assertions.Expect(ash.Locator("tbody tr").Filter(new() { HasNotText = "Name not shown" })).ToHaveCountAsync(0);
        await ash.AssertAccessibleAsync();
    }
}
