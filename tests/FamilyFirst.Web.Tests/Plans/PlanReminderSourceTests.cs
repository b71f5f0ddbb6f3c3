using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;
using FamilyFirst.Web.Pages.Plans;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyFirst.Web.Tests.Plans;

/// <summary>Overdue plan actions and reviews: reminders to the lead practitioner, keyed so each is sent once; and the My work query.</summary>
public class PlanReminderSourceTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task OverdueActionAndReview_AreRemindedToTheLeadPractitioner_WithStableKeys()
    {
        var team = await PlanTeam.CreateAsync(factory, "Reminding");
        var dana = team.Family.Members[0].PersonId;
        await factory.WithDbAsync(async db =>
        {
            var plan = FamilyPlan.StartDirect(team.Family.Id, team.PractitionerId, FamilyTestData.Now);
            plan.AddAction(new PlanActionDetails("Dana rings the school", new ActionOwner(ActionOwnerKind.FamilyMember, dana, null), new DateOnly(2026, 11, 1), new ActionChecker(null, "Sam")));
            plan.AddAction(new PlanActionDetails("Dana goes to the GP", new ActionOwner(ActionOwnerKind.FamilyMember, dana, null), new DateOnly(2026, 12, 20), new ActionChecker(null, "Sam")));
            plan.UpdateDetails("We ring Nan", null, dana, null, new DateOnly(2026, 11, 10));
            Assert.True(plan.Agree([dana], "Agreed", [], null, team.PractitionerId, FamilyTestData.Now).Succeeded);
            db.FamilyPlans.Add(plan);
            await db.SaveChangesAsync();
            return true;
        });
        var today = new DateOnly(2026, 11, 20);

        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IReminderSource>().Single(s => s.Name == "plans");
        var reminders = (await source.GetDueAsync(today, CancellationToken.None)).Where(r => r.Recipient == team.Practitioner).ToList();
        var again = (await source.GetDueAsync(today, CancellationToken.None)).Where(r => r.Recipient == team.Practitioner).ToList();

        Assert.Equal(2, reminders.Count);
        Assert.Contains(reminders, r => r.Template == NotificationTemplates.PlanActionReminder && r.Personalisation["dueDate"] == "1 November 2026");
        Assert.Contains(reminders, r => r.Template == NotificationTemplates.PlanReviewReminder && r.Personalisation["dueDate"] == "10 November 2026");
        Assert.All(reminders, r => Assert.Equal(NotificationChannel.Email, r.Channel));
        Assert.Equal(reminders.Select(r => r.DeduplicationKey).Order(), again.Select(r => r.DeduplicationKey).Order());
        Assert.Equal(2, reminders.Select(r => r.DeduplicationKey).Distinct().Count());

        var overdue = await scope.ServiceProvider.GetRequiredService<OverduePlanItems>().ForAsync([team.Family.Id], today);
        Assert.Equal([OverduePlanItemKind.Action, OverduePlanItemKind.Review], overdue.Select(o => o.Kind));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<OverduePlanItems>().ForAsync([Guid.NewGuid()], today));
    }
}
