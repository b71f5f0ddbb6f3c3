using FamilyFirst.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.Configuration;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>The pool of started test apps (docs/adr/0006): a reused app is what a new app on a new database would be.</summary>
public class AppPoolTests
{
    [Fact]
    public async Task AReusedApp_HasAnEmptyDatabase_AndForgetsItsLastHolder()
    {
        // Settings no other test uses: the second factory can only get the first one's app, or a new one.
        var probe = Guid.NewGuid().ToString("N");
        var cookies = new CookieContainer();
        IServiceProvider app;
        string uploads;
        string checkpoints;
        int seeded;
        await using (var first = new FamilyFirstFactory().WithSetting("Tests:AppPoolProbe", probe))
        {
            await first.CreateUserAsync("pool.first@example.gov.uk", Roles.Practitioner);
            var client = first.CreateDefaultClient(new CookieContainerHandler(cookies));
            await client.SignInAsync("pool.first@example.gov.uk");
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff")).StatusCode);

            // Ten failed sign-ins use up the account's attempts for five minutes (Security:SignInThrottle).
            var stranger = first.CreateBrowserlessClient();
            var page = await stranger.GetPageAsync("/sign-in");
            for (var attempt = 0; attempt < 10; attempt++)
            {
                await stranger.PostFormAsync("/sign-in", page, ("Email", "pool.second@example.gov.uk"), ("Password", "not the password at all"));
            }

            var throttled = await stranger.PostFormAsync("/sign-in", page, ("Email", "pool.second@example.gov.uk"), ("Password", FamilyFirstFactory.Password));
            Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);

            app = first.Services;
            uploads = app.GetRequiredService<IConfiguration>()["Imports:Uploads:Folder"]!;
            Directory.CreateDirectory(uploads);
            await File.WriteAllTextAsync(Path.Combine(uploads, "left-behind.csv"), "a,b\n");
            await using (var scope = app.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                Assert.NotNull(await app.GetRequiredService<AuditCheckpoints>().WriteAsync(db, CancellationToken.None));
                seeded = await db.EnquiryClosureReasons.CountAsync();
            }

            checkpoints = app.GetRequiredService<AuditKey>().CheckpointPath;
            Assert.True(File.Exists(checkpoints));
        }

        await using var second = new FamilyFirstFactory().WithSetting("Tests:AppPoolProbe", probe);
        Assert.Same(app, second.Services);

        await using (var scope = second.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Empty(await db.Users.ToListAsync());
            Assert.Empty(await db.AuditEntries.ToListAsync());
            Assert.True(seeded > 0);
            Assert.Equal(seeded, await db.EnquiryClosureReasons.CountAsync());
        }

        Assert.False(Directory.Exists(uploads));
        Assert.False(File.Exists(checkpoints));

        // The previous holder's session is not trusted from memory, and its user is gone.
        var returning = second.CreateDefaultClient(new CookieContainerHandler(cookies));
        var home = await returning.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.StartsWith("/sign-in", home.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var again = second.CreateBrowserlessClient();
        var signIn = await again.PostFormAsync("/sign-in", await again.GetPageAsync("/sign-in"), ("Email", "pool.first@example.gov.uk"), ("Password", FamilyFirstFactory.Password));
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);

        // The sign-in throttle has forgotten the previous holder's failures.
        await second.CreateUserAsync("pool.second@example.gov.uk", Roles.Practitioner);
        await second.CreateBrowserlessClient().SignInAsync("pool.second@example.gov.uk");

        // A new app's audit trail: the rows written since the reset, from the start of each chain, intact.
        await using (var scope = second.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(1, await db.AuditEntries.MinAsync(e => e.Sequence));
        }
    }
}
