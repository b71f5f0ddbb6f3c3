using FamilyFirst.Web.Infrastructure.Demo;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A practitioner writes a bottom line for a family, which waits for a manager; she cannot approve her own.
/// Her manager approves it, and it is in use on the family's record. Every page is checked with axe.
/// </summary>
public class BottomLineJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string BottomLine = "Daniel does not walk home alone on days there has been trouble at school";

    [Fact]
    public async Task Practitioner_ProposesABottomLine_AndAManagerApprovesIt()
    {
        // The practitioner writes it: an empty one is refused.
        var priya = await browser.NewPageAsync();
        await priya.SignInAsync("practitioner@demo.familyfirst.test");
        await OpenBottomLinesAsync(priya);
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync("No bottom lines have been written for this family.");
        await priya.AssertAccessibleAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Write a bottom line" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save and send for approval" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the bottom line");
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("Write the bottom line").FillAsync(BottomLine);
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save and send for approval" }).ClickAsync();
        await priya.ExpectSuccessAsync("Bottom line written. A manager needs to approve it before it can be used");
        await Assertions.Expect(priya.GetByRole(AriaRole.Heading, new() { Name = "Waiting for a manager's approval" })).ToBeVisibleAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Heading, new() { Name = "In use" })).ToHaveCountAsync(0);
        await Assertions.Expect(priya.GetByRole(AriaRole.Button, new() { Name = "Approve this bottom line" })).ToHaveCountAsync(0);
        await priya.AssertAccessibleAsync();

        // Her manager approves it.
        var morgan = await browser.NewPageAsync();
        await morgan.SignInAsync("manager@demo.familyfirst.test");
        await OpenBottomLinesAsync(morgan);
        await morgan.AssertAccessibleAsync();
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Approve this bottom line" }).ClickAsync();
        await Assertions.Expect(morgan.Locator("h1")).ToHaveTextAsync("Approve this bottom line?");
        await Assertions.Expect(morgan.Locator(".govuk-inset-text")).ToHaveTextAsync(BottomLine);
        await morgan.AssertAccessibleAsync();
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Approve bottom line" }).ClickAsync();
        await morgan.ExpectSuccessAsync("Bottom line approved. It now applies to this family's conferences and plans");
        await morgan.AssertAccessibleAsync();

        // In use on the family's record, with who wrote and who approved it.
        await OpenBottomLinesAsync(priya);
        await Assertions.Expect(priya.GetByRole(AriaRole.Heading, new() { Name = "In use" })).ToBeVisibleAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Heading, new() { Name = "Waiting for a manager's approval" })).ToHaveCountAsync(0);
        var line = priya.Locator(".app-card", new() { HasText = BottomLine });
        await line.GetByText("History").ClickAsync();
        await Assertions.Expect(line).ToContainTextAsync("Written by Priya Practitioner");
        await Assertions.Expect(line).ToContainTextAsync("Approved by Morgan Manager");
        await Assertions.Expect(line.GetByRole(AriaRole.Link, new() { Name = "Change the wording of this bottom line" })).ToHaveCountAsync(0);
        await priya.AssertAccessibleAsync();
        await priya.ScreenshotAsync("bottom-line-approved");

        // And in the family plan, as a bottom line the plan must address.
        await priya.GetByRole(AriaRole.Link, new() { Name = "Back to the family" }).ClickAsync();
        await priya.GetByRole(AriaRole.Link, new() { Name = "Family plan" }).ClickAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Create the plan" }).ClickAsync();
        await priya.ExpectSuccessAsync("Family plan started");
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync(BottomLine);
        await priya.AssertAccessibleAsync();
    }

    private async Task OpenBottomLinesAsync(IPage page)
    {
        await page.GotoAsync($"/families/{await browser.FamilyIdAsync(DemoFamilies.OkaforReference)}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Bottom lines" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bottom lines");
    }
}
