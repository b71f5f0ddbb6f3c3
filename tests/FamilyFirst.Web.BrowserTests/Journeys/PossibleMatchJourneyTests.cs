using FamilyFirst.Web.Infrastructure.Demo;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// Issue 17's duplicate check without leaks. A practitioner of the south team adds a child to their family who may be a
/// child already known in a north family they cannot see: the page says only "A possible match needs checking by a
/// manager", with nothing of the other family or person; they give a reason (after forgetting it once) and add the child.
/// The north team's manager finds the task in their approvals, checks the possible match and marks it as checked. Every
/// page is checked with axe.
/// </summary>
public class PossibleMatchJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Practitioner_IsToldOnlyThatAManagerMustCheck_AndTheMatchedFamilysManagerMarksItChecked()
    {
        // The Hughes family is the south team's (Sam South's); Ruth Okafor is a child in the north team's Okafor family.
        var hughes = await browser.FamilyIdAsync(DemoFamilies.HughesReference);
        var ruthReference = await PersonReferenceAsync("Ruth", "Okafor");

        var practitioner = await browser.NewPageAsync();
        await practitioner.SignInAsync("practitioner.south@demo.familyfirst.test");
        await practitioner.GotoAsync($"/families/{hughes}");
        await ExpectPageAsync(practitioner, "Hughes family");
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Add a person" }).ClickAsync();
        await ExpectPageAsync(practitioner, "Add a person");
        await practitioner.GetByLabel("Given name").FillAsync("Ruth");
        await practitioner.GetByLabel("Family name", new() { Exact = true }).FillAsync("Okafor");
        await practitioner.FillDateByIdAsync("Details_DateOfBirth", new DateOnly(2014, 6, 17));
        await practitioner.GetByLabel("Female", new() { Exact = true }).CheckAsync();
        await practitioner.GetByLabel("Child or young person", new() { Exact = true }).CheckAsync();
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Told that a manager will check, and nothing else: no table of matches, no name, reference or family.
        await Assertions.Expect(practitioner.Locator(".govuk-inset-text")).ToHaveTextAsync("A possible match needs checking by a manager.");
        await Assertions.Expect(practitioner.Locator(".govuk-warning-text")).ToContainTextAsync("This person may already be known to the service");
        await Assertions.Expect(practitioner.Locator("table", new() { HasText = "Possible matches" })).ToHaveCountAsync(0);
        await Assertions.Expect(practitioner.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Add this person") })).ToHaveCountAsync(0);
        var main = await practitioner.Locator("main").InnerTextAsync();
        foreach (var secret in new[] { ruthReference, DemoFamilies.OkaforReference, "Okafor family", "Grace", "Priya", "North Family Support" })
        {
            Assert.DoesNotContain(secret, main, StringComparison.OrdinalIgnoreCase);
        }

        await practitioner.AssertAccessibleAsync();
        await practitioner.ScreenshotAsync("possible-match-needs-checking");

        // Added as a new person: a reason is needed first.
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Add as a new person" }).ClickAsync();
        await Assertions.Expect(practitioner.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why this is a different person from the possible matches");
        await Assertions.Expect(practitioner.Locator(".govuk-inset-text")).ToHaveTextAsync("A possible match needs checking by a manager.");
        await practitioner.AssertAccessibleAsync();
        await practitioner.GetByLabel("Why is this a different person from the possible matches?").FillAsync("Tom says Ruth is his niece, staying with the family; a manager is checking the match");
        await practitioner.GetByRole(AriaRole.Button, new() { Name = "Add as a new person" }).ClickAsync();
        await practitioner.ExpectSuccessAsync("Ruth Okafor has been added to the family");
        await ExpectPageAsync(practitioner, "Ruth Okafor");

        // The south practitioner cannot open the approvals.
        Assert.Equal(0, await practitioner.GetByRole(AriaRole.Link, new() { Name = "Approvals", Exact = true }).CountAsync());

        // The north team's manager finds the task among their approvals, checks it and marks it as checked.
        var manager = await browser.NewPageAsync();
        await manager.SignInAsync("manager@demo.familyfirst.test");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Approvals", Exact = true }).ClickAsync();
        await ExpectPageAsync(manager, "Approvals waiting for you");
        var task = manager.Locator("table", new() { HasText = "Possible matches to check" }).Locator("tbody tr");
        await Assertions.Expect(task).ToHaveCountAsync(1);
        await Assertions.Expect(task).ToContainTextAsync($"Possible match with person {ruthReference}");
        await Assertions.Expect(task).ToContainTextAsync("Sam South");
        await task.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Check") }).ClickAsync();

        await ExpectPageAsync(manager, "Check a possible match");
        await Assertions.Expect(manager.SummaryValue("Possible match")).ToContainTextAsync($"Ruth Okafor ({ruthReference})");
        await Assertions.Expect(manager.SummaryValue("In the family")).ToContainTextAsync(DemoFamilies.OkaforReference);
        await Assertions.Expect(manager.Locator("main")).ToContainTextAsync("Sam South was adding a person to");
        await manager.ScreenshotAsync("possible-match-check");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Mark as checked" }).ClickAsync();
        await manager.ExpectSuccessAsync("The possible match with Ruth Okafor has been marked as checked");
        await Assertions.Expect(manager.Locator("table", new() { HasText = "Possible matches to check" })).ToHaveCountAsync(0);
        await manager.AssertAccessibleAsync();
    }

    /// <summary>Waits for the page's heading, then checks the page with axe.</summary>
    private static async Task ExpectPageAsync(IPage page, string heading)
    {
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await page.AssertAccessibleAsync();
    }

    private async Task<string> PersonReferenceAsync(string givenName, string familyName)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.People.Where(p => p.GivenName == givenName && p.FamilyName == familyName).Select(p => p.Reference).SingleAsync();
    }
}
