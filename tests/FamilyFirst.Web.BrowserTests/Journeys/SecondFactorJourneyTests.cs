using FamilyFirst.Web.Tests.Account;
using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>A member of staff with an authenticator app signs in with their password, then a code (a wrong one first).</summary>
public class SecondFactorJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Staff_SignsInWithPasswordThenAuthenticatorCode_AfterAWrongCode()
    {
        string key;
        await using (var scope = browser.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync("practitioner@demo.familyfirst.test"))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }

        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync("practitioner@demo.familyfirst.test");
        await page.GetByLabel("Password").FillAsync(BrowserFixture.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await page.WaitForURLAsync("**/sign-in/code**");
        await page.AssertAccessibleAsync();
        var code = page.GetByLabel("Enter the 6-digit code from your authenticator app");
        await code.FillAsync(Totp.WrongCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The code is not correct");
        await page.AssertAccessibleAsync();

        await code.FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.WaitForURLAsync("**/staff");
        Assert.Equal("Hello, Priya Practitioner", (await page.Locator("h1").InnerTextAsync()).Trim());
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("sign-in-authenticator-code");
    }
}
