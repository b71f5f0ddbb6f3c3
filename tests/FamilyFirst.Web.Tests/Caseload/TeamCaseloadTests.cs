using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Caseload;

/// <summary>A manager's team caseload: every open family of the teams they manage, and no other team's.</summary>
public class TeamCaseloadTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task TheTeamCaseload_ListsTheOpenFamiliesOfMyTeams_WithLeadPractitionerStatusAndLastActivity_AndNoOtherTeams()
    {
        var team = await factory.CreateTeamAsync("Caseload team");
        var otherTeam = await factory.CreateTeamAsync("Caseload other team");
        var lead = await factory.CreateStaffAsync("caseload.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("caseload.manager@test.familyfirst.test", Roles.Manager, team);
        var otherLead = await factory.CreateStaffAsync("caseload.other.lead@test.familyfirst.test", Roles.Practitioner, otherTeam);
        await factory.CreateStaffAsync("caseload.other.manager@test.familyfirst.test", Roles.Manager, otherTeam);
        await factory.CreateStaffAsync("caseload.empty.manager@test.familyfirst.test", Roles.Manager, await factory.CreateTeamAsync("Caseload empty team"));
        await factory.CreateFamilyAsync("Caseload family", lead, team, null, ("Ada", "Caseload", new DateOnly(2015, 1, 2), FamilyRole.ChildOrYoungPerson));
        await factory.CreateFamilyAsync("Caseload elsewhere", otherLead, otherTeam, null, ("Bea", "Elsewhere", new DateOnly(2014, 1, 2), FamilyRole.ChildOrYoungPerson));

        var manager = await factory.SignedInClientAsync("caseload.manager@test.familyfirst.test");
        Assert.Contains((await manager.GetPageAsync("/staff")).QuerySelectorAll("nav[aria-label=Menu] a"), a => a.GetAttribute("href") == "/team-caseload");
        var page = await manager.GetPageAsync("/team-caseload");
        Assert.Equal("Open families in your teams", page.Heading());
        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.StartsWith("Caseload family", cells[0], StringComparison.Ordinal);
        Assert.Equal("Caseload team", cells[1]);
        Assert.NotEqual("Not allocated", cells[2]);
        Assert.False(string.IsNullOrWhiteSpace(cells[3]));
        Assert.False(string.IsNullOrWhiteSpace(cells[4]));
        Assert.Contains("1 open family in your teams", page.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);

        // A manager of another team sees only their own team's family.
        var other = await factory.SignedInClientAsync("caseload.other.manager@test.familyfirst.test");
        var theirs = await other.GetPageAsync("/team-caseload");
        Assert.DoesNotContain("Caseload family", theirs.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Caseload elsewhere", theirs.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // A manager whose teams hold no open family is told so.
        var empty = await factory.SignedInClientAsync("caseload.empty.manager@test.familyfirst.test");
        Assert.Contains("There are no open families in your teams.", (await empty.GetPageAsync("/team-caseload")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Practitioners do not have a team caseload.
        var practitioner = await factory.SignedInClientAsync("caseload.lead@test.familyfirst.test");
        var refused = await practitioner.GetAsync("/team-caseload");
        Assert.Contains("/access-denied", refused.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTeamCaseload_IsPaged()
    {
        var team = await factory.CreateTeamAsync("Caseload paged team");
        var lead = await factory.CreateStaffAsync("caseload.paged.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("caseload.paged.manager@test.familyfirst.test", Roles.Manager, team);
        for (var i = 0; i < 26; i++)
        {
            await factory.CreateFamilyAsync($"Paged family {i:00}", lead, team, null, ("Child", $"Paged{i}", new DateOnly(2015, 1, 2), FamilyRole.ChildOrYoungPerson));
        }

        var manager = await factory.SignedInClientAsync("caseload.paged.manager@test.familyfirst.test");
        var first = await manager.GetPageAsync("/team-caseload");
        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Contains("26 open families in your teams", first.QuerySelector("caption")!.TextContent, StringComparison.Ordinal);
        var second = await manager.GetPageAsync("/team-caseload?page=2");
        Assert.Single(second.QuerySelectorAll("tbody tr"));
    }
}
