using System.Diagnostics;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Account;

public class CommonPasswordTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public void List_HoldsOver100000Passwords()
    {
        Assert.True(CommonPasswords.Count > 400_000, $"{CommonPasswords.Count} passwords");
    }

    [Theory]
    [InlineData("qwertyuiop12")]
    [InlineData("Summer2024!!")]
    [InlineData("PASSWORD123456")]
    [InlineData("  iloveyou2025  ")]
    [InlineData("123456789987654321")]
    public async Task Password_OnTheBreachedList_OrAListedOneWithDigitsAdded_IsRefused(string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, $"{Guid.NewGuid():N}@example.gov.uk", "Breached", [Roles.Practitioner], [], password);

        Assert.Contains(result.Errors, e => e.Code == "PasswordTooCommon");
    }

    [Theory]
    [InlineData("kettle orchard thimble")]
    [InlineData("Moorland-Ferry-Lantern-42")]
    public async Task Password_NotOnTheList_IsAccepted(string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, $"{Guid.NewGuid():N}@example.gov.uk", "Strong", [Roles.Practitioner], [], password);

        Assert.True(result.Succeeded, string.Join(' ', result.Errors.Select(e => e.Description)));
    }
}

public class PasswordTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private const string NewPassword = "lantern harbour quietly";

    [Fact]
    public async Task ChangePassword_ChecksTheForm_ThenEndsOtherSessions_AndIsAudited()
    {
        var user = await factory.CreateUserAsync("password.change@example.gov.uk", Roles.Practitioner);
        var other = factory.CreateBrowserlessClient();
        await other.SignInAsync("password.change@example.gov.uk");
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("password.change@example.gov.uk");
        var page = await client.GetPageAsync("/account/password");

        var empty = await (await client.PostFormAsync("/account/password", page, ("CurrentPassword", ""), ("NewPassword", ""), ("ConfirmPassword", ""))).ReadPageAsync();
        empty.AssertFieldError("CurrentPassword", "Enter your current password");
        empty.AssertFieldError("NewPassword", "Enter a new password");
        var wrong = await (await client.PostFormAsync("/account/password", page, ("CurrentPassword", "not my password at all"), ("NewPassword", NewPassword), ("ConfirmPassword", NewPassword))).ReadPageAsync();
        wrong.AssertFieldError("CurrentPassword", "Your current password is not correct");
        var mismatch = await (await client.PostFormAsync("/account/password", page, ("CurrentPassword", FamilyFirstFactory.Password), ("NewPassword", NewPassword), ("ConfirmPassword", "something else"))).ReadPageAsync();
        mismatch.AssertFieldError("ConfirmPassword", "Passwords must match");
        var common = await (await client.PostFormAsync("/account/password", page, ("CurrentPassword", FamilyFirstFactory.Password), ("NewPassword", "Summer2024!!"), ("ConfirmPassword", "Summer2024!!"))).ReadPageAsync();
        Assert.StartsWith("Choose a password that is harder to guess", common.FieldError("NewPassword"));

        var changed = await client.PostFormAsync("/account/password", page, ("CurrentPassword", FamilyFirstFactory.Password), ("NewPassword", NewPassword), ("ConfirmPassword", NewPassword));

        Assert.Equal("/staff", changed.Headers.Location!.OriginalString);
        var home = await client.GetPageAsync("/staff");
        Assert.Contains("Your password has been changed", home.QuerySelector(".govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/staff")).StatusCode);
        Assert.Contains("Password changed (every session ended)", await AuditAsync(user.Id));
        await factory.CreateBrowserlessClient().SignInAsync("password.change@example.gov.uk", NewPassword);
    }

    [Fact]
    public async Task ForgottenPassword_SamePageAndTimeForKnownAndUnknownEmails_AndOnlyAKnownOneGetsALink()
    {
        var user = await factory.CreateUserAsync("password.forgotten@example.gov.uk", Roles.Practitioner);
        var inactive = await factory.CreateUserAsync("password.inactive@example.gov.uk", Roles.Practitioner);
        await factory.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == inactive.Id)).IsActive = false;
            return await db.SaveChangesAsync();
        });
        var session = factory.CreateBrowserlessClient();
        await session.SignInAsync("password.forgotten@example.gov.uk");

        var answers = new List<(string Text, TimeSpan Took)>();
        foreach (var email in new[] { "password.forgotten@example.gov.uk", "nobody.here@example.gov.uk", "password.inactive@example.gov.uk" })
        {
            var client = factory.CreateBrowserlessClient();
            var page = await client.GetPageAsync("/forgotten-password");
            var started = Stopwatch.GetTimestamp();
            var response = await client.PostFormAsync("/forgotten-password", page, ("Email", email));
            var took = Stopwatch.GetElapsedTime(started);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(((await response.ReadPageAsync()).QuerySelector("main")!.TextContent.Replace(email, "EMAIL", StringComparison.Ordinal), took));
        }

        Assert.Single(answers.Select(a => a.Text).Distinct());
        Assert.Contains("Check your email", answers[0].Text, StringComparison.Ordinal);
        Assert.All(answers, a => Assert.True(a.Took >= TimeSpan.FromMilliseconds(590), $"took {a.Took}"));
        var messages = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Template == "staff-password-reset").ToListAsync());
        var message = Assert.Single(messages);
        Assert.Equal("password.forgotten@example.gov.uk", message.Recipient);

        Assert.Equal(OutboxSecrets.Hidden, NotificationOutbox.ReadPersonalisation(message)["link"]);
        var link = new Uri(factory.Services.GetRequiredService<OutboxSecrets>().Reveal(message)["link"]);
        var reset = factory.CreateBrowserlessClient();
        var resetPage = await reset.GetPageAsync(link.PathAndQuery);
        Assert.Equal("Choose a new password", resetPage.QuerySelector("h1")!.TextContent);
        var common = await (await reset.PostFormAsync(link.PathAndQuery, resetPage, ("Password", "qwertyuiop12"), ("ConfirmPassword", "qwertyuiop12"))).ReadPageAsync();
        Assert.StartsWith("Choose a password that is harder to guess", common.FieldError("Password"));
        var done = await reset.PostFormAsync(link.PathAndQuery, resetPage, ("Password", NewPassword), ("ConfirmPassword", NewPassword));
        Assert.Equal("/sign-in", done.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, (await session.GetAsync("/staff")).StatusCode);
        await factory.CreateBrowserlessClient().SignInAsync("password.forgotten@example.gov.uk", NewPassword);
        var used = await reset.GetPageAsync(link.PathAndQuery);
        Assert.Equal("This link cannot be used", used.QuerySelector("h1")!.TextContent);
        var audit = await AuditAsync(user.Id);
        Assert.Contains("Password reset requested", audit);
        Assert.Contains("Password reset by emailed link (every session ended)", audit);
    }

    [Fact]
    public async Task SignIn_InactiveAccount_GetsTheSameAnswerAsAWrongPassword()
    {
        var user = await factory.CreateUserAsync("password.deactivated@example.gov.uk", Roles.Practitioner);
        await factory.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == user.Id)).IsActive = false;
            return await db.SaveChangesAsync();
        });
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/sign-in");

        var inactive = await (await client.PostFormAsync("/sign-in", page, ("Email", "password.deactivated@example.gov.uk"), ("Password", FamilyFirstFactory.Password))).ReadPageAsync();

        inactive.AssertFieldError("Email", "Enter a correct email address and password");
        Assert.Contains("Sign-in failed: account not active", await AuditAsync(user.Id));
    }

    private Task<List<string>> AuditAsync(string userId) =>
        factory.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == AuditAction.Authentication && e.RecordId == userId).Select(e => e.Detail!).ToListAsync());
}

