using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.Tests.Enquiries;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Plans;

namespace FamilyFirst.Web.Tests.Caseload;

/// <summary>Enquiries past their response date on a manager's overdue list: their teams' only, the most overdue first, paged.</summary>
public class OverdueEnquiriesTests(CouncilClockFactory factory) : IClassFixture<CouncilClockFactory>
{
    [Fact]
    public async Task EnquiriesPastTheirResponseDate_AreOnTheOverdueList_ForTheTeamsManagerOnly_TwentyFiveToAPage()
    {
        var team = await factory.CreateTeamAsync("Late enquiries team");
        var otherTeam = await factory.CreateTeamAsync("Late enquiries other team");
        await factory.CreateStaffAsync("late.manager@test.familyfirst.test", Roles.Manager, team);
        await factory.CreateStaffAsync("late.other.manager@test.familyfirst.test", Roles.Manager, otherTeam);
        var by = new EnquiryActor("seed", "Seed Manager");
        void RoutedTo(Guid teamId, string name, FamilyFirst.Domain.Enquiries.Enquiry e) => Assert.True(e.RouteTo(teamId, name, by, e.ReceivedAtUtc.AddHours(1)).Succeeded);

        // Monday 1 February 2027; a reply is due within 2 working days.
        factory.Clock.AdjustTime(new DateTimeOffset(2027, 2, 1, 12, 0, 0, TimeSpan.Zero));
        var oldest = await factory.AddAsync(EnquiryType.ReferringAFamily, SeededEnquiries.On(2027, 1, 4), "Oldest late family", e => RoutedTo(team, "Late enquiries team", e));
        for (var i = 0; i < 25; i++)
        {
            await factory.AddAsync(EnquiryType.ReferringAFamily, SeededEnquiries.On(2027, 1, 25), $"Late family {i}", e => RoutedTo(team, "Late enquiries team", e));
        }

        await factory.AddAsync(EnquiryType.ReferringAFamily, SeededEnquiries.On(2027, 1, 29), "Not yet due family", e => RoutedTo(team, "Late enquiries team", e));
        await factory.AddAsync(EnquiryType.ReferringAFamily, SeededEnquiries.On(2027, 1, 4), "Other team family", e => RoutedTo(otherTeam, "Late enquiries other team", e));

        var manager = await factory.SignedInClientAsync("late.manager@test.familyfirst.test");
        var page = await manager.GetPageAsync("/team-overdue");

        Assert.Equal("Enquiries past their response date (26)", page.QuerySelector("h2#enquiries")!.TextContent.Trim());
        var table = page.QuerySelectorAll("main table").Last();
        var rows = table.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(25, rows.Count);
        Assert.StartsWith(oldest.Reference, rows[0][0], StringComparison.Ordinal);
        Assert.Equal(["Oldest late family", "Late enquiries team", "Nobody", "6 January 2027", "26"], rows[0][1..]);
        Assert.Equal("5", rows[1][5]);
        Assert.DoesNotContain(rows, r => r[1] is "Not yet due family" or "Other team family");
        var next = page.QuerySelectorAll("nav.govuk-pagination a[rel=next]").Single().GetAttribute("href");
        Assert.Equal("/team-overdue?enquiries-page=2#enquiries", next);

        var second = await manager.GetPageAsync(next!);
        Assert.Single(second.QuerySelectorAll("main table").Last().QuerySelectorAll("tbody tr"));

        var other = await factory.SignedInClientAsync("late.other.manager@test.familyfirst.test");
        var theirs = await other.GetPageAsync("/team-overdue");
        Assert.Equal("Enquiries past their response date (1)", theirs.QuerySelector("h2#enquiries")!.TextContent.Trim());
    }
}
