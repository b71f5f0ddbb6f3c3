namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>A practitioner writes a family plan with the family, agrees it, revises it and prints it.</summary>
public class FamilyPlanJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Practitioner_WritesAgreesRevisesAndPrintsAPlan()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync("practitioner@demo.familyfirst.test");
        await page.GotoAsync("/families");
        await page.GetByRole(AriaRole.Link, new() { Name = "Okafor family" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Family plan" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Family plan started");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add an action" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what will be done");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("What will be done?").FillAsync("I will go to the school meeting with Daniel every Monday");
        await page.GetByLabel("Grace Okafor").CheckAsync();
        await page.GetByLabel("Day").FillAsync("15");
        await page.GetByLabel("Month").FillAsync("1");
        await page.GetByLabel("Year").FillAsync("2027");
        await page.GetByLabel("Who will check this has been done?").FillAsync("Pastor James");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Action added to the plan");

        await page.GetByRole(AriaRole.Link, new() { Name = "Change the contingency plan" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("What we will do if the plan is not working").FillAsync("We ask Pastor James to talk with Daniel");
        await page.GetByLabel("Grace Okafor").CheckAsync();
        await page.GetByLabel("Day").FillAsync("1");
        await page.GetByLabel("Month").FillAsync("3");
        await page.GetByLabel("Year").FillAsync("2027");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("The plan has been updated");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Record the agreement" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Grace Okafor").CheckAsync();
        await page.GetByLabel("The local authority's decision").FillAsync("Agreed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Agree the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Version 1 of the plan has been agreed");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a new version" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Change action 1" }).ClickAsync();
        await page.GetByLabel("What will be done?").FillAsync("I will go to the school meeting with Daniel every other Monday");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the agreement" }).ClickAsync();
        await page.GetByLabel("Grace Okafor").CheckAsync();
        await page.GetByLabel("The local authority's decision").FillAsync("Agreed: fortnightly is enough");
        await page.GetByRole(AriaRole.Button, new() { Name = "Agree the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Version 2 of the plan has been agreed");

        await page.GetByRole(AriaRole.Link, new() { Name = "See version 2 and what changed" }).ClickAsync();
        await Assertions.Expect(page.Locator(".app-diff ins").First).ToContainTextAsync("other");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("family-plan-version-2");

        await page.GotoAsync(page.Url.Replace("/versions/2", "/print", StringComparison.Ordinal));
        Assert.Equal("Our family plan", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.ScreenshotAsync("family-plan-print");
    }
}
