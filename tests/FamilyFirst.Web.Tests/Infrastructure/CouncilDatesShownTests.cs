using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Plans;

namespace FamilyFirst.Web.Tests.Infrastructure;

/// <summary>
/// Every stored instant a person reads is shown in the council's time: at 00:30 in London in summer time (23:30 UTC
/// the day before) a plan agreed, or a family viewed, is dated the council's day, on every page that shows it.
/// </summary>
public class CouncilDatesShownTests(CouncilClockFactory factory) : IClassFixture<CouncilClockFactory>
{
    // 23:30 UTC on 30 June 2026 is 00:30 on 1 July in London.
    private static readonly DateTimeOffset HalfPastMidnightInLondon = new(2026, 6, 30, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task APlanAgreedHalfAnHourAfterLondonMidnight_IsDatedTheCouncilsDay_OnThePlanItsVersionAndThePrintout()
    {
        factory.Clock.AdjustTime(HalfPastMidnightInLondon);
        var team = await PlanTeam.CreateAsync(factory, "Midnight plan");
        var family = team.Family.Members.Select(m => m.PersonId).ToList();
        await factory.WithDbAsync(async db =>
        {
            var plan = FamilyPlan.StartDirect(team.Family.Id, team.PractitionerId, HalfPastMidnightInLondon);
            Assert.True(plan.AddAction(new PlanActionDetails("Dana rings Nan every evening", new ActionOwner(ActionOwnerKind.FamilyMember, family[0], null), new DateOnly(2026, 7, 31), new ActionChecker(null, "Sam the social worker"))).Succeeded);
            Assert.True(plan.UpdateDetails("We ring Nan", "A family hub place for Kai", family[0], "A meeting at Nan's house", new DateOnly(2026, 9, 1)).Succeeded);
            Assert.True(plan.Agree(family, "Agreed: the plan keeps Kai safe", [], null, team.PractitionerId, HalfPastMidnightInLondon).Succeeded);
            db.FamilyPlans.Add(plan);
            return await db.SaveChangesAsync();
        });
        var client = await factory.SignedInClientAsync(team.Practitioner);

        var planPage = (await client.GetPageAsync(team.PlanPath)).QuerySelector("main")!.TextContent;
        var version = (await client.GetPageAsync($"{team.PlanPath}/versions/1")).QuerySelector("main")!.TextContent;
        var printout = (await client.GetPageAsync($"{team.PlanPath}/print")).QuerySelector("main")!.TextContent;

        Assert.Contains("Version 1, agreed on 1 July 2026", planPage, StringComparison.Ordinal);
        Assert.Contains("Agreed on 1 July 2026", version, StringComparison.Ordinal);
        Assert.Contains("Version 1, agreed on 1 July 2026", printout, StringComparison.Ordinal);
        Assert.DoesNotContain("30 June 2026", planPage + version + printout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AViewHalfAnHourAfterLondonMidnight_IsListedAtTheCouncilsTime_OnWhoHasViewedTheFamily()
    {
        factory.Clock.AdjustTime(HalfPastMidnightInLondon);
        var team = await PlanTeam.CreateAsync(factory, "Midnight view");
        var practitioner = await factory.SignedInClientAsync(team.Practitioner);
        await practitioner.GetPageAsync($"/families/{team.Family.Id}");

        var manager = await factory.SignedInClientAsync(team.Manager);
        var viewers = (await manager.GetPageAsync($"/families/{team.Family.Id}/viewers")).QuerySelector("main")!.TextContent;

        Assert.Contains("1 July 2026 at 12:30am", viewers, StringComparison.Ordinal);
        Assert.DoesNotContain("30 June 2026", viewers, StringComparison.Ordinal);
    }
}
