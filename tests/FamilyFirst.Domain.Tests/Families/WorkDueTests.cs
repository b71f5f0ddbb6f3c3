using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class WorkDueTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void For_WhenLastContactWasOverFourWeeksAgo_IsOverdue()
    {
        var items = WorkDue.For(new FamilyWorkFacts(Today.AddMonths(-3), Today.AddDays(-29), true, 3, []), Today);

        var item = Assert.Single(items);
        Assert.Equal(Urgency.Overdue, item.Urgency);
        Assert.Equal(Today.AddDays(-1), item.By);
    }

    [Fact]
    public void For_WhenContactFallsDueWithinAWeek_IsDue()
    {
        var items = WorkDue.For(new FamilyWorkFacts(Today.AddMonths(-3), Today.AddDays(-22), true, 3, []), Today);

        Assert.Equal(Urgency.Due, Assert.Single(items).Urgency);
    }

    [Fact]
    public void For_RecentContactWithConsentAndPeople_HasNothingDue()
    {
        Assert.Empty(WorkDue.For(new FamilyWorkFacts(Today.AddMonths(-3), Today.AddDays(-3), true, 3, []), Today));
    }

    [Fact]
    public void For_NoConsentTenDaysAfterOpening_IsOverdue_AndComesBeforeDueWork()
    {
        var items = WorkDue.For(new FamilyWorkFacts(Today.AddDays(-11), null, false, 0, []), Today);

        Assert.Equal(["Record consent to work with the service", "Add the people in the family"], items.Select(i => i.What));
        Assert.Equal(Urgency.Overdue, items[0].Urgency);
    }

    [Fact]
    public void For_UnbornChild_IsDueNearTheDate_AndOverdueWhenThedateHasPassed()
    {
        var near = WorkDue.For(new FamilyWorkFacts(Today.AddDays(-5), Today, true, 2, [("Baby Rivers", Today.AddDays(10))]), Today);
        var passed = WorkDue.For(new FamilyWorkFacts(Today.AddDays(-5), Today, true, 2, [("Baby Rivers", Today.AddDays(-1))]), Today);
        var far = WorkDue.For(new FamilyWorkFacts(Today.AddDays(-5), Today, true, 2, [("Baby Rivers", Today.AddDays(60))]), Today);

        Assert.Equal(Urgency.Due, Assert.Single(near).Urgency);
        Assert.Equal(Urgency.Overdue, Assert.Single(passed).Urgency);
        Assert.Empty(far);
    }
}
