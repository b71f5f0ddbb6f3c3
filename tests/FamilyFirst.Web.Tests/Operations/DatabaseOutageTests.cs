using System.Collections.Concurrent;
using FamilyFirst.Web.Data;

namespace FamilyFirst.Web.Tests.Operations;

/// <summary>
/// The database goes away under signed-in staff's requests (a PostgreSQL server of the test's own, stopped at once
/// and started again): every answer is a page, either the page asked for or "Sorry, the service is unavailable"
/// (503 with Retry-After), never a blank one; and once the database is back, the app serves again by itself.
/// </summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public async Task WhenTheDatabaseStops_StaffSeeTheUnavailablePage_NeverABlankOne_AndTheAppRecoversByItself()
    {
        using var postgres = await ThrowawayPostgres.StartAsync();
        var connectionString = postgres.ConnectionString("familyfirst");
        await using (var db = new PostgresAppDbContext(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql(connectionString).UseApplicationServiceProvider(IdentitySchema.Services).Options))
        {
            await db.Database.MigrateAsync();
        }

        using var app = new FamilyFirstFactory().OwnApp()
            .WithSetting("Database:Provider", "Postgres")
            .WithSetting("ConnectionStrings:Default", connectionString)
            .WithSetting("Database:MaxRetryDelaySeconds", "1");
        await app.CreateUserAsync("outage.practitioner@example.gov.uk", Roles.Practitioner);
        var client = app.CreateBrowserlessClient();
        await client.SignInAsync("outage.practitioner@example.gov.uk");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/privacy")).StatusCode);

        // Requests keep coming, from the signed-in member of staff, while the database stops and starts again.
        var answers = new ConcurrentBag<(string Path, HttpStatusCode Status, string Body, string? RetryAfter)>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 2).Select(n => Task.Run(async () =>
        {
            var paths = new[] { "/privacy", "/families", "/" };
            for (var i = n; !stop.IsCancellationRequested; i++)
            {
                var path = paths[i % paths.Length];
                using var response = await client.GetAsync(path, CancellationToken.None);
                answers.Add((path, response.StatusCode, await response.Content.ReadAsStringAsync(CancellationToken.None), response.Headers.RetryAfter?.ToString()));
            }
        })).ToList();

        await postgres.StopAsync();
        var stoppedAt = answers.Count;

        // While it is down, a signed-in page that reads the database is the unavailable page.
        using (var response = await client.GetAsync("/families"))
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Sorry, the service is unavailable", body, StringComparison.Ordinal);
            Assert.Equal("30", response.Headers.RetryAfter?.ToString());
            Assert.DoesNotContain("Sign out", body, StringComparison.Ordinal);
        }

        // So is one that reads nothing else, once the node could not re-check the accounts it keeps for three
        // seconds: then nothing kept is trusted and the request reads its account (docs/adr/0033).
        var untrustedBy = DateTime.UtcNow.AddSeconds(30);
        HttpStatusCode privacy;
        do
        {
            using var response = await client.GetAsync("/privacy");
            privacy = response.StatusCode;
            await Task.Delay(100);
        }
        while (privacy != HttpStatusCode.ServiceUnavailable && DateTime.UtcNow < untrustedBy);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, privacy);

        while (answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable) < 4)
        {
            await Task.Delay(100);
        }

        await postgres.StartAsync();

        // Back by itself: no restart of the app, no action by anyone.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpStatusCode status;
        string? location;
        do
        {
            await Task.Delay(200);
            using var response = await client.GetAsync("/families");
            status = response.StatusCode;
            location = response.Headers.Location?.ToString();
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        // When it does not come back, say how the requests meanwhile were answered.
        Assert.True(status == HttpStatusCode.OK, $"/families answered {(int)status} (to {location}) after the restart; answers meanwhile: {string.Join(", ", answers.Select(a => $"{a.Path} {(int)a.Status}"))}");

        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.True(answers.Count > stoppedAt, "No requests were answered during the outage.");
        Assert.All(answers, a =>
        {
            Assert.True(a.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"{a.Path} answered {(int)a.Status}");
            Assert.Contains("</html>", a.Body, StringComparison.Ordinal);
            if (a.Status == HttpStatusCode.ServiceUnavailable)
            {
                Assert.Contains("Sorry, the service is unavailable", a.Body, StringComparison.Ordinal);
                Assert.Equal("30", a.RetryAfter);
            }
        });
        Assert.Contains(answers, a => a.Status == HttpStatusCode.ServiceUnavailable);
    }

    [Fact]
    public async Task WhileTheDatabaseIsDown_ReadinessFails_AndLivenessDoesNot()
    {
        using var postgres = await ThrowawayPostgres.StartAsync();
        using var app = new FamilyFirstFactory().OwnApp()
            .WithSetting("Database:Provider", "Postgres")
            .WithSetting("ConnectionStrings:Default", postgres.ConnectionString("familyfirst"))
            .WithSetting("Database:MaxRetryCount", "1");
        var client = app.CreateBrowserlessClient();
        await postgres.StopAsync();

        using var response = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var live = await client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
