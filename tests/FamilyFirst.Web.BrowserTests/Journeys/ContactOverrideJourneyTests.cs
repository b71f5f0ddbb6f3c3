using FamilyFirst.Web.Infrastructure.Demo;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// Contact with someone who must not be contacted takes a manager's say-so: the practitioner asks on the network
/// member's page, saying why; her manager refuses the first request with comments from his approvals inbox; she sees
/// them in My work, asks again, and he allows contact with his reason. Every page is checked with axe.
/// </summary>
public class ContactOverrideJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task APractitionerAsksToContactLee_TheManagerRefusesThenAllowsIt_AndSheSeesEachDecision()
    {
        var priya = await browser.NewPageAsync();
        await priya.SignInAsync("practitioner@demo.familyfirst.test");
        var familyId = await browser.FamilyIdAsync(DemoFamilies.RiversReference);
        await priya.GotoAsync($"/families/{familyId}/network");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Lee Rivers", Exact = true }).ClickAsync();
        var lee = priya.Url;
        await priya.GetByRole(AriaRole.Button, new() { Name = "Ask a manager to allow contact" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why you need to contact them");
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("Why do you need to contact them?").FillAsync("Lee has asked to join the review conference by phone");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Ask a manager to allow contact" }).ClickAsync();
        await priya.ExpectSuccessAsync("Your request to contact Lee Rivers has been sent to the managers of the family's team");
        await priya.AssertAccessibleAsync();

        // Her manager refuses it with comments, from his approvals inbox.
        var morgan = await browser.NewPageAsync();
        await morgan.SignInAsync("manager@demo.familyfirst.test");
        await morgan.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Approvals", Exact = true }).ClickAsync();
        await morgan.AssertAccessibleAsync();
        await morgan.Locator("tr", new() { HasText = "Lee has asked to join the review conference" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(morgan.Locator("h1")).ToHaveTextAsync("Request to contact Lee Rivers");
        await morgan.AssertAccessibleAsync();
        await morgan.GetByLabel("Comments for the person who asked").FillAsync("Talk to Jade first, then ask again");
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Refuse the request" }).ClickAsync();
        await morgan.ExpectSuccessAsync("You refused the request to contact Lee Rivers");

        // She sees the refusal in My work, and asks again once she has talked to Jade.
        await priya.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "My work", Exact = true }).ClickAsync();
        await Assertions.Expect(priya.Locator("tr", new() { HasText = "Lee Rivers" })).ToContainTextAsync("Talk to Jade first, then ask again");
        await priya.AssertAccessibleAsync();
        await priya.GotoAsync(lee);
        await priya.GetByLabel("Why do you need to contact them?").FillAsync("Jade agrees Lee may join the review conference by phone");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Ask a manager to allow contact" }).ClickAsync();
        await priya.ExpectSuccessAsync("Your request to contact Lee Rivers has been sent");

        // He allows contact, with his reason; the network member page then shows the override.
        await morgan.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Approvals", Exact = true }).ClickAsync();
        await morgan.Locator("tr", new() { HasText = "Jade agrees Lee may join" }).GetByRole(AriaRole.Link).ClickAsync();
        await morgan.GetByLabel("Why may they be contacted despite the restriction?").FillAsync("Jade agrees; by phone only, for the review conference");
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Allow contact despite the restriction" }).ClickAsync();
        await morgan.ExpectSuccessAsync("Contact with Lee Rivers is allowed");
        await morgan.AssertAccessibleAsync();

        await priya.GotoAsync(lee);
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync("Jade agrees; by phone only, for the review conference");
        await priya.AssertAccessibleAsync();
    }
}
