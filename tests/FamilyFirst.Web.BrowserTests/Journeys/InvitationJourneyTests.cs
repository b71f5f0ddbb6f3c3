namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// An administrator invites someone, finds them shown as "Invited" (not "Active"), and resends the invitation; the
/// page says the link sent before no longer works. Every page is checked with axe.
/// </summary>
public class InvitationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task AnAdministratorResendsAnInvitation()
    {
        var alex = await browser.NewPageAsync();
        await alex.SignInAsync("admin@demo.familyfirst.test");
        await alex.GotoAsync("/admin/users/invite");
        await alex.GetByLabel("Full name").FillAsync("Rhys Resend");
        await alex.GetByLabel("Email address").FillAsync("rhys.resend@demo.familyfirst.test");
        await alex.GetByLabel("Analyst", new() { Exact = true }).CheckAsync();
        await alex.GetByRole(AriaRole.Button, new() { Name = "Invite user" }).ClickAsync();
        await Assertions.Expect(alex.Locator(".govuk-panel__title")).ToHaveTextAsync("User invited");

        await alex.GetByRole(AriaRole.Link, new() { Name = "Back to users" }).ClickAsync();
        var row = alex.Locator("tbody tr", new() { HasText = "rhys.resend@demo.familyfirst.test" });
        await Assertions.Expect(row).ToContainTextAsync("Invited");
        await row.GetByRole(AriaRole.Link, new() { Name = "Rhys Resend" }).ClickAsync();
        await Assertions.Expect(alex.SummaryValue("Status")).ToContainTextAsync("Invited");
        await alex.AssertAccessibleAsync();

        await alex.GetByRole(AriaRole.Button, new() { Name = "Resend invitation" }).ClickAsync();
        await alex.ExpectSuccessAsync("A new invitation has been sent to rhys.resend@demo.familyfirst.test. The link sent before no longer works.");
        await Assertions.Expect(alex.SummaryValue("Status")).ToContainTextAsync("Invited");
        await alex.AssertAccessibleAsync();
    }
}
