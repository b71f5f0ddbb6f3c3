using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Plans;

namespace FamilyFirst.Web.Tests.Caseload;

/// <summary>A manager's overdue list: plan reviews past their date and conferences not held within 42 days of referral, in their teams only.</summary>
public class TeamOverdueTests(CouncilClockFactory factory) : IClassFixture<CouncilClockFactory>
{
    [Fact]
    public async Task TheOverdueList_ShowsMyTeamsOverdueReviewsAndConferences_AndAnotherTeamsManagerSeesNone()
    {
        factory.Clock.AdjustTime(FamilyTestData.Now);
        var team = await factory.CreateTeamAsync("Overdue team");
        var lead = await factory.CreateStaffAsync("overdue.lead@test.familyfirst.test", Roles.Practitioner, team);
        var manager = await factory.CreateStaffAsync("overdue.manager@test.familyfirst.test", Roles.Manager, team);
        var coordinator = await factory.CreateStaffAsync("overdue.coordinator@test.familyfirst.test", Roles.Coordinator, await factory.CreateTeamAsync("Overdue conferences"));
        await factory.CreateStaffAsync("overdue.other.manager@test.familyfirst.test", Roles.Manager, await factory.CreateTeamAsync("Overdue other team"));
        var family = await factory.CreateFamilyAsync("Overdue family", lead, team, null, ("Ada", "Overdue", new DateOnly(2015, 1, 2), FamilyRole.ChildOrYoungPerson), ("Ben", "Overdue", new DateOnly(1985, 1, 2), FamilyRole.Parent));
        await factory.AddOneOfEveryRecordAsync(family, lead, manager, coordinator);

        // The plan's review was due on 1 January 2027; the conference was referred on 20 November 2026 and not held.
        factory.Clock.AdjustTime(new DateTimeOffset(2027, 2, 1, 12, 0, 0, TimeSpan.Zero));
        var client = await factory.SignedInClientAsync("overdue.manager@test.familyfirst.test");
        var page = await client.GetPageAsync("/team-overdue");
        Assert.Equal("Overdue work in your teams", page.Heading());
        var tables = page.QuerySelectorAll("main table");
        Assert.Equal(2, tables.Length);
        var review = Assert.Single(tables[0].QuerySelectorAll("tbody tr")).QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.StartsWith("Overdue family", review[0], StringComparison.Ordinal);
        Assert.Equal("31", review[3]);
        var conference = Assert.Single(tables[1].QuerySelectorAll("tbody tr")).QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.StartsWith("Overdue family", conference[0], StringComparison.Ordinal);
        Assert.Equal("73 of 42", conference[4]);

        var other = await factory.SignedInClientAsync("overdue.other.manager@test.familyfirst.test");
        var none = (await other.GetPageAsync("/team-overdue")).QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Overdue family", none, StringComparison.Ordinal);
        Assert.Contains("No plan reviews are overdue in your teams.", none, StringComparison.Ordinal);
        Assert.Contains("Every open conference in your teams is within 42 days of referral or has been held.", none, StringComparison.Ordinal);
    }
}
