namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>A member of the public reads the start page; a member of staff signs in and reaches their home page.</summary>
public class SignInJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task StartPage_IsAccessible()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");

        Assert.Equal("Family First: working with families, not doing things to them", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("start-page");
    }

    [Fact]
    public async Task FooterPages_AreAccessible()
    {
        var page = await browser.NewPageAsync();
        foreach (var url in new[] { "/accessibility", "/privacy", "/cookies", "/contact", "/no-such-page" })
        {
            await page.GotoAsync(url);
            await page.AssertAccessibleAsync();
        }
    }

    [Fact]
    public async Task Staff_SignsIn_AfterAMistake_AndReachesTheirHomePage()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Email address").FillAsync("practitioner@demo.familyfirst.test");
        await page.GetByLabel("Password").FillAsync("not the right password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a correct email address and password");
        // GOV.UK Frontend moves focus to the error summary so screen reader users hear it first.
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToBeFocusedAsync();
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Password").FillAsync(BrowserFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync("**/staff");
        Assert.Equal("Hello, Priya Practitioner", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("staff-home");
    }

    [Fact]
    public async Task Administrator_ManagesUsersAndTeams_WithoutJavaScript()
    {
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync("admin@demo.familyfirst.test");

        await page.GotoAsync("/admin/users");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite a user" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite user" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select at least one role");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Full name").FillAsync("Robin Reviewer");
        await page.GetByLabel("Email address").FillAsync("robin.reviewer@demo.familyfirst.test");
        await page.GetByLabel("Manager", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite user" }).ClickAsync();

        // A manager works on families, so needs a team.
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select at least one team for a manager");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Teams" }).GetByRole(AriaRole.Checkbox).First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Invite user" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("User invited");
        await page.AssertAccessibleAsync();

        await page.GotoAsync("/admin/teams");
        await page.AssertAccessibleAsync();

        // The invitation email waits in the outbox, readable by administrators.
        await page.GotoAsync("/admin/outbox");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("admin-outbox");
        await page.GetByRole(AriaRole.Link, new() { Name = "robin.reviewer@demo.familyfirst.test" }).First.ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("You have been invited to use Family First");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("admin-outbox-message");
    }
}
