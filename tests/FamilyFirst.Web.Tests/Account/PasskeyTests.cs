using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>
/// Passkeys on the server side (docs/adr/0020), with a second factor required as in Production. The browser's part (the
/// passkey dialog, with real signatures) is tested in Chromium with its virtual authenticator (PasskeyJourneyTests).
/// </summary>
public class PasskeyTests(SecondFactorRequiredFactory factory) : IClassFixture<SecondFactorRequiredFactory>
{
    [Fact]
    public async Task ThePasskeysPage_ShowsAnEmptyList_AndAsksForAName_AndSaysWhenTheBrowserMadeNoPasskey()
    {
        await factory.CreateUserAsync("passkey.empty@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("passkey.empty@example.gov.uk");

        // With no second factor yet, the passkeys page is one of the pages a person may use first.
        var page = await client.GetPageAsync("/account/passkeys");
        Assert.Equal("Your passkeys", page.Heading());
        Assert.Equal("You have not added a passkey.", page.GetElementById("no-passkeys")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("form[data-passkey=add]"));

        var noName = await (await client.PostFormAsync("/account/passkeys", page, ("Name", ""), ("Credential", ""))).ReadPageAsync();
        noName.AssertFieldError("Name", "Enter a name for the passkey, such as the device it is on");
        var tooLong = await (await client.PostFormAsync("/account/passkeys", page, ("Name", new string('a', 51)), ("Credential", ""))).ReadPageAsync();
        tooLong.AssertFieldError("Name", "The name must be 50 characters or fewer");
        var cancelled = await (await client.PostFormAsync("/account/passkeys", page, ("Name", "Laptop"), ("Credential", ""), ("Failure", "NotAllowedError"))).ReadPageAsync();
        Assert.StartsWith("The passkey was not added: it was cancelled", cancelled.FieldError("Name"));

        // A made-up credential with no creation under way adds nothing.
        var forged = await (await client.PostFormAsync("/account/passkeys", page, ("Name", "Laptop"), ("Credential", "{\"id\":\"AAAA\",\"type\":\"public-key\"}"))).ReadPageAsync();
        Assert.Equal("The passkey could not be added. Try again", forged.FieldError("Name"));
        Assert.Empty(await PasskeysOfAsync("passkey.empty@example.gov.uk"));
    }

    [Fact]
    public async Task TheCreationOptions_AreForThisPerson_AndNeedTheDeviceToVerifyThem()
    {
        var user = await factory.CreateUserAsync("passkey.options@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("passkey.options@example.gov.uk");
        var page = await client.GetPageAsync("/account/passkeys");

        var response = await client.PostFormAsync("/account/passkeys?handler=Options", page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var options = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = options.RootElement;
        Assert.Equal("passkey.options@example.gov.uk", root.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal("required", root.GetProperty("authenticatorSelection").GetProperty("userVerification").GetString());
        Assert.Equal("required", root.GetProperty("authenticatorSelection").GetProperty("residentKey").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("challenge").GetString()));
        Assert.NotNull(user);

        // Without the anti-forgery token, no options.
        var forged = await client.PostAsync("/account/passkeys?handler=Options", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task APasskey_IsListed_AndRemovingIt_EndsOtherSessions_AndIsAudited()
    {
        var user = await factory.CreateUserAsync("passkey.remove@example.gov.uk", Roles.Practitioner);
        var credentialId = await AddPasskeyAsync(user, "Work laptop");
        var key = await factory.SetUpAuthenticatorAsync(user);

        var client = await SignedInWithCodeAsync("passkey.remove@example.gov.uk", key);
        var other = await SignedInWithCodeAsync("passkey.remove@example.gov.uk", key);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/staff")).StatusCode);

        var list = await client.GetPageAsync("/account/passkeys");
        var row = list.QuerySelector("#passkeys tbody tr")!;
        Assert.Equal("Work laptop", row.QuerySelector("td")!.TextContent.Trim());
        var remove = row.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal("/account/passkeys/remove?credential=" + Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(credentialId), remove);

        var confirm = await client.GetPageAsync(remove);
        Assert.Equal("Are you sure you want to remove the passkey \"Work laptop\"?", confirm.Heading());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/account/passkeys/remove?credential=not-a-passkey")).StatusCode);

        var removed = await client.PostFormAsync(remove, confirm);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var after = await client.GetPageAsync(removed.Headers.Location!.OriginalString);
        Assert.StartsWith("Passkey \"Work laptop\" removed", after.SuccessBanner());
        Assert.NotNull(after.GetElementById("no-passkeys"));
        Assert.Empty(await PasskeysOfAsync("passkey.remove@example.gov.uk"));

        // The other session has ended; this one carries on.
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        Assert.Contains("Passkey removed (every other session ended): \"Work laptop\"", await factory.SignInAuditAsync(user.Id));
    }

    [Fact]
    public async Task SomeoneElsesPasskey_CannotBeRemoved()
    {
        var owner = await factory.CreateUserAsync("passkey.owner@example.gov.uk", Roles.Practitioner);
        var credentialId = await AddPasskeyAsync(owner, "Owner's phone");
        await factory.CreateUserAsync("passkey.intruder@example.gov.uk", Roles.Administrator);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("passkey.intruder@example.gov.uk");
        var url = "/account/passkeys/remove?credential=" + Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(credentialId);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
        var page = await client.GetPageAsync("/account/passkeys");
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostFormAsync(url, page)).StatusCode);
        Assert.Single(await PasskeysOfAsync("passkey.owner@example.gov.uk"));
    }

    [Fact]
    public async Task WhenASecondFactorIsRequired_APasswordAlone_DoesNotSignInAnAccountWhoseSecondFactorIsAPasskey()
    {
        var user = await factory.CreateUserAsync("passkey.only@example.gov.uk", Roles.Practitioner);
        await AddPasskeyAsync(user, "Phone");
        var client = factory.CreateBrowserlessClient();
        var signIn = await client.GetPageAsync("/sign-in");
        Assert.NotNull(signIn.QuerySelector("form[data-passkey=sign-in]"));

        var wrong = await (await client.PostFormAsync("/sign-in", signIn, ("Email", "passkey.only@example.gov.uk"), ("Password", "not the password at all"))).ReadPageAsync();
        Assert.Equal("Enter a correct email address and password", wrong.FieldError("Email"));
        var right = await client.PostFormAsync("/sign-in", signIn, ("Email", "passkey.only@example.gov.uk"), ("Password", FamilyFirstFactory.Password));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal("Your account is protected by a passkey. Sign in with your passkey below", (await right.ReadPageAsync()).FieldError("Email"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
        Assert.Contains("Sign-in failed: a password alone: the account signs in with its passkey", await factory.SignInAuditAsync(user.Id));
    }

    [Fact]
    public async Task SigningInWithAPasskey_WithoutOne_OrWithAMadeUpOne_IsRefusedWithAMessage_AndAudited()
    {
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/sign-in/passkey");
        Assert.Equal("Sign in with a passkey", page.Heading());

        var cancelled = await (await client.PostFormAsync("/sign-in/passkey", page, ("Credential", ""), ("Failure", "NotAllowedError"))).ReadPageAsync();
        Assert.StartsWith("Signing in with a passkey was cancelled", Assert.Single(cancelled.ErrorSummary()));

        var options = await client.PostFormAsync("/sign-in/passkey?handler=Options", page);
        using (var json = JsonDocument.Parse(await options.Content.ReadAsStringAsync()))
        {
            Assert.Equal("required", json.RootElement.GetProperty("userVerification").GetString());
        }

        var madeUp = await (await client.PostFormAsync("/sign-in/passkey", page, ("Credential", "{\"id\":\"AAAA\",\"rawId\":\"AAAA\",\"type\":\"public-key\",\"response\":{}}"))).ReadPageAsync();
        Assert.Equal("That passkey does not sign in to this service. Try another passkey, or sign in with your email address and password", Assert.Single(madeUp.ErrorSummary()));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
        Assert.Contains(await factory.SignInAuditAsync(SignInEvents.UnknownAccount), d => d.StartsWith("Passkey sign-in failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAdministratorsSecondFactorReset_RemovesThePersonsPasskeys()
    {
        var admin = await factory.CreateUserAsync("passkey.admin@example.gov.uk", Roles.Administrator);
        var adminKey = await factory.SetUpAuthenticatorAsync(admin);
        var user = await factory.CreateUserAsync("passkey.lost@example.gov.uk", Roles.Practitioner);
        await AddPasskeyAsync(user, "Lost phone");

        var administrator = await SignedInWithCodeAsync("passkey.admin@example.gov.uk", adminKey);
        var resetPage = await administrator.GetPageAsync($"/admin/users/{user.Id}/second-factor");
        Assert.Equal(HttpStatusCode.Redirect, (await administrator.PostFormAsync($"/admin/users/{user.Id}/second-factor", resetPage)).StatusCode);
        Assert.Empty(await PasskeysOfAsync("passkey.lost@example.gov.uk"));
    }

    private async Task<HttpClient> SignedInWithCodeAsync(string email, string key)
    {
        var client = factory.CreateBrowserlessClient();
        var signIn = await client.GetPageAsync("/sign-in");
        var password = await client.PostFormAsync("/sign-in", signIn, ("Email", email), ("Password", FamilyFirstFactory.Password));
        var codePage = await client.GetPageAsync(password.Headers.Location!.OriginalString);
        var done = await client.PostFormAsync(password.Headers.Location.OriginalString, codePage, ("Code", Totp.Code(key)));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        return client;
    }

    /// <summary>Stores a passkey for the account directly (its key is never used here: signatures are the browser test's part).</summary>
    private async Task<byte[]> AddPasskeyAsync(ApplicationUser user, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        var id = RandomNumberGenerator.GetBytes(32);
        var passkey = new UserPasskeyInfo(id, RandomNumberGenerator.GetBytes(77), DateTimeOffset.UtcNow, 0, ["internal"], true, false, false, [0xa0], [0x7b, 0x7d]) { Name = name };
        Assert.True((await users.AddOrUpdatePasskeyAsync(stored, passkey)).Succeeded);
        return id;
    }

    private async Task<IList<UserPasskeyInfo>> PasskeysOfAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.GetPasskeysAsync((await users.FindByEmailAsync(email))!);
    }
}
