namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// An administrator gives a postcode district to a team so its family enquiries go straight to that team, changes the
/// team, then removes the district: a missing answer is refused with errors, and every step ends with a banner. Every
/// page is checked with axe.
/// </summary>
public class EnquiryAreaJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnAdministratorAddsChangesAndRemovesAnArea()
    {
        var alex = await browser.NewPageAsync();
        await alex.SignInAsync("admin@demo.familyfirst.test");
        await alex.GetByRole(AriaRole.Link, new() { Name = "Areas for routing family enquiries" }).First.ClickAsync();
        await Assertions.Expect(alex.Locator("h1")).ToHaveTextAsync("Areas for routing family enquiries");
        await alex.AssertAccessibleAsync();

        await alex.GetByRole(AriaRole.Button, new() { Name = "Add area" }).ClickAsync();
        await Assertions.Expect(alex.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a postcode district");
        await Assertions.Expect(alex.Locator(".govuk-error-summary")).ToContainTextAsync("Select the team its enquiries go to");
        await alex.AssertAccessibleAsync();

        await alex.GetByLabel("Postcode district").FillAsync("nm99");
        await alex.GetByLabel("Team").SelectOptionAsync(new SelectOptionValue { Label = "North Family Support (demo)" });
        await alex.GetByRole(AriaRole.Button, new() { Name = "Add area" }).ClickAsync();
        await alex.ExpectSuccessAsync("Family enquiries from NM99 will go to North Family Support (demo)");
        await alex.AssertAccessibleAsync();

        await alex.GetByRole(AriaRole.Link, new() { Name = "Change NM99" }).ClickAsync();
        await Assertions.Expect(alex.Locator("h1")).ToHaveTextAsync("Change NM99");
        await alex.AssertAccessibleAsync();
        await alex.GetByLabel("Team").SelectOptionAsync(new SelectOptionValue { Label = "South Family Support (demo)" });
        await alex.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await alex.ExpectSuccessAsync("Family enquiries from NM99 will now go to South Family Support (demo)");

        await alex.GetByRole(AriaRole.Button, new() { Name = "Remove NM99" }).ClickAsync();
        await alex.ExpectSuccessAsync("NM99 removed. Family enquiries from there will stay in the front-door queue for a manager to route.");
        await Assertions.Expect(alex.Locator("main")).ToContainTextAsync("No areas have been given to a team yet");
        await alex.AssertAccessibleAsync();
    }
}
