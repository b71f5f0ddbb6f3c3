using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Conferences;

/// <summary>A coordinator starts the day from "My conferences": the open conferences they coordinate, and only those.</summary>
public class MyConferencesTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task MyConferences_ListsTheConferencesICoordinate_WithStageNextStepAndDaysAgainstTheTarget()
    {
        var team = await factory.CreateTeamAsync("Mine team");
        var lead = await factory.CreateStaffAsync("mine.lead@test.familyfirst.test", Roles.Practitioner, team);
        var manager = await factory.CreateStaffAsync("mine.manager@test.familyfirst.test", Roles.Manager, team);
        var coordinator = await factory.CreateStaffAsync("mine.coordinator@test.familyfirst.test", Roles.Coordinator, await factory.CreateTeamAsync("Mine conferences"));
        await factory.CreateStaffAsync("mine.other@test.familyfirst.test", Roles.Coordinator, team);
        var family = await factory.CreateFamilyAsync("Mine family", lead, team, null, ("Ada", "Mine", new DateOnly(2015, 1, 2), FamilyRole.ChildOrYoungPerson), ("Ben", "Mine", new DateOnly(1985, 1, 2), FamilyRole.Parent));
        await factory.AddOneOfEveryRecordAsync(family, lead, manager, coordinator);

        var client = await factory.SignedInClientAsync("mine.coordinator@test.familyfirst.test");
        var page = await client.GetPageAsync("/my-conferences");

        Assert.Equal("My conferences", page.Heading());
        var row = Assert.Single(page.QuerySelectorAll("tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.StartsWith("Mine family", cells[0], StringComparison.Ordinal);
        Assert.Equal("Coordinator allocated", cells[1]);
        Assert.Equal("Prepare: invitations, children, date and venue", cells[2]);
        Assert.Equal("Not set", cells[3]);
        Assert.Contains(" of 42", cells[4], StringComparison.Ordinal);

        // Another coordinator in the family's own team coordinates nothing here.
        var other = await factory.SignedInClientAsync("mine.other@test.familyfirst.test");
        Assert.Contains("You are not coordinating any open conferences.", (await other.GetPageAsync("/my-conferences")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACoordinatorOnlyUsersHome_IsMyConferences_AndTheMenuShowsIt()
    {
        var team = await factory.CreateTeamAsync("Home conferences");
        await factory.CreateStaffAsync("home.coordinator@test.familyfirst.test", Roles.Coordinator, team);
        await factory.CreateStaffAsync("home.both@test.familyfirst.test", [Roles.Coordinator, Roles.Practitioner], [team]);

        var coordinator = factory.CreateBrowserlessClient();
        await coordinator.SignInAsync("home.coordinator@test.familyfirst.test");
        var home = await coordinator.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/my-conferences", home.Headers.Location?.OriginalString);
        var page = await coordinator.GetPageAsync("/my-conferences");
        var menu = page.QuerySelectorAll("nav[aria-label=Menu] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("My conferences", menu);
        Assert.DoesNotContain("Home", menu);
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/conferences/dashboard");

        // Someone who also holds another role keeps the general home page, which links to My conferences.
        var other = await factory.SignedInClientAsync("home.both@test.familyfirst.test");
        var general = await other.GetPageAsync("/staff");
        Assert.StartsWith("Hello", general.Heading(), StringComparison.Ordinal);
        Assert.Contains(general.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/my-conferences");
    }
}
