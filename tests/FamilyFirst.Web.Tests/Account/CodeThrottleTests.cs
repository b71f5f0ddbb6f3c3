using Microsoft.AspNetCore.Identity;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>A second factor required, and low limits on failed attempts, so the tests reach them.</summary>
public sealed class ThrottledCodeFactory : FamilyFirstFactory
{
    public ThrottledCodeFactory()
    {
        WithSetting("Security:RequireSecondFactor", "true");
        WithSetting("Security:SignInThrottle:PerAddress", "100");
        WithSetting("Security:SignInThrottle:PerAccount", "3");
        WithSetting("Security:SignInThrottle:Window", "01:00:00");
    }
}

/// <summary>Authenticator and recovery codes are throttled like passwords (per account and per address), and audited.</summary>
public class CodeThrottleTests(ThrottledCodeFactory factory) : IClassFixture<ThrottledCodeFactory>
{
    [Theory]
    [InlineData("/sign-in/code", "The code is not correct. Enter the code your authenticator app shows now")]
    [InlineData("/sign-in/recovery-code", "The recovery code is not correct or has already been used")]
    public async Task WrongCodes_AreThrottled_ThenEvenTheRightCodeWaits_AndItIsAudited(string url, string wrongMessage)
    {
        var email = $"throttle{url.Replace('/', '.')}@example.gov.uk";
        var user = await factory.CreateUserAsync(email, Roles.Practitioner);
        string key;
        string recovery;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            await users.ResetAuthenticatorKeyAsync(stored);
            await users.SetTwoFactorEnabledAsync(stored, true);
            key = (await users.GetAuthenticatorKeyAsync(stored))!;
            recovery = (await users.GenerateNewTwoFactorRecoveryCodesAsync(stored, 10))!.First();
        }

        var client = factory.CreateBrowserlessClient();
        var signIn = await client.GetPageAsync("/sign-in");
        await client.PostFormAsync("/sign-in", signIn, ("Email", email), ("Password", FamilyFirstFactory.Password));
        var page = await client.GetPageAsync(url);
        var wrongCode = url == "/sign-in/code" ? Totp.WrongCode(key) : "AAAAA-BBBBB";
        var rightCode = url == "/sign-in/code" ? Totp.Code(key) : recovery;

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var wrong = await client.PostFormAsync(url, page, ("Code", wrongCode));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            (await wrong.ReadPageAsync()).AssertFieldError("Code", wrongMessage);
        }

        var throttled = await client.PostFormAsync(url, page, ("Code", rightCode));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        (await throttled.ReadPageAsync()).AssertFieldError("Code", "You have tried too many codes. Wait 60 minutes, then try again");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);

        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordId == user.Id).OrderBy(e => e.Sequence).Select(e => e.Detail!).ToListAsync());
        Assert.Equal(3, audit.Count(d => d.StartsWith("Wrong authenticator or recovery code", StringComparison.Ordinal)));
        Assert.Contains(audit, d => d.StartsWith("Sign-in refused: too many attempts", StringComparison.Ordinal) && d.EndsWith(url == "/sign-in/code" ? "authenticator code" : "recovery code", StringComparison.Ordinal));
    }
}

/// <summary>A locked account gets the same answer as a wrong password: nobody learns the account exists or is locked.</summary>
public class LockedAccountTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task ALockedAccount_EvenWithTheRightPassword_GetsTheWrongPasswordAnswer_AndTheAuditSaysLocked()
    {
        var user = await factory.CreateUserAsync("locked.person@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/sign-in");
        var answers = new List<string?>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            answers.Add((await (await client.PostFormAsync("/sign-in", page, ("Email", "locked.person@example.gov.uk"), ("Password", "wrong password " + attempt))).ReadPageAsync()).FieldError("Email"));
        }

        var right = await client.PostFormAsync("/sign-in", page, ("Email", "locked.person@example.gov.uk"), ("Password", FamilyFirstFactory.Password));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        answers.Add((await right.ReadPageAsync()).FieldError("Email"));
        var unknown = (await (await client.PostFormAsync("/sign-in", page, ("Email", "locked.nobody@example.gov.uk"), ("Password", "wrong password"))).ReadPageAsync()).FieldError("Email");

        Assert.All(answers, a => Assert.Equal("Enter a correct email address and password", a));
        Assert.Equal(unknown, answers[^1]);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.RecordId == user.Id).Select(e => e.Detail!).ToListAsync());
        Assert.Contains("Account locked after too many failed attempts", audit);
    }
}