/// <summary>Low sign-in limits, so the tests reach them.</summary>
public sealed class ThrottledSignInFactory : FamilyFirstFactory
{
    public ThrottledSignInFactory()
    {
        WithSetting("Security:SignInThrottle:PerAddress", "4");
        WithSetting("Security:SignInThrottle:PerAccount", "3");
        WithSetting("Security:SignInThrottle:Window", "01:00:00");
    }
}

public class SignInThrottleTests(ThrottledSignInFactory factory) : IClassFixture<ThrottledSignInFactory>
{
    [Fact]
    public async Task SignIn_IsThrottledPerAccount_ThenPerAddress_TheSameForKnownAndUnknownEmails()
    {
        await factory.CreateUserAsync("throttle.known@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        var page = await client.GetPageAsync("/sign-in");

        async Task<(HttpStatusCode Status, string? Error)> TryAsync(string email)
        {
            var response = await client.PostFormAsync("/sign-in", page, ("Email", email), ("Password", "wrong password here"));
            return (response.StatusCode, (await response.ReadPageAsync()).FieldError("Email"));
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await TryAsync("throttle.known@example.gov.uk")).Status);
        }

        var known = await TryAsync("throttle.known@example.gov.uk");
        Assert.Equal(HttpStatusCode.TooManyRequests, known.Status);
        Assert.Equal("You have tried to sign in too many times. Wait 60 minutes, then try again", known.Error);

        // Another account from the same address still has attempts until the address's limit (4 failures).
        Assert.Equal(HttpStatusCode.OK, (await TryAsync("throttle.unknown@example.gov.uk")).Status);
        var unknown = await TryAsync("throttle.unknown@example.gov.uk");
        Assert.Equal(HttpStatusCode.TooManyRequests, unknown.Status);
        Assert.Equal(known.Error, unknown.Error);
    }
}
