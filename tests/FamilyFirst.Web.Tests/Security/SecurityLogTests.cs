using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>
/// The security log (<c>/security-log</c>): managers and administrators read sign-in events, refusals, administration
/// changes and exports from the audit, filtered by kind, person and dates, a page at a time, and download it as CSV
/// (itself an export in the log). Other roles are refused.
/// </summary>
public class SecurityLogTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task AManager_SeesEveryKindOfSecurityEvent_AndFiltersByKindAndPerson()
    {
        var team = await factory.CreateTeamAsync("Log team");
        var practitionerId = await factory.CreateStaffAsync("logged.practitioner@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("log.manager@test.familyfirst.test", Roles.Manager, team);
        var practitioner = await factory.SignedInClientAsync("logged.practitioner@test.familyfirst.test");
        await practitioner.GetAsync("/admin/outbox");
        await RecordAsync(AuditAction.Administration, "StaffAccount", practitionerId.ToString(), "Roles changed to Practitioner");
        await RecordAsync(AuditAction.Export, "Conference dashboard", "dashboard", "12 rows downloaded as CSV");
        var manager = await factory.SignedInClientAsync("log.manager@test.familyfirst.test");

        var everything = await manager.GetPageAsync("/security-log");
        Assert.Equal("Security log", everything.Heading());
        var text = everything.QuerySelector("main")!.TextContent;
        Assert.Contains("Signed in", text, StringComparison.Ordinal);
        Assert.Contains("Refused by role: GET /admin/outbox", text, StringComparison.Ordinal);
        Assert.Contains("Roles changed to Practitioner", text, StringComparison.Ordinal);
        Assert.Contains("12 rows downloaded as CSV", text, StringComparison.Ordinal);

        var refusals = await manager.GetPageAsync($"/security-log?kind=Refusal&person={practitionerId}");
        var rows = refusals.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(rows);
        Assert.Contains("GET /admin/outbox", rows[0], StringComparison.Ordinal);
        Assert.Contains(FamilyTestData.DisplayName("logged.practitioner@test.familyfirst.test"), rows[0], StringComparison.Ordinal);

        var aboutThePractitioner = await manager.GetPageAsync($"/security-log?person={practitionerId}");
        var theirs = aboutThePractitioner.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(theirs, r => r.Contains("Signed in", StringComparison.Ordinal));
        Assert.Contains(theirs, r => r.Contains("Roles changed to Practitioner", StringComparison.Ordinal));
        Assert.DoesNotContain(theirs, r => r.Contains("12 rows downloaded", StringComparison.Ordinal));

        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.Action == AuditAction.View && e.RecordType == SecurityLog.RecordType)));
    }

    [Fact]
    public async Task Dates_AreChecked_WithGovUkErrors_AndAnEmptyRangeSaysSo()
    {
        var team = await factory.CreateTeamAsync("Log dates team");
        await factory.CreateStaffAsync("log.dates.admin@test.familyfirst.test", Roles.Administrator, team);
        var administrator = await factory.SignedInClientAsync("log.dates.admin@test.familyfirst.test");

        var notADate = await administrator.GetPageAsync("/security-log?From.Day=31&From.Month=2&From.Year=2026");
        Assert.Contains("Date from must be a real date", notADate.ErrorSummary());
        Assert.Empty(notADate.QuerySelectorAll("tbody tr"));

        var backwards = await administrator.GetPageAsync("/security-log?From.Day=10&From.Month=11&From.Year=2026&To.Day=1&To.Month=11&To.Year=2026");
        backwards.AssertFieldError("To", "The date to must be the same as or after the date from");

        var nothing = await administrator.GetPageAsync("/security-log?from=2001-01-01&to=2001-01-31");
        Assert.Empty(nothing.ErrorSummary());
        Assert.Contains("There are no security events that match these filters", nothing.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLog_IsPaged_FiftyAtATime()
    {
        var team = await factory.CreateTeamAsync("Log paging team");
        await factory.CreateStaffAsync("log.paging.manager@test.familyfirst.test", Roles.Manager, team);
        const string account = "paged-account";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var audit = scope.ServiceProvider.GetRequiredService<AuditTrail>();
            for (var i = 1; i <= 55; i++)
            {
                audit.Record(AuditAction.Administration, "StaffAccount", account, detail: $"Change number {i}");
            }

            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        }

        var manager = await factory.SignedInClientAsync("log.paging.manager@test.familyfirst.test");

        var first = await manager.GetPageAsync($"/security-log?person={account}");
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Change number 55", first.QuerySelector("tbody tr")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.QuerySelector(".govuk-pagination"));

        var second = await manager.GetPageAsync($"/security-log?person={account}&page=2");
        Assert.Equal(5, second.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("Change number 1", second.QuerySelectorAll("tbody tr").Last().TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheCsvDownload_GoesThroughTheCsvWriter_AndIsItselfAnAuditedExport()
    {
        var team = await factory.CreateTeamAsync("Log csv team");
        var managerId = await factory.CreateStaffAsync("log.csv.manager@test.familyfirst.test", Roles.Manager, team);
        const string account = "csv-account";
        await RecordAsync(AuditAction.Administration, "StaffAccount", account, "=HYPERLINK(\"http://example.test\")");
        var manager = await factory.SignedInClientAsync("log.csv.manager@test.familyfirst.test");

        var response = await manager.GetAsync($"/security-log?handler=Csv&person={account}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("Time (UTC),Kind,Person,Record", lines[0], StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", lines[1], StringComparison.Ordinal);
        var export = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.UserId == managerId.ToString() && e.Action == AuditAction.Export && e.RecordType == SecurityLog.RecordType));
        Assert.Equal("1 event downloaded as CSV; person csv-account", export.Detail);

        var exports = await manager.GetPageAsync($"/security-log?kind=Export&person={managerId}");
        Assert.Contains("1 event downloaded as CSV", exports.QuerySelector("tbody")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Practitioner)]
    [InlineData(Roles.Coordinator)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Trainer)]
    public async Task OtherRoles_AreRefused(string role)
    {
        var team = await factory.CreateTeamAsync("Log refused " + role);
        var email = $"log.refused.{role.ToLowerInvariant()}@test.familyfirst.test";
        await factory.CreateStaffAsync(email, role, team);
        var client = await factory.SignedInClientAsync(email);

        foreach (var url in new[] { "/security-log", "/security-log?handler=Csv" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        var home = await client.StartPageAsync();
        Assert.Null(home.QuerySelector("a[href='/security-log']"));
    }

    [Fact]
    public async Task ManagersAndAdministrators_FindTheLogFromTheirPages()
    {
        var team = await factory.CreateTeamAsync("Log links team");
        await factory.CreateStaffAsync("log.links.manager@test.familyfirst.test", Roles.Manager, team);
        await factory.CreateStaffAsync("log.links.admin@test.familyfirst.test", Roles.Administrator, team);
        var manager = await factory.SignedInClientAsync("log.links.manager@test.familyfirst.test");
        var administrator = await factory.SignedInClientAsync("log.links.admin@test.familyfirst.test");

        Assert.NotNull((await manager.GetPageAsync("/staff")).QuerySelector("a[href='/security-log']"));
        Assert.NotNull((await manager.GetPageAsync("/approvals")).QuerySelector("a[href='/security-log']"));
        Assert.NotNull((await administrator.GetPageAsync("/staff")).QuerySelector("a[href='/security-log']"));
        Assert.NotNull((await administrator.GetPageAsync("/admin/users")).QuerySelector("a[href='/security-log']"));
    }

    private async Task RecordAsync(AuditAction action, string recordType, string recordId, string detail)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuditTrail>().RecordAndSaveAsync(action, recordType, recordId, detail: detail);
    }
}
