using FamilyFirst.Web.Tests.Account;
using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// Issue 17's recovery codes. A member of staff with an authenticator app signs in with a code from it, makes new
/// recovery codes after entering their password again (a wrong one first), sees them once, and then signs in with one
/// of them; an old code no longer works. Every page is checked with axe.
/// </summary>
public class RecoveryCodesJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Email = "practitioner@demo.familyfirst.test";

    [Fact]
    public async Task Staff_MakesNewRecoveryCodes_SeesThemOnce_AndAnOldCodeNoLongerWorks()
    {
        string key;
        string oldCode;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(Email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            oldCode = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10))!.First();
        }

        var page = await browser.NewPageAsync();
        await SignInWithPasswordAsync(page);
        await page.WaitForURLAsync("**/sign-in/code**");
        await page.GetByLabel("Enter the 6-digit code from your authenticator app").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");

        // From the authenticator app page to new recovery codes.
        await page.GetByRole(AriaRole.Link, new() { Name = "Authenticator app", Exact = true }).ClickAsync();
        await ExpectPageAsync(page, "Your authenticator app");
        await page.GetByRole(AriaRole.Link, new() { Name = "make new recovery codes" }).ClickAsync();
        await ExpectPageAsync(page, "Make new recovery codes");

        // The password again: a wrong one first, then the right one.
        await page.GetByLabel("Your password").FillAsync("not my password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Make new recovery codes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Your password is not correct");
        await Assertions.Expect(page.Locator("#recovery-codes")).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync();

        await page.GetByLabel("Your password").FillAsync(BrowserFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Make new recovery codes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Your new recovery codes");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Your old recovery codes no longer work");
        var codes = (await page.Locator("#recovery-codes li").AllInnerTextsAsync()).Select(c => c.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        Assert.DoesNotContain(oldCode, codes);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("recovery-codes-new");

        // Seen once: coming back to the page asks for the password again and shows no codes.
        await page.Locator("main a", new() { HasText = "I have kept my recovery codes" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
        await page.GotoAsync("/account/recovery-codes");
        await ExpectPageAsync(page, "Make new recovery codes");
        await Assertions.Expect(page.Locator("#recovery-codes")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync("**/signed-out**");

        // An old code no longer works; a new one does.
        await SignInWithPasswordAsync(page);
        await page.WaitForURLAsync("**/sign-in/code**");
        await page.GetByRole(AriaRole.Link, new() { Name = "Use a recovery code instead" }).ClickAsync();
        await page.WaitForURLAsync("**/sign-in/recovery-code**");
        await page.AssertAccessibleAsync();
        var code = page.GetByLabel("Enter one of your recovery codes");
        await code.FillAsync(oldCode);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The recovery code is not correct or has already been used");
        await page.AssertAccessibleAsync();

        await code.FillAsync(codes[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync("**/staff");
        Assert.Equal("Hello, Priya Practitioner", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
    }

    private static async Task SignInWithPasswordAsync(IPage page)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(BrowserFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Waits for the page's heading, then checks the page with axe.</summary>
    private static async Task ExpectPageAsync(IPage page, string heading)
    {
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await page.AssertAccessibleAsync();
    }
}
