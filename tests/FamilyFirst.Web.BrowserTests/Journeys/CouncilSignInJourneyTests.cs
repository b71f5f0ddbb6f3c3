namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A member of staff signs in with their council account through the council's identity provider (the real
/// <c>oidc-provider</c>) and reaches their home page with the role and team their groups give; a person whose council
/// account gives no role in the service is told so. Signing out at the council ends the session in the service (back-channel logout). Every page of the service on the way is checked with axe.
/// </summary>
public class CouncilSignInJourneyTests(CouncilSignInBrowserFixture browser) : IClassFixture<CouncilSignInBrowserFixture>
{
    [Fact]
    public async Task Staff_SignsInWithTheirCouncilAccount_AndAPersonWithNoRoleIsToldSo()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/staff");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        await SignInAtTheCouncilAsync(page, "pat.practitioner");

        await page.WaitForURLAsync("**/staff");
        Assert.Equal("Hello, Pat Practitioner", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("council-sign-in-home");
        await page.GotoAsync("/families");
        Assert.EndsWith("/families", page.Url, StringComparison.Ordinal);
        await page.AssertAccessibleAsync();

        // Pat signs out at the council (its own sign-out page): the provider tells the service, which ends Pat's session at once.
        await page.GotoAsync(browser.ProviderUrl + "/session/end");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, sign me out" }).ClickAsync();
        await page.WaitForLoadStateAsync();
        await page.GotoAsync("/families");
        Assert.Contains("/sign-in", page.Url, StringComparison.Ordinal);

        var refused = await browser.NewPageAsync();
        await refused.GotoAsync("/sign-in");
        await SignInAtTheCouncilAsync(refused, "nia.noaccess");
        await refused.WaitForURLAsync("**/sign-in/refused**");
        Assert.Equal("You do not have access to Family First", (await refused.Locator("h1").InnerTextAsync()).Trim());
        await refused.AssertAccessibleAsync();
        await refused.GotoAsync("/staff");
        Assert.Contains("/sign-in", refused.Url, StringComparison.Ordinal);
    }

    /// <summary>From the service's sign-in page: the council account button, then the provider's own sign-in form.</summary>
    private async Task SignInAtTheCouncilAsync(IPage page, string login)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with your council account" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(browser.ProviderUrl, StringComparison.Ordinal));
        await page.Locator("input[name=login]").FillAsync(login);
        await page.Locator("input[name=password]").FillAsync("the council password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign-in" }).ClickAsync();
    }
}
