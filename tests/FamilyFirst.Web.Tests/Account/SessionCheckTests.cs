using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Tests.Families;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Account;

/// <summary>The app on a clock the test moves, counting the database commands of marked requests.</summary>
public sealed class SessionCheckFactory : FamilyFirstFactory
{
    public SessionCheckFactory() => WithClock(Clock);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public FamilyPageQueryTests.CommandCounter Counter { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<SqliteAppDbContext>((sp, o) => o.AddInterceptors(new FamilyPageQueryTests.CountingInterceptor(Counter, sp.GetRequiredService<IHttpContextAccessor>())), ServiceLifetime.Singleton);
            services.ConfigureDbContext<PostgresAppDbContext>((sp, o) => o.AddInterceptors(new FamilyPageQueryTests.CountingInterceptor(Counter, sp.GetRequiredService<IHttpContextAccessor>())), ServiceLifetime.Singleton);
        });
    }
}

/// <summary>
/// A second app node: the same database (and so the same key ring) and the same clock as <paramref name="first"/>,
/// but its own memory. What one node changes, the other must see by its next re-check of the accounts it keeps, a
/// second later at most (docs/adr/0033).
/// </summary>
public sealed class OtherNode(SessionCheckFactory first) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", first.Database.Provider);
        builder.UseSetting("ConnectionStrings:Default", first.Database.ConnectionString);
        builder.UseSetting("Database:MigrateOnStart", "false");
        builder.UseSetting("Notifications:DispatcherEnabled", "false");
        builder.UseSetting("Notifications:Reminders:Enabled", "false");
        builder.ConfigureServices(s => CouncilClock.AddCouncilClock(s, first.Clock));
    }
}

/// <summary>
/// The account check of every signed-in request (<see cref="StaffAccountCheck"/>, docs/adr/0033): no query and no new
/// cookie on an ordinary request, and still every change to the account ends or changes the session at once on the node
/// that makes it and within a re-check (a second) on every other node, or when written straight into the database,
/// however warm the cache; the idle and absolute limits at their exact edges.
/// </summary>
public class SessionCheckTests(SessionCheckFactory factory) : IClassFixture<SessionCheckFactory>
{
    private const string StaffCookie = "familyfirst-staff";

    [Fact]
    public async Task OrdinarySignedInRequest_MakesNoQuery_AndSendsNoCookie()
    {
        await factory.CreateUserAsync("check.queries@example.gov.uk", Roles.Practitioner);
        var (client, _) = CookieClient();
        await client.SignInAsync("check.queries@example.gov.uk");

        // The first request after signing in reads the account and builds the person's claims; the next ones read nothing.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        var (live, commands) = await CountedGetAsync(client, "/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Empty(commands);
        Assert.False(SetsStaffCookie(live), "An ordinary signed-in request sent the cookie again");
        var (page, pageCommands) = await CountedGetAsync(client, "/staff");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.False(SetsStaffCookie(page));
        Assert.DoesNotContain(pageCommands, c => c.Contains("AspNetUsers", StringComparison.Ordinal));

        // Once the last request written in the cookie is a minute old, the cookie is sent again with this one, and not again at once.
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var renewed = await client.GetAsync("/health/live");
        Assert.True(SetsStaffCookie(renewed), "The cookie was not sent again a minute after the last request it holds");
        Assert.False(SetsStaffCookie(await client.GetAsync("/health/live")));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
    }

    [Fact]
    public async Task SignOut_EndsEveryCopyOfTheSessionAtOnce_EvenWithAWarmCache()
    {
        await factory.CreateUserAsync("check.signout@example.gov.uk", Roles.Practitioner);
        var (client, cookies) = CookieClient();
        await client.SignInAsync("check.signout@example.gov.uk");
        var copy = CopyOf(factory, cookies);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/staff")).StatusCode);
        }

        var home = await client.GetPageAsync("/staff");
        await client.PostFormAsync("/sign-out", home, [], "form[action='/sign-out']");

