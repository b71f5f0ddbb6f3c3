namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A member of staff adds a passkey, signs out and signs in with it, in Chromium with its virtual authenticator (a
/// platform authenticator that holds discoverable passkeys and verifies the person), checking each page with axe.
/// </summary>
public class PasskeyJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Staff_AddsAPasskey_SignsOut_AndSignsInWithIt()
    {
        // WebAuthn needs a domain, not an IP address: the same server, reached as localhost.
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl.Replace("127.0.0.1", "localhost", StringComparison.Ordinal),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable", new Dictionary<string, object> { ["enableUI"] = false });
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });

        await page.SignInAsync("practitioner@demo.familyfirst.test");
        await page.GetByRole(AriaRole.Link, new() { Name = "Passkeys", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/account/passkeys");
        await Assertions.Expect(page.Locator("#no-passkeys")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // A name is asked for first, before the passkey dialog.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter a name for the passkey");
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Name this passkey").FillAsync("Work laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        // The page stays until the browser has made the passkey (the error from before is still there meanwhile).
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Passkey \"Work laptop\" added");
        await Assertions.Expect(page.Locator("#passkeys tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#passkeys tbody tr td").First).ToHaveTextAsync("Work laptop");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/signed-out**");

        await page.GotoAsync("/sign-in");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Use a passkey" }).ClickAsync();

        await page.WaitForURLAsync("**/staff");
        Assert.Equal("Hello, Priya Practitioner", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("sign-in-with-a-passkey");

        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var details = await db.AuditEntries.Where(e => e.Action == FamilyFirst.Domain.Audit.AuditAction.Authentication).Select(e => e.Detail).ToListAsync();
        Assert.Contains("Passkey added: \"Work laptop\"", details);
        Assert.Contains("Signed in: with a passkey (\"Work laptop\")", details);
        await context.CloseAsync();
    }
}
