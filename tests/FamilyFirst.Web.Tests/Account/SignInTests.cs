using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Tests.Account;

public class SignInTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task StaffPage_WhenSignedOut_RedirectsToSignIn()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/sign-in?ReturnUrl=%2Fstaff", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task SignIn_WithCorrectPassword_GoesToStaffHome()
    {
        await factory.CreateUserAsync("signin.ok@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();

        await client.SignInAsync("signin.ok@example.gov.uk");
        var home = await client.GetPageAsync("/staff");

        Assert.Equal("Hello, signin.ok", home.Heading());
    }

    [Fact]
    public async Task SignIn_WithEmptyFields_ShowsBothErrors()
    {
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/sign-in");

        var result = await (await client.PostFormAsync("/sign-in", page, ("Email", ""), ("Password", ""))).ReadPageAsync();

        result.AssertFieldError("Email", "Enter your email address");
        result.AssertFieldError("Password", "Enter your password");
        Assert.StartsWith("Error:", result.Title);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_SaysSoWithoutRevealingWhetherTheAccountExists()
    {
        await factory.CreateUserAsync("signin.wrong@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/sign-in");

        var wrongPassword = await (await client.PostFormAsync("/sign-in", page, ("Email", "signin.wrong@example.gov.uk"), ("Password", "not the password at all"))).ReadPageAsync();
        var unknownUser = await (await client.PostFormAsync("/sign-in", page, ("Email", "nobody@example.gov.uk"), ("Password", "not the password at all"))).ReadPageAsync();

        wrongPassword.AssertFieldError("Email", "Enter a correct email address and password");
        unknownUser.AssertFieldError("Email", "Enter a correct email address and password");
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        await factory.CreateUserAsync("signin.lockout@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/sign-in");

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await client.PostFormAsync("/sign-in", page, ("Email", "signin.lockout@example.gov.uk"), ("Password", "wrong password " + attempt));
        }

        var result = await client.PostFormAsync("/sign-in", page, ("Email", "signin.lockout@example.gov.uk"), ("Password", FamilyFirstFactory.Password));

        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        // Locked, but saying so would tell anyone trying that the account exists (issue 17): the wrong-password answer.
        Assert.Equal("Enter a correct email address and password", (await result.ReadPageAsync()).FieldError("Email"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task DeactivatedUser_OpenSessionStopsWorking_AndCannotSignInAgain()
    {
        var user = await factory.CreateUserAsync("signin.deactivated@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("signin.deactivated@example.gov.uk");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.IsActive = false;
            await users.UpdateAsync(stored);
        }

        var afterDeactivation = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, afterDeactivation.StatusCode);
        Assert.StartsWith("/sign-in", afterDeactivation.Headers.Location!.PathAndQuery);

        var page = await client.GetPageAsync("/sign-in");
        var again = await (await client.PostFormAsync("/sign-in", page, ("Email", "signin.deactivated@example.gov.uk"), ("Password", FamilyFirstFactory.Password))).ReadPageAsync();
        // The same answer as a wrong password, so a deactivated account cannot be told from an unknown email (issue 17).
        Assert.Equal("Enter a correct email address and password", again.FieldError("Email"));
    }

    [Fact]
    public async Task SignIn_ReturnUrlToAnotherSite_IsIgnored()
    {
        await factory.CreateUserAsync("signin.redirect@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/sign-in?ReturnUrl=https://evil.example.com/");

        var response = await client.PostFormAsync("/sign-in", page, ("Email", "signin.redirect@example.gov.uk"), ("Password", FamilyFirstFactory.Password), ("ReturnUrl", "https://evil.example.com/"));

        Assert.Equal("/staff", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        await factory.CreateUserAsync("signin.out@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("signin.out@example.gov.uk");
        var home = await client.GetPageAsync("/staff");

        var response = await client.PostFormAsync("/sign-out", home, [], "form[action='/sign-out']");

        Assert.Equal("/signed-out", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }
}
