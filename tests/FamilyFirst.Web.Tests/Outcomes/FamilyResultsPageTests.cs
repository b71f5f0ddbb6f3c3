using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Imports;

namespace FamilyFirst.Web.Tests.Outcomes;

/// <summary>One family's results page (<c>/results/families/{id}</c>): the role first (403), then which families the role reaches (404).</summary>
public class FamilyResultsPageTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task ResultsPage_ForTheTeamsManager_Shows_ForItsPractitioner_IsForbidden_ForAnotherTeam_IsNotFound()
    {
        var team = await factory.CreateTeamAsync("Results page team");
        var other = await factory.CreateTeamAsync("Results page other team");
        var lead = await factory.CreateStaffAsync("results.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("results.manager@test.familyfirst.test", Roles.Manager, team);
        await factory.CreateStaffAsync("results.outsider@test.familyfirst.test", Roles.Manager, other);
        var family = await factory.CreateFamilyAsync("Results family", lead, team, null, ("Ola", "Results", new DateOnly(2014, 5, 6), FamilyRole.ChildOrYoungPerson));
        var url = $"/results/families/{family.Id}";

        var manager = await factory.SignedInClientAsync("results.manager@test.familyfirst.test");
        var page = await manager.GetPageAsync(url);
        Assert.Equal(("Family First results", family.Reference), (page.Heading(), page.QuerySelector(".govuk-caption-l")!.TextContent.Trim()));
        var token = await manager.GetPageAsync("/families/new");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostFormAsync(url, token)).StatusCode);

        var practitioner = await factory.SignedInClientAsync("results.lead@test.familyfirst.test");
        var refused = await practitioner.GetAsync(url);
        Assert.Contains("/access-denied", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);

        var outsider = await factory.SignedInClientAsync("results.outsider@test.familyfirst.test");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{url}?handler=Claim")).StatusCode);
    }

    [Fact]
    public async Task AnImportedFamilyWithNoTeam_IsReachedByManagersAndAnalysts_AndAnalystsSeeNoNames()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var team = await factory.CreateTeamAsync("Results no team " + suffix);
        await factory.CreateStaffAsync($"noteam.manager.{suffix}@test.familyfirst.test", Roles.Manager, team);
        await factory.CreateStaffAsync($"noteam.analyst.{suffix}@test.familyfirst.test", Roles.Analyst, team);
        await factory.CreateStaffAsync($"noteam.practitioner.{suffix}@test.familyfirst.test", Roles.Practitioner, team);
        var imported = await factory.ImportFamilyAsync();
        var id = await factory.WithDbAsync(db => db.FamilyCases.Where(f => f.Reference == imported.FamilyRef).Select(f => f.Id).SingleAsync());
        var url = $"/results/families/{id}?asAt=2015-09-01";

        // A manager reaches the results of a family no team holds yet, without its record.
        var manager = await factory.SignedInClientAsync($"noteam.manager.{suffix}@test.familyfirst.test");
        var managers = await manager.GetPageAsync(url);
        Assert.Equal("1 September 2013", managers.SummaryValue("Attached to Family First"));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/families/{id}")).StatusCode);

        // An analyst sees the results with the working, pseudonymised: no names, people as "Child 1" and "Adult 1".
        var analyst = await factory.SignedInClientAsync($"noteam.analyst.{suffix}@test.familyfirst.test");
        var analysts = await analyst.GetPageAsync(url);
        Assert.Equal("1 September 2013", analysts.SummaryValue("Attached to Family First"));
        var text = analysts.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("O'Brien", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Zoë", text, StringComparison.Ordinal);
        Assert.Contains(analysts.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/reports/impact");
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == id && a.Action == FamilyFirst.Domain.Audit.AuditAction.View)));

        // Results are programme data: a practitioner, who may not see this family, is told nothing about it.
        var practitioner = await factory.SignedInClientAsync($"noteam.practitioner.{suffix}@test.familyfirst.test");
        Assert.Equal(HttpStatusCode.NotFound, (await practitioner.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("asAt=2015-09-01")]
    [InlineData("AsAt.Day=1&AsAt.Month=9&AsAt.Year=2015")]
    public async Task TheAssessmentDate_FromTheDateInputOrALink_GivesTheResultsAtThatDate(string query)
    {
        var (client, url) = await AttachedFamilyAsync();

        var page = await client.GetPageAsync($"{url}?{query}");

        Assert.DoesNotContain("Error:", page.Title, StringComparison.Ordinal);
        Assert.Empty(page.ErrorSummary());
        Assert.Equal(["1", "9", "2015"], new[] { "AsAt", "AsAt-month", "AsAt-year" }.Select(id => page.GetElementById(id)!.GetAttribute("value")));
        Assert.Equal("1 September 2013", page.SummaryValue("Attached to Family First"));
    }

    [Theory]
    [InlineData("asAt=01/09/2015", "Assessment date must be a real date")]
    [InlineData("asAt=2015-02-30", "Assessment date must be a real date")]
    [InlineData("asAt=tomorrow", "Assessment date must be a real date")]
    [InlineData("AsAt.Day=30&AsAt.Month=2&AsAt.Year=2015", "Assessment date must be a real date")]
    [InlineData("AsAt.Day=1&AsAt.Month=9&AsAt.Year=15", "Year must include 4 numbers")]
    [InlineData("AsAt.Day=1&AsAt.Month=&AsAt.Year=2015", "Assessment date must include a month")]
    [InlineData("asAt=0001-01-01", "Assessment date must be between 1 January 2000 and 31 December 2099")]
    [InlineData("AsAt.Day=1&AsAt.Month=1&AsAt.Year=0001", "Assessment date must be between 1 January 2000 and 31 December 2099")]
    [InlineData("AsAt.Day=31&AsAt.Month=12&AsAt.Year=9999", "Assessment date must be between 1 January 2000 and 31 December 2099")]
    public async Task AnAssessmentDate_NotRealOrOutOfRange_IsAGovUkError_NeverIgnoredNorAServerError(string query, string message)
    {
        var (client, url) = await AttachedFamilyAsync();

        var page = await client.GetPageAsync($"{url}?{query}");

        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        page.AssertFieldError("AsAt", message);
        Assert.Null(page.SummaryValue("Attached to Family First"));
    }

    /// <summary>A family attached to the programme on 1 September 2013, in a team whose manager is signed in.</summary>
    private async Task<(HttpClient Client, string Url)> AttachedFamilyAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var team = await factory.CreateTeamAsync("Results dates " + suffix);
        var lead = await factory.CreateStaffAsync($"dates.lead.{suffix}@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync($"dates.manager.{suffix}@test.familyfirst.test", Roles.Manager, team);
        var family = await factory.ImportFamilyAsync("2013-09-01");
        var id = await factory.WithDbAsync(async db =>
        {
            var attached = await db.FamilyCases.SingleAsync(f => f.Reference == family.FamilyRef);
            Assert.True(attached.Allocate(lead, team, lead, FamilyTestData.Now).Succeeded);
            await db.SaveChangesAsync();
            return attached.Id;
        });
        return (await factory.SignedInClientAsync($"dates.manager.{suffix}@test.familyfirst.test"), $"/results/families/{id}");
    }
}