        var afterSignOut = await copy.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, afterSignOut.StatusCode);
        Assert.Equal("/sign-in", afterSignOut.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task DeactivationOnAnotherNode_EndsTheSessionThereAtOnce_AndHereWithinARecheck()
    {
        var user = await factory.CreateUserAsync("check.othernode@example.gov.uk", Roles.Practitioner);
        var (client, cookies) = CookieClient();
        await client.SignInAsync("check.othernode@example.gov.uk");
        await using var other = new OtherNode(factory);
        var onOther = CopyOf(other, cookies);
        // Both nodes know the session (the cookie works on either: one key ring) and hold the person's claims.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onOther.GetAsync("/staff")).StatusCode);

        // Deactivated through the other node's own services, as its administration page does.
        await using (var scope = other.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            stored.IsActive = false;
            await users.UpdateAsync(stored);
            await users.UpdateSecurityStampAsync(stored);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await onOther.GetAsync("/staff")).StatusCode);
        var here = await WithinARecheckAsync(client, "/staff", r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.Redirect, here.StatusCode);
        Assert.Equal("/sign-in", here.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task DeactivationWrittenStraightIntoTheDatabase_EndsAWarmSessionWithinARecheck()
    {
        var user = await factory.CreateUserAsync("check.direct@example.gov.uk", Roles.Practitioner);
        var (client, _) = CookieClient();
        await client.SignInAsync("check.direct@example.gov.uk");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);

        // No application code runs: no stamp changes, no cache is told.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(1, await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false)));
        }

        var ended = await WithinARecheckAsync(client, "/staff", r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal("/sign-in", ended.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task RoleChange_TakesEffectAtOnceOnTheNodeThatMadeIt_AndWithinARecheckOnTheOthers()
    {
        var user = await factory.CreateUserAsync("check.roles@example.gov.uk", Roles.Practitioner);
        var (client, cookies) = CookieClient();
        await client.SignInAsync("check.roles@example.gov.uk");
        await using var other = new OtherNode(factory);
        var onOther = CopyOf(other, cookies);
        Assert.Equal("/access-denied", (await client.GetAsync("/approvals")).Headers.Location?.AbsolutePath);
        Assert.Equal("/access-denied", (await onOther.GetAsync("/approvals")).Headers.Location?.AbsolutePath);

        // A role given without ending the session (Identity changes the account's concurrency stamp, not its security stamp).
        await using (var scope = other.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True((await users.AddToRoleAsync((await users.FindByIdAsync(user.Id))!, Roles.Manager)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.OK, (await onOther.GetAsync("/approvals")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithinARecheckAsync(client, "/approvals", r => r.StatusCode == HttpStatusCode.OK)).StatusCode);

        // An administrator's change of roles ends the session on every node (StaffAccounts changes the security stamp).
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var stored = (await users.FindByIdAsync(user.Id))!;
            Assert.True((await StaffAccounts.SetRolesAndTeamsAsync(scope.ServiceProvider, stored, [Roles.Practitioner], [])).Succeeded);
        }

        Assert.Equal("/sign-in", (await client.GetAsync("/approvals")).Headers.Location?.AbsolutePath);
        var onOtherEnded = await WithinARecheckAsync(onOther, "/approvals", r => r.Headers.Location?.AbsolutePath == "/sign-in");
        Assert.Equal("/sign-in", onOtherEnded.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public async Task Idle_EndsExactlyThirtyMinutesAfterTheLastWrittenRequest()
    {
        await factory.CreateUserAsync("check.idle@example.gov.uk", Roles.Practitioner);
        var (client, _) = CookieClient();
        await client.SignInAsync("check.idle@example.gov.uk");

        factory.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromTicks(1));
        var justInTime = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.OK, justInTime.StatusCode);
        Assert.True(SetsStaffCookie(justInTime));

        factory.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromTicks(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var ended = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("reason=idle", ended.Headers.Location!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Idle_CountsFromTheLastWrittenRequest_SoARequestWithinAMinuteOfItDoesNotExtendTheSession()
    {
        await factory.CreateUserAsync("check.precision@example.gov.uk", Roles.Practitioner);
        var (client, _) = CookieClient();
        await client.SignInAsync("check.precision@example.gov.uk");

        factory.Clock.Advance(TimeSpan.FromSeconds(40));
        var notWritten = await client.GetPageAsync("/staff");
        // The page's warning counts down from what the server goes by: 30 minutes after the sign-in, 29:20 from now.
        Assert.Equal("1760", notWritten.QuerySelector("dialog#session-timeout")!.GetAttribute("data-idle-seconds"));

        factory.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(40) - TimeSpan.FromTicks(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(30));
        var ended = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("reason=idle", ended.Headers.Location!.Query, StringComparison.Ordinal);

        await client.SignInAsync("check.precision@example.gov.uk");
        factory.Clock.Advance(TimeSpan.FromSeconds(40));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(40));
        Assert.Contains("reason=idle", (await client.GetAsync("/staff")).Headers.Location!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lifetime_EndsExactlyTwelveHoursAfterSigningIn()
    {
        await factory.CreateUserAsync("check.lifetime@example.gov.uk", Roles.Practitioner);
        var (client, _) = CookieClient();
        await client.SignInAsync("check.lifetime@example.gov.uk");

        for (var minutes = 25; minutes < 12 * 60; minutes += 25)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        }

        // 28 steps of 25 minutes: 11:40 so far.
        factory.Clock.Advance(TimeSpan.FromMinutes(20) - TimeSpan.FromTicks(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromTicks(1));
        var ended = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("reason=expired", ended.Headers.Location!.Query, StringComparison.Ordinal);
    }

    private async Task<(HttpResponseMessage Response, IReadOnlyList<string> Commands)> CountedGetAsync(HttpClient client, string url)
    {
        var marker = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(FamilyPageQueryTests.CommandCounter.Header, marker);
        var response = await client.SendAsync(request);
        return (response, factory.Counter.For(marker));
    }

    /// <summary>
    /// Asks again until the answer is the one expected, for a change made where this node has not been told: it must
    /// come with the node's next re-check, a second later by default. Up to 15 seconds, for a busy test machine.
    /// </summary>
    private static async Task<HttpResponseMessage> WithinARecheckAsync(HttpClient client, string url, Func<HttpResponseMessage, bool> expected)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var response = await client.GetAsync(url);
            if (expected(response) || waited.Elapsed > TimeSpan.FromSeconds(15))
            {
                return response;
            }

            await Task.Delay(100);
        }
    }

    private static bool SetsStaffCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) && values.Any(v => v.StartsWith(StaffCookie + "=", StringComparison.Ordinal));

    private (HttpClient Client, CookieContainer Cookies) CookieClient()
    {
        var cookies = new CookieContainer();
        return (factory.CreateDefaultClient(new CookieContainerHandler(cookies)), cookies);
    }

    private static HttpClient CopyOf(WebApplicationFactory<Program> app, CookieContainer cookies)
    {
        var copy = app.CreateDefaultClient();
        copy.DefaultRequestHeaders.Add("Cookie", cookies.GetCookieHeader(copy.BaseAddress!));
        return copy;
    }
}
