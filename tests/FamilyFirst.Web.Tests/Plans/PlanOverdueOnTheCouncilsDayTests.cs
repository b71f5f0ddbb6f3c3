using AngleSharp.Dom;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Tests.Families;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Plans;

/// <summary>The app on a fake clock the tests set: "today" is read from the one council clock.</summary>
public sealed class CouncilClockFactory : FamilyFirstFactory
{
    public CouncilClockFactory() => WithClock(Clock);

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero));
}

/// <summary>
/// A plan action due on a day is overdue from the council's midnight (London), on the family's plan page and in the
/// lead practitioner's "My work" alike: in summer time, in winter, and on the day the clocks go back.
/// </summary>
public class PlanOverdueOnTheCouncilsDayTests(CouncilClockFactory factory) : IClassFixture<CouncilClockFactory>
{
    [Fact]
    public async Task InSummerTime_HalfAnHourAfterLondonMidnight_ThePlanAndMyWorkBothShowTheActionOverdue()
    {
        var action = await AgreedPlanWithActionDueAsync("Summer", new DateOnly(2026, 6, 30), at: Utc(2026, 6, 20, 10, 0));

        // 22:30 UTC on 30 June is 23:30 in London: still the day it is due.
        factory.Clock.AdjustTime(Utc(2026, 6, 30, 22, 30));
        Assert.Equal((false, false), await OverdueOnBothPagesAsync(action));

        // 23:30 UTC on 30 June is 00:30 on 1 July in London (the UTC date is still 30 June).
        factory.Clock.AdjustTime(Utc(2026, 6, 30, 23, 30));
        Assert.Equal((true, true), await OverdueOnBothPagesAsync(action));
    }

    [Fact]
    public async Task InWinter_TheLondonDateIsTheUtcDate_AndBothPagesAgree()
    {
        var action = await AgreedPlanWithActionDueAsync("Winter", new DateOnly(2026, 1, 15), at: Utc(2026, 1, 5, 10, 0));

        factory.Clock.AdjustTime(Utc(2026, 1, 15, 23, 30));
        Assert.Equal((false, false), await OverdueOnBothPagesAsync(action));

        factory.Clock.AdjustTime(Utc(2026, 1, 16, 0, 30));
        Assert.Equal((true, true), await OverdueOnBothPagesAsync(action));
    }

    [Fact]
    public async Task OnTheDayTheClocksGoBack_TheActionDueTheDayBeforeIsOverdueFromLondonMidnight()
    {
        // Summer time ends at 01:00 UTC on Sunday 25 October 2026; London's midnight before it is 23:00 UTC on the 24th.
        var action = await AgreedPlanWithActionDueAsync("October", new DateOnly(2026, 10, 24), at: Utc(2026, 10, 10, 10, 0));

        factory.Clock.AdjustTime(Utc(2026, 10, 24, 22, 59));
        Assert.Equal((false, false), await OverdueOnBothPagesAsync(action));

        factory.Clock.AdjustTime(Utc(2026, 10, 24, 23, 0));
        Assert.Equal((true, true), await OverdueOnBothPagesAsync(action));

        // 00:30 UTC on the 25th (01:30 summer time, before the change) is still the 25th.
        factory.Clock.AdjustTime(Utc(2026, 10, 25, 0, 30));
        Assert.Equal((true, true), await OverdueOnBothPagesAsync(action));
    }

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, TimeSpan.Zero);

    private sealed record DueAction(PlanTeam Team, string What);

    private async Task<DueAction> AgreedPlanWithActionDueAsync(string name, DateOnly due, DateTimeOffset at)
    {
        factory.Clock.AdjustTime(at);
        var team = await PlanTeam.CreateAsync(factory, $"{name} clock");
        var what = $"{name}: Dana rings Nan every evening";
        var family = team.Family.Members.Select(m => m.PersonId).ToList();
        await factory.WithDbAsync(async db =>
        {
            var plan = FamilyPlan.StartDirect(team.Family.Id, team.PractitionerId, at);
            Assert.True(plan.AddAction(new PlanActionDetails(what, new ActionOwner(ActionOwnerKind.FamilyMember, family[0], null), due, new ActionChecker(null, "Sam the social worker"))).Succeeded);
            Assert.True(plan.UpdateDetails("We ring Nan", "A family hub place for Kai", family[0], "A meeting at Nan's house", due.AddDays(60)).Succeeded);
            Assert.True(plan.Agree(family, "Agreed: the plan keeps Kai safe", [], null, team.PractitionerId, at).Succeeded);
            db.FamilyPlans.Add(plan);
            return await db.SaveChangesAsync();
        });
        return new DueAction(team, what);
    }

    /// <summary>Whether the action shows as overdue on the family plan page, and in "My work".</summary>
    private async Task<(bool PlanPage, bool MyWork)> OverdueOnBothPagesAsync(DueAction action)
    {
        var client = await factory.SignedInClientAsync(action.Team.Practitioner);

        var plan = await client.GetPageAsync(action.Team.PlanPath);
        var row = plan.QuerySelectorAll("main table tbody tr").Single(r => r.TextContent.Contains(action.What, StringComparison.Ordinal));
        var onPlan = row.QuerySelectorAll(".govuk-tag").Any(t => t.TextContent.Trim() == "Overdue");

        var myWork = await client.GetPageAsync("/my-work");
        var item = myWork.QuerySelectorAll("main li").SingleOrDefault(li => li.TextContent.Contains(action.What, StringComparison.Ordinal));
        var onMyWork = item is not null && item.QuerySelector(".govuk-tag")?.TextContent.Trim() == "Overdue";
        return (onPlan, onMyWork);
    }
}
