using FamilyFirst.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>The app with a second factor required, as in Production.</summary>
public sealed class SecondFactorRequiredFactory : FamilyFirstFactory
{
    public SecondFactorRequiredFactory() => WithSetting("Security:RequireSecondFactor", "true");

    /// <summary>Sets up an authenticator app for the account directly, returning its key.</summary>
    public async Task<string> SetUpAuthenticatorAsync(ApplicationUser user)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        await users.ResetAuthenticatorKeyAsync(stored);
        await users.SetTwoFactorEnabledAsync(stored, true);
        return (await users.GetAuthenticatorKeyAsync(stored))!;
    }

    public async Task<List<string>> SignInAuditAsync(string userId)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEntries.Where(e => e.Action == AuditAction.Authentication && e.RecordId == userId).OrderBy(e => e.Sequence).Select(e => e.Detail!).ToListAsync();
    }
}

public class SecondFactorTests(SecondFactorRequiredFactory factory) : IClassFixture<SecondFactorRequiredFactory>
{
    [Fact]
    public async Task WhenRequired_FirstSignIn_SetsUpTheApp_ShowsRecoveryCodesOnce_ThenCarriesOn()
    {
        var user = await factory.CreateUserAsync("mfa.first@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("mfa.first@example.gov.uk");

        var staff = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        Assert.Equal("/account/authenticator?returnUrl=%2Fstaff", staff.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/families")).StatusCode);

        var setUp = await client.GetPageAsync(staff.Headers.Location.OriginalString);
        var key = setUp.GetElementById("authenticator-key")!.TextContent;
        Assert.Matches("^([a-z2-7]{4} )+[a-z2-7]{1,4}$", key);
        var qrCode = setUp.GetElementById("authenticator-qr-code")!;
        Assert.StartsWith("QR code for your authenticator app", qrCode.GetAttribute("alt"));
        var expectedUri = $"otpauth://totp/Family%20First:mfa.first%40example.gov.uk?secret={key.Replace(" ", "").ToUpperInvariant()}&issuer=Family%20First&digits=6&period=30";
        Assert.Equal(SecondFactorPolicy.QrCodeImage(expectedUri), qrCode.GetAttribute("src"));
        Assert.StartsWith("data:image/png;base64,", qrCode.GetAttribute("src"));

        var empty = await (await client.PostFormAsync(staff.Headers.Location.OriginalString, setUp, ("Code", ""))).ReadPageAsync();
        empty.AssertFieldError("Code", "Enter the 6-digit code from your authenticator app");
        var letters = await (await client.PostFormAsync(staff.Headers.Location.OriginalString, setUp, ("Code", "abcdef"))).ReadPageAsync();
        letters.AssertFieldError("Code", "The code must be 6 numbers");
        var wrong = await (await client.PostFormAsync(staff.Headers.Location.OriginalString, setUp, ("Code", Totp.WrongCode(key)))).ReadPageAsync();
        Assert.StartsWith("The code is not correct", wrong.FieldError("Code"));

        var done = await (await client.PostFormAsync(staff.Headers.Location.OriginalString, setUp, ("Code", Totp.Code(key)))).ReadPageAsync();
        Assert.Equal(10, done.QuerySelectorAll("#recovery-codes li").Length);
        Assert.Equal("/staff", done.QuerySelector("a.govuk-button")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);

        var again = await client.GetPageAsync("/account/authenticator");
        Assert.Empty(again.QuerySelectorAll("#recovery-codes li"));
        Assert.Null(again.GetElementById("authenticator-key"));
        Assert.Contains("Authenticator app set up", await factory.SignInAuditAsync(user.Id));
    }

    [Fact]
    public async Task SignIn_AsksForTheAppCode_RefusesAWrongOne_AndAcceptsTheRightOne()
    {
        var user = await factory.CreateUserAsync("mfa.code@example.gov.uk", Roles.Practitioner);
        var key = await factory.SetUpAuthenticatorAsync(user);
        var client = factory.CreateBrowserlessClient();
        var signIn = await client.GetPageAsync("/sign-in");

        var password = await client.PostFormAsync("/sign-in", signIn, ("Email", "mfa.code@example.gov.uk"), ("Password", FamilyFirstFactory.Password));
        Assert.Equal("/sign-in/code?returnUrl=%2Fstaff", password.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);

        var codePage = await client.GetPageAsync(password.Headers.Location.OriginalString);
        var wrong = await (await client.PostFormAsync(password.Headers.Location.OriginalString, codePage, ("Code", Totp.WrongCode(key)))).ReadPageAsync();
        wrong.AssertFieldError("Code", "The code is not correct. Enter the code your authenticator app shows now");

        var right = await client.PostFormAsync(password.Headers.Location.OriginalString, wrong, ("Code", Totp.Code(key)));
        Assert.Equal("/staff", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);

        var audit = await factory.SignInAuditAsync(user.Id);
        Assert.Contains("Wrong authenticator or recovery code", audit);
        Assert.Contains("Signed in: with a password and an authenticator app", audit);
    }

    [Fact]
    public async Task CodePage_WithoutThePasswordStep_GoesBackToSignIn()
    {
        var client = factory.CreateBrowserlessClient();

        var response = await client.GetAsync("/sign-in/code");

        Assert.Equal("/sign-in", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce()
    {
        var user = await factory.CreateUserAsync("mfa.recovery@example.gov.uk", Roles.Practitioner);
        await factory.SetUpAuthenticatorAsync(user);
        string code;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id))!, 10))!.First();
        }

