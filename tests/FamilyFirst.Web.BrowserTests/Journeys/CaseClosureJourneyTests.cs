using FamilyFirst.Web.Infrastructure.Demo;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// Closing a case takes two people: the practitioner asks, her manager returns the request with a comment from his
/// approvals inbox, she sees it on My work and answers with a second request, which he approves. Every page is checked
/// with axe.
/// </summary>
public class CaseClosureJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task APractitionerAsksToClose_TheManagerReturnsIt_SheAnswers_AndTheSecondRequestIsApproved()
    {
        var priya = await browser.NewPageAsync();
        await priya.SignInAsync("practitioner@demo.familyfirst.test");
        await priya.GotoAsync($"/families/{await browser.FamilyIdAsync(DemoFamilies.OkaforReference)}");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Close the case" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("Why should the case close?").FillAsync("Daniel is back at school full time and Grace agrees");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Ask to close the case" }).ClickAsync();
        await priya.ExpectSuccessAsync("You have asked to close the case");

        // Her manager returns it with a comment, from his approvals inbox.
        var morgan = await browser.NewPageAsync();
        await morgan.SignInAsync("manager@demo.familyfirst.test");
        await morgan.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Approvals", Exact = true }).ClickAsync();
        await Assertions.Expect(morgan.Locator("h1")).ToHaveTextAsync("Approvals waiting for you");
        await morgan.AssertAccessibleAsync();
        await morgan.Locator("tr", new() { HasText = "Daniel is back at school" }).GetByRole(AriaRole.Link).ClickAsync();
        await morgan.GetByLabel("No, return it with comments").CheckAsync();
        await morgan.GetByLabel("Comments for the lead practitioner").FillAsync("Please record the school's view first");
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await morgan.ExpectSuccessAsync("The request has been returned to Priya Practitioner with your comments");

        // She sees the outcome on My work and answers it with a second request.
        await priya.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "My work", Exact = true }).ClickAsync();
        var returned = priya.Locator("tr", new() { HasText = "Returned" });
        await Assertions.Expect(returned).ToContainTextAsync("Please record the school's view first");
        await priya.AssertAccessibleAsync();
        await returned.GetByRole(AriaRole.Link).ClickAsync();
        await priya.GetByLabel("Why should the case close?").FillAsync("The school confirms Daniel's attendance is 96% this term");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Ask to close the case" }).ClickAsync();
        await priya.ExpectSuccessAsync("You have asked to close the case");

        // He approves the second request, and the case is closed.
        await morgan.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Approvals", Exact = true }).ClickAsync();
        await morgan.Locator("tr", new() { HasText = "The school confirms" }).GetByRole(AriaRole.Link).ClickAsync();
        await morgan.GetByLabel("Yes, close the case").CheckAsync();
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Send decision" }).ClickAsync();
        await morgan.ExpectSuccessAsync("The case has been closed");
        await morgan.AssertAccessibleAsync();
    }
}
