namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>A manager opens the security log from their home page, corrects a filter and reads the sign-in events.</summary>
public class SecurityLogJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_FiltersTheSecurityLog_AfterAMistake()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("manager@demo.familyfirst.test");
        await page.GotoAsync("/staff");
        await page.GetByRole(AriaRole.Link, new() { Name = "Security log" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Security log");
        await page.AssertAccessibleAsync();

        var today = PageChecks.CouncilToday(browser.Clock);
        await page.FillDateAsync("Date from", today);
        await page.FillDateAsync("Date to", today.AddDays(-1));
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The date to must be the same as or after the date from");
        await page.AssertAccessibleAsync();

        await page.FillDateAsync("Date to", today);
        await page.GetByLabel("Kind of event").SelectOptionAsync(new SelectOptionValue { Label = "Sign-in" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync("Signed in");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("security-log");
    }
}
