using Microsoft.AspNetCore.Identity;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>People make new recovery codes themselves, after entering their password again; the old codes stop working.</summary>
public class RecoveryCodesTests(SecondFactorRequiredFactory factory) : IClassFixture<SecondFactorRequiredFactory>
{
    [Fact]
    public async Task NewRecoveryCodes_NeedThePassword_AndTheOldCodesStopWorking()
    {
        var user = await factory.CreateUserAsync("own.recovery@example.gov.uk", Roles.Practitioner);
        var key = await factory.SetUpAuthenticatorAsync(user);
        string oldCode;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            oldCode = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByIdAsync(user.Id))!, 10))!.First();
        }

        var client = factory.CreateBrowserlessClient();
        var signIn = await client.GetPageAsync("/sign-in");
        var password = await client.PostFormAsync("/sign-in", signIn, ("Email", "own.recovery@example.gov.uk"), ("Password", FamilyFirstFactory.Password));
        var codePage = await client.GetPageAsync(password.Headers.Location!.OriginalString);
        await client.PostFormAsync(password.Headers.Location.OriginalString, codePage, ("Code", Totp.Code(key)));

        var authenticator = await client.GetPageAsync("/account/authenticator");
        Assert.NotNull(authenticator.QuerySelector("a[href='/account/recovery-codes']"));
        var form = await client.GetPageAsync("/account/recovery-codes");
        var empty = await (await client.PostFormAsync("/account/recovery-codes", form)).ReadPageAsync();
        empty.AssertFieldError("Password", "Enter your password");
        var wrong = await (await client.PostFormAsync("/account/recovery-codes", form, ("Password", "not my password"))).ReadPageAsync();
        wrong.AssertFieldError("Password", "Your password is not correct");
        Assert.Empty(wrong.QuerySelectorAll("#recovery-codes li"));

        var made = await (await client.PostFormAsync("/account/recovery-codes", form, ("Password", FamilyFirstFactory.Password))).ReadPageAsync();
        var codes = made.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Contains("New recovery codes created: by the person, the old codes stopped working", await factory.SignInAuditAsync(user.Id));

        async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(string code)
        {
            var other = factory.CreateBrowserlessClient();
            var page = await other.GetPageAsync("/sign-in");
            await other.PostFormAsync("/sign-in", page, ("Email", "own.recovery@example.gov.uk"), ("Password", FamilyFirstFactory.Password));
            var recoveryPage = await other.GetPageAsync("/sign-in/recovery-code");
            return await other.PostFormAsync("/sign-in/recovery-code", recoveryPage, ("Code", code));
        }

        (await (await SignInWithRecoveryCodeAsync(oldCode)).ReadPageAsync()).AssertFieldError("Code", "The recovery code is not correct or has already been used");
        Assert.Equal("/staff", (await SignInWithRecoveryCodeAsync(codes[0])).Headers.Location!.OriginalString);
    }
}
