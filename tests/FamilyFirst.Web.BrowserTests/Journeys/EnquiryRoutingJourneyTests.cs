namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A manager routes a family enquiry from the front door to a team's queue: choosing no team is refused with an error,
/// choosing one routes it and the enquiry says which team has it. Every page is checked with axe.
/// </summary>
public class EnquiryRoutingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AManagerRoutesAFamilyEnquiryToATeam()
    {
        var morgan = await browser.NewPageAsync();
        await morgan.SignInAsync("manager@demo.familyfirst.test");
        await morgan.GetByRole(AriaRole.Link, new() { Name = "Enquiries", Exact = true }).ClickAsync();
        await morgan.GetByLabel("Type").SelectOptionAsync("SupportForMyFamily");
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await morgan.Locator(".app-enquiry-row", new() { HasText = "Demo Parent" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(morgan.SummaryValue("Team")).ToContainTextAsync("Not routed yet");
        await morgan.AssertAccessibleAsync();

        await morgan.GetByRole(AriaRole.Button, new() { Name = "Route", Exact = true }).ClickAsync();
        await Assertions.Expect(morgan.Locator(".govuk-error-summary")).ToContainTextAsync("Select the team to route the enquiry to");
        await morgan.AssertAccessibleAsync();

        await morgan.GetByLabel("Route to a team").SelectOptionAsync(new SelectOptionValue { Label = "North Family Support (demo)" });
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Route", Exact = true }).ClickAsync();
        await morgan.ExpectSuccessAsync("The enquiry is routed to North Family Support (demo)");
        await Assertions.Expect(morgan.SummaryValue("Team")).ToContainTextAsync("North Family Support (demo)");
        await morgan.AssertAccessibleAsync();
    }
}