        for (var attempt = 0; attempt < 2; attempt++)
        {
            var client = factory.CreateBrowserlessClient();
            var signIn = await client.GetPageAsync("/sign-in");
            await client.PostFormAsync("/sign-in", signIn, ("Email", "mfa.recovery@example.gov.uk"), ("Password", FamilyFirstFactory.Password));
            var page = await client.GetPageAsync("/sign-in/recovery-code");
            var response = await client.PostFormAsync("/sign-in/recovery-code", page, ("Code", code));
            if (attempt == 0)
            {
                Assert.Equal("/staff", response.Headers.Location!.OriginalString);
            }
            else
            {
                (await response.ReadPageAsync()).AssertFieldError("Code", "The recovery code is not correct or has already been used");
            }
        }
    }

    [Fact]
    public async Task AdministratorReset_EndsThePersonsSessions_IsAudited_AndTheyMustSetUpAgain()
    {
        var admin = await factory.CreateUserAsync("mfa.admin@example.gov.uk", Roles.Administrator);
        var adminKey = await factory.SetUpAuthenticatorAsync(admin);
        var user = await factory.CreateUserAsync("mfa.reset@example.gov.uk", Roles.Practitioner);
        var key = await factory.SetUpAuthenticatorAsync(user);

        var cookies = new CookieContainer();
        var person = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        await SignInWithCodeAsync(person, "mfa.reset@example.gov.uk", key);
        var copy = factory.CreateDefaultClient();
        copy.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(copy.BaseAddress!));
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/staff")).StatusCode);

        var administrator = factory.CreateBrowserlessClient();
        await SignInWithCodeAsync(administrator, "mfa.admin@example.gov.uk", adminKey);
        var own = await administrator.GetPageAsync($"/admin/users/{admin.Id}/second-factor");
        Assert.Contains("You cannot reset your own second factor", own.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(own.QuerySelectorAll("main form"));

        var resetPage = await administrator.GetPageAsync($"/admin/users/{user.Id}/second-factor");
        var ownPost = await (await administrator.PostFormAsync($"/admin/users/{admin.Id}/second-factor", resetPage)).ReadPageAsync();
        Assert.Contains("You cannot reset your own second factor. Ask another administrator", ownPost.ErrorSummary());
        Assert.Contains("has an authenticator app set up", resetPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var reset = await administrator.PostFormAsync($"/admin/users/{user.Id}/second-factor", resetPage);
        Assert.Equal($"/admin/users/{user.Id}", reset.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, (await person.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/staff")).StatusCode);
        Assert.Contains("Second factor reset: by an administrator", await factory.SignInAuditAsync(user.Id));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.AuditEntries.SingleAsync(e => e.RecordId == user.Id && e.Detail == "Second factor reset: by an administrator");
            Assert.Equal(admin.Id, row.UserId);
        }

        var again = factory.CreateBrowserlessClient();
        await again.SignInAsync("mfa.reset@example.gov.uk");
        Assert.StartsWith("/account/authenticator", (await again.GetAsync("/staff")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPage_IsForAdministratorsOnly()
    {
        var manager = await factory.CreateUserAsync("mfa.manager@example.gov.uk", Roles.Manager);
        var key = await factory.SetUpAuthenticatorAsync(manager);
        var client = factory.CreateBrowserlessClient();
        await SignInWithCodeAsync(client, "mfa.manager@example.gov.uk", key);

        var response = await client.GetAsync($"/admin/users/{manager.Id}/second-factor");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    private static async Task SignInWithCodeAsync(HttpClient client, string email, string key)
    {
        var signIn = await client.GetPageAsync("/sign-in");
        var password = await client.PostFormAsync("/sign-in", signIn, ("Email", email), ("Password", FamilyFirstFactory.Password));
        var codePage = await client.GetPageAsync(password.Headers.Location!.OriginalString);
        var done = await client.PostFormAsync(password.Headers.Location.OriginalString, codePage, ("Code", Totp.Code(key)));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
    }
}

public class SecondFactorOptionalTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task WhenNotRequired_PasswordAloneSignsIn_AndTheAppCanStillBeSetUp()
    {
        await factory.CreateUserAsync("mfa.optional@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("mfa.optional@example.gov.uk");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);

        var setUp = await client.GetPageAsync("/account/authenticator");
        var key = setUp.GetElementById("authenticator-key")!.TextContent;
        var done = await (await client.PostFormAsync("/account/authenticator", setUp, ("Code", Totp.Code(key)))).ReadPageAsync();

        Assert.Equal(10, done.QuerySelectorAll("#recovery-codes li").Length);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
    }
}
