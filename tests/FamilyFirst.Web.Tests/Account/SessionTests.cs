using FamilyFirst.Domain.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>The app on a clock the test moves, for the staff session's time limits.</summary>
public sealed class StaffSessionFactory : FamilyFirstFactory
{
    public StaffSessionFactory() => WithClock(Clock);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
}

public class SessionTests(StaffSessionFactory factory) : IClassFixture<StaffSessionFactory>
{
    [Fact]
    public async Task Session_StaysOpenWhileUsed_AndEndsAfter30MinutesIdle_SayingWhy_AndIsAudited()
    {
        var user = await factory.CreateUserAsync("session.idle@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("session.idle@example.gov.uk");

        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var ended = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal("/sign-in", ended.Headers.Location!.AbsolutePath);
        Assert.Contains("reason=idle", ended.Headers.Location.Query, StringComparison.Ordinal);
        var signIn = await client.GetPageAsync(ended.Headers.Location.OriginalString);
        Assert.Contains("you had not used the service for 30 minutes", signIn.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
        Assert.Contains(await SignInAuditAsync(user.Id), d => d.StartsWith("Session ended: no activity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_EndsTwelveHoursAfterSigningIn_HoweverBusy()
    {
        var user = await factory.CreateUserAsync("session.absolute@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("session.absolute@example.gov.uk");

        for (var minutes = 20; minutes < 12 * 60; minutes += 20)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        }

        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var ended = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("reason=expired", ended.Headers.Location!.Query, StringComparison.Ordinal);
        Assert.Contains(await SignInAuditAsync(user.Id), d => d.StartsWith("Session ended: it reached its longest allowed time", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CopyOfTheCookie_StopsWorkingWhenThePersonSignsOut()
    {
        await factory.CreateUserAsync("session.copied@example.gov.uk", Roles.Practitioner);
        var (client, cookies) = CookieClient();
        await client.SignInAsync("session.copied@example.gov.uk");
        var copy = CopyOf(cookies);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/staff")).StatusCode);

        var home = await client.GetPageAsync("/staff");
        await client.PostFormAsync("/sign-out", home, [], "form[action='/sign-out']");

        var afterSignOut = await copy.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Equal("/sign-in", afterSignOut.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task CopyOfTheCookie_StopsWorkingWhenTheAccountIsDeactivated()
    {
        var user = await factory.CreateUserAsync("session.deactivated@example.gov.uk", Roles.Practitioner);
        var (client, cookies) = CookieClient();
        await client.SignInAsync("session.deactivated@example.gov.uk");
        var copy = CopyOf(cookies);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.IsActive = false;
            await users.UpdateAsync(stored);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task StaySignedIn_RenewsTheSession_AndSaysHowLongSessionsLast()
    {
        await factory.CreateUserAsync("session.stay@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("session.stay@example.gov.uk");
        var home = await client.GetPageAsync("/staff");
        var dialog = home.QuerySelector("dialog#session-timeout")!;
        Assert.Equal("1800", dialog.GetAttribute("data-idle-seconds"));
        Assert.Equal("300", dialog.GetAttribute("data-warning-seconds"));

        factory.Clock.Advance(TimeSpan.FromMinutes(26));
        var page = await client.GetPageAsync("/stay-signed-in?ReturnUrl=%2Fstaff");
        Assert.Contains("signed out after 30 minutes", page.Body!.TextContent, StringComparison.Ordinal);
        var stay = await client.PostFormAsync("/stay-signed-in", page, ("ReturnUrl", "/staff"));
        Assert.Equal("/staff", stay.Headers.Location!.OriginalString);

        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
    }

    private (HttpClient Client, CookieContainer Cookies) CookieClient()
    {
        var cookies = new CookieContainer();
        return (factory.CreateDefaultClient(new CookieContainerHandler(cookies)), cookies);
    }

    private HttpClient CopyOf(CookieContainer cookies)
    {
        var copy = factory.CreateDefaultClient();
        copy.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(copy.BaseAddress!));
        return copy;
    }

    private async Task<List<string>> SignInAuditAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AuditEntries.Where(e => e.Action == AuditAction.Authentication && e.RecordId == userId).Select(e => e.Detail!).ToListAsync();
    }
}

/// <summary>Shorter limits from configuration.</summary>
public sealed class ShortSessionFactory : FamilyFirstFactory
{
    public ShortSessionFactory()
    {
        WithClock(Clock);
        WithSetting("Security:Sessions:IdleTimeout", "00:05:00");
        WithSetting("Security:Sessions:AbsoluteLifetime", "01:00:00");
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);
}

public class ConfiguredSessionTests(ShortSessionFactory factory) : IClassFixture<ShortSessionFactory>
{
    [Fact]
    public async Task IdleTimeoutAndLifetime_ComeFromConfiguration()
    {
        await factory.CreateUserAsync("session.short@example.gov.uk", Roles.Practitioner);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync("session.short@example.gov.uk");

        factory.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        var ended = await client.GetAsync("/staff");
        Assert.Contains("reason=idle", ended.Headers.Location!.Query, StringComparison.Ordinal);
        var signIn = await client.GetPageAsync(ended.Headers.Location.OriginalString);
        Assert.Contains("for 5 minutes", signIn.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
    }
}
