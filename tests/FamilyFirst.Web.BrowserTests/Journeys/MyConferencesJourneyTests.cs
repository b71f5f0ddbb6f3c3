using FamilyFirst.Web.Infrastructure.Demo;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A coordinator starts their day from "My conferences": signing in lands them on the conferences they coordinate,
/// each with its stage, next step and days since referral against the 42-day target, and they open one from the list.
/// Every page is checked with axe.
/// </summary>
public class MyConferencesJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ACoordinatorStartsTheirDayFromMyConferences()
    {
        var casey = await browser.NewPageAsync();
        await casey.SignInAsync("coordinator@demo.familyfirst.test");
        await Assertions.Expect(casey.Locator("h1")).ToHaveTextAsync("My conferences");
        await Assertions.Expect(casey.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "My conferences", Exact = true })).ToHaveAttributeAsync("aria-current", "page");
        await casey.AssertAccessibleAsync();

        var okafor = casey.Locator("tbody tr", new() { HasText = DemoFamilies.OkaforReference });
        await Assertions.Expect(okafor).ToContainTextAsync("Coordinator allocated");
        await Assertions.Expect(okafor).ToContainTextAsync("Prepare: invitations, children, date and venue");
        await Assertions.Expect(okafor).ToContainTextAsync("20 of 42");

        await okafor.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(casey.Locator("h1")).ToContainTextAsync("Family Group Conference");
        await casey.AssertAccessibleAsync();
    }
}
