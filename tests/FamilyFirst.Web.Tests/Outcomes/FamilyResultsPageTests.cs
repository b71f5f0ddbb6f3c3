using System.Net;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Infrastructure;

namespace FamilyFirst.Web.Tests.Outcomes;

/// <summary>One family's results page (<c>/results/families/{id}</c>): family access first (404), then the role (403).</summary>
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
}
