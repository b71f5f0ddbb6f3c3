using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Infrastructure.Notifications.Reminders;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Pages.Plans;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Plans;

/// <summary>The app with its background jobs off and the service's own address set, as links in reminders use it.</summary>
public sealed class PlanRemindersFactory : FamilyFirstFactory
{
    public const string ServiceUrl = "https://familyfirst.northmoor.example.gov.uk";

    public PlanRemindersFactory()
    {
        WithSetting("Notifications:DispatcherEnabled", "false");
        WithSetting("Notifications:Reminders:Enabled", "false");
        WithSetting("Council:ServiceUrl", ServiceUrl + "/");
    }
}

/// <summary>
/// Plan reminders: due-soon actions and reviews to family members with online access (and nobody else), overdue
/// actions and reviews to the lead practitioner; links to the service's own address; no case details; keyed so each
/// is queued once, and again when its date changes. And the My work query.
/// </summary>
// Every test uses its own family and its own days: the fixture's database is shared.
public class PlanReminderSourceTests(PlanRemindersFactory factory) : IClassFixture<PlanRemindersFactory>
{
    private const string DanasAction = "Dana will walk Kai to school every morning";
    private const string LeesAction = "Lee will take Kai to the dentist";

    private async Task<IReadOnlyList<Reminder>> DueAsync(DateOnly today)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var source = scope.ServiceProvider.GetServices<IReminderSource>().Single(s => s.Name == "plans");
        return await source.GetDueAsync(today, CancellationToken.None);
    }

    /// <summary>An agreed plan with an action for Dana and one for Lee, both due on <paramref name="actionsDue"/>, and the review on <paramref name="reviewDue"/>.</summary>
    private async Task<(PlanTeam Team, Guid Dana, Guid Lee, Guid PlanId, Guid DanasKey)> FamilyWithPlanAsync(string name, DateOnly actionsDue, DateOnly reviewDue)
    {
        var team = await PlanTeam.CreateAsync(factory, name);
        var (dana, lee) = (team.Family.Members[0].PersonId, team.Family.Members[1].PersonId);
        return await factory.WithDbAsync(async db =>
        {
            var plan = FamilyPlan.StartDirect(team.Family.Id, team.PractitionerId, FamilyTestData.Now);
            var danas = plan.AddAction(new PlanActionDetails(DanasAction, new ActionOwner(ActionOwnerKind.FamilyMember, dana, null), actionsDue, new ActionChecker(null, "School nurse"))).Value!;
            plan.AddAction(new PlanActionDetails(LeesAction, new ActionOwner(ActionOwnerKind.FamilyMember, lee, null), actionsDue, new ActionChecker(dana, null)));
            plan.UpdateDetails("We ring Nan", null, dana, null, reviewDue);
            Assert.True(plan.Agree([dana, lee], "Agreed", [], null, team.PractitionerId, FamilyTestData.Now).Succeeded);
            db.FamilyPlans.Add(plan);
            await db.SaveChangesAsync();
            return (team, dana, lee, plan.Id, danas.ActionKey);
        });
    }

    /// <summary>Online access for a family member as the invitation stores it; signed in once unless <paramref name="signIn"/> is false.</summary>
    private Task<FamilyMemberAccess> GiveAccessAsync(PlanTeam team, Guid person, ContactChannel channel, string contact, bool signIn = true, DateTimeOffset? invitedAt = null) =>
        factory.WithDbAsync(async db =>
        {
            var at = invitedAt ?? DateTimeOffset.UtcNow;
            var access = FamilyMemberAccess.Invite(team.Family.Id, person, true, channel, contact, FamilyMemberAccess.Hash(Guid.NewGuid().ToString()), team.PractitionerId, at).Value!;
            if (signIn)
            {
                Assert.Equal(LinkProblem.None, access.IssueCode("123456", at));
                Assert.Equal(CodeOutcome.SignedIn, access.EnterCode("123456", Guid.NewGuid().ToString("N"), at));
                access.EndSession();
            }

            db.FamilyMemberAccesses.Add(access);
            await db.SaveChangesAsync();
            return access;
        });

    private static void AssertNoCaseDetails(Reminder reminder, PlanTeam team, string name)
    {
        var (subject, body) = NotificationTemplates.Render(reminder.Template, reminder.Personalisation);
        foreach (var secret in new[] { DanasAction, LeesAction, "walk Kai", "dentist", "Kai", team.Family.FamilyName, name, team.Family.Reference, "Test reason for involvement", "Nan" })
        {
            Assert.DoesNotContain(secret, subject, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, body, StringComparison.OrdinalIgnoreCase);
        }
    }

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

        // The staff templates, not the family members' ones (which said "something you agreed to do in your plan").
        Assert.Equal(2, reminders.Count);
        Assert.Contains(reminders, r => r.Template == NotificationTemplates.PlanActionOverdueReminder && r.Personalisation["dueDate"] == "1 November 2026");
        Assert.Contains(reminders, r => r.Template == NotificationTemplates.PlanReviewOverdueReminder && r.Personalisation["dueDate"] == "10 November 2026");
        Assert.All(reminders, r => Assert.Equal(NotificationChannel.Email, r.Channel));
        Assert.Equal(reminders.Select(r => r.DeduplicationKey).Order(), again.Select(r => r.DeduplicationKey).Order());
        Assert.Equal(2, reminders.Select(r => r.DeduplicationKey).Distinct().Count());
        Assert.All(reminders, r => Assert.EndsWith(":overdue:" + team.PractitionerId.ToString("N"), r.DeduplicationKey, StringComparison.Ordinal));
        Assert.All(reminders, r => Assert.Equal(team.Family.Reference, r.Personalisation["reference"]));
        Assert.All(reminders, r => Assert.Equal($"{PlanRemindersFactory.ServiceUrl}/families/{team.Family.Id:D}/plan", r.Personalisation["signInLink"]));
        foreach (var reminder in reminders)
        {
            var (subject, body) = NotificationTemplates.Render(reminder.Template, reminder.Personalisation);
            Assert.Contains(team.Family.Reference, subject, StringComparison.Ordinal);
            Assert.Contains($"{PlanRemindersFactory.ServiceUrl}/families/{team.Family.Id:D}/plan", body, StringComparison.Ordinal);
            foreach (var secret in new[] { "Dana", "rings the school", "goes to the GP", team.Family.FamilyName, "Nan" })
            {
                Assert.DoesNotContain(secret, subject + body, StringComparison.Ordinal);
            }
        }

        // Nothing to Dana, who has no online access; nothing about the GP action, which is neither overdue nor due soon.
        Assert.Equal(reminders.Count, (await source.GetDueAsync(today, CancellationToken.None)).Count(r => r.RegardingId == reminders[0].RegardingId));

        var overdue = await scope.ServiceProvider.GetRequiredService<OverduePlanItems>().ForAsync([team.Family.Id], today);
        Assert.Equal([OverduePlanItemKind.Action, OverduePlanItemKind.Review], overdue.Select(o => o.Kind));
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<OverduePlanItems>().ForAsync([Guid.NewGuid()], today));
    }

    [Fact]
    public async Task ActionDueSoon_IsRemindedToTheFamilyMemberWhoOwnsIt_ByEmailOrText_WithTheFamilySignInLink_AndNoCaseDetails()
    {
        var actionsDue = new DateOnly(2027, 2, 10);
        var (team, dana, lee, planId, _) = await FamilyWithPlanAsync("Duesoon", actionsDue, new DateOnly(2027, 4, 1));
        await GiveAccessAsync(team, dana, ContactChannel.Email, "dana.duesoon@example.com");
        await GiveAccessAsync(team, lee, ContactChannel.TextMessage, "07700 900 101", signIn: false);

        Assert.DoesNotContain(await DueAsync(actionsDue.AddDays(-4)), r => r.RegardingId == planId.ToString("D"));
        var due = (await DueAsync(actionsDue.AddDays(-3))).Where(r => r.RegardingId == planId.ToString("D")).ToList();

        Assert.Equal(2, due.Count);
        var toDana = Assert.Single(due, r => r.Recipient == "dana.duesoon@example.com");
        var toLee = Assert.Single(due, r => r.Recipient == "07700900101");
        Assert.Equal((NotificationChannel.Email, NotificationTemplates.PlanActionReminder), (toDana.Channel, toDana.Template));
        Assert.Equal((NotificationChannel.TextMessage, NotificationTemplates.PlanActionReminder), (toLee.Channel, toLee.Template));
        Assert.Equal("Dana", toDana.Personalisation["name"]);
        Assert.Equal("10 February 2027", toDana.Personalisation["dueDate"]);
        Assert.All(due, r => Assert.Equal(PlanRemindersFactory.ServiceUrl + "/family", r.Personalisation["signInLink"]));
        Assert.All(due, r => Assert.Contains(":due-soon:", r.DeduplicationKey, StringComparison.Ordinal));
        Assert.DoesNotContain(due, r => r.Recipient == team.Practitioner);
        foreach (var reminder in due)
        {
            var (_, body) = NotificationTemplates.Render(reminder.Template, reminder.Personalisation);
            Assert.Contains("Something you agreed to do in your plan is due by 10 February 2027", body, StringComparison.Ordinal);
            Assert.Contains(PlanRemindersFactory.ServiceUrl + "/family", body, StringComparison.Ordinal);
            AssertNoCaseDetails(reminder, team, "Duesoon");
        }

        // On the day it is still due soon (the same reminder); the day after, it is overdue and goes to the lead practitioner instead.
        Assert.Equal(due.Select(r => r.DeduplicationKey).Order(), (await DueAsync(actionsDue)).Where(r => r.RegardingId == planId.ToString("D")).Select(r => r.DeduplicationKey).Order());
        var late = (await DueAsync(actionsDue.AddDays(1))).Where(r => r.RegardingId == planId.ToString("D")).ToList();
        Assert.Equal(2, late.Count);
        Assert.All(late, r => Assert.Equal((team.Practitioner, NotificationTemplates.PlanActionOverdueReminder), (r.Recipient, r.Template)));
    }

    [Fact]
    public async Task ReviewDueSoon_IsRemindedToEachFamilyMemberWithAccess_SevenDaysBefore()
    {
        var reviewDue = new DateOnly(2027, 3, 15);
        var (team, dana, lee, planId, _) = await FamilyWithPlanAsync("Reviewsoon", new DateOnly(2027, 6, 1), reviewDue);
        await GiveAccessAsync(team, dana, ContactChannel.Email, "dana.reviewsoon@example.com");
        await GiveAccessAsync(team, lee, ContactChannel.TextMessage, "07700 900 102");

        Assert.DoesNotContain(await DueAsync(reviewDue.AddDays(-8)), r => r.RegardingId == planId.ToString("D"));
        var due = (await DueAsync(reviewDue.AddDays(-7))).Where(r => r.RegardingId == planId.ToString("D")).ToList();

        Assert.Equal(["07700900102", "dana.reviewsoon@example.com"], due.Select(r => r.Recipient).Order(StringComparer.Ordinal));
        Assert.All(due, r => Assert.Equal(NotificationTemplates.PlanReviewReminder, r.Template));
        Assert.Equal(NotificationChannel.TextMessage, due.Single(r => r.Recipient == "07700900102").Channel);
        Assert.Equal(2, due.Select(r => r.DeduplicationKey).Distinct().Count());
        Assert.All(due, r => Assert.StartsWith($"reminder:plan-review:{planId:N}:2027-03-15:due-soon:", r.DeduplicationKey, StringComparison.Ordinal));
        Assert.All(due, r => AssertNoCaseDetails(r, team, "Reviewsoon"));
        Assert.All(due, r => Assert.Contains(PlanRemindersFactory.ServiceUrl + "/family", NotificationTemplates.Render(r.Template, r.Personalisation).Body, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ANetworkMemberWithAccess_IsRemindedOfTheirOwnActionAndTheReview_ButNotOneWhoMustNotBeContacted()
    {
        var actionsDue = new DateOnly(2028, 2, 10);
        var reviewDue = new DateOnly(2028, 2, 14);
        var team = await PlanTeam.CreateAsync(factory, "Networkreminder");
        var dana = team.Family.Members[0].PersonId;
        var (planId, nan, dean) = await factory.WithDbAsync(async db =>
        {
            var nan = NetworkMember.Add(team.Family.Id, "Carol Networkreminder", "Maternal grandmother", isFriend: false).Value!;
            var dean = NetworkMember.Add(team.Family.Id, "Dean Networkreminder", "Uncle", isFriend: false).Value!;
            db.NetworkMembers.AddRange(nan, dean);
            var plan = FamilyPlan.StartDirect(team.Family.Id, team.PractitionerId, FamilyTestData.Now);
            plan.AddAction(new PlanActionDetails("Nan has Kai on Saturdays", new ActionOwner(ActionOwnerKind.NetworkMember, null, nan.Name) { NetworkMemberId = nan.Id }, actionsDue, new ActionChecker(dana, null)));
            plan.AddAction(new PlanActionDetails("Dean takes Kai to football", new ActionOwner(ActionOwnerKind.NetworkMember, null, dean.Name) { NetworkMemberId = dean.Id }, actionsDue, new ActionChecker(dana, null)));
            plan.UpdateDetails("We ring Nan", null, dana, null, reviewDue);
            Assert.True(plan.Agree([dana, nan.Id, dean.Id], "Agreed", [], null, team.PractitionerId, FamilyTestData.Now).Succeeded);
            db.FamilyPlans.Add(plan);
            await db.SaveChangesAsync();
            return (plan.Id, nan.Id, dean.Id);
        });
        await GiveNetworkAccessAsync(team, nan, "Carol Networkreminder", "carol.networkreminder@example.com");
        await GiveNetworkAccessAsync(team, dean, "Dean Networkreminder", "dean.networkreminder@example.com");
        // Recorded after Dean was invited: from now on nothing goes to him.
        await factory.WithDbAsync(async db =>
        {
            var member = await db.NetworkMembers.SingleAsync(n => n.Id == dean);
            Assert.True(member.RestrictContact("Threats towards Dana", "Non-molestation order", new DateOnly(2029, 1, 31), new DateOnly(2028, 1, 1)).Succeeded);
            return await db.SaveChangesAsync();
        });

        var due = (await DueAsync(actionsDue.AddDays(-3))).Where(r => r.RegardingId == planId.ToString("D")).ToList();

        Assert.Equal(
            [NotificationTemplates.PlanActionReminder, NotificationTemplates.PlanReviewReminder],
            due.Where(r => r.Recipient == "carol.networkreminder@example.com").Select(r => r.Template).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(due, r => r.Recipient == "dean.networkreminder@example.com");
        var action = due.Single(r => r.Template == NotificationTemplates.PlanActionReminder);
        Assert.Equal(("Carol", "10 February 2028"), (action.Personalisation["name"], action.Personalisation["dueDate"]));
        Assert.All(due, r => Assert.EndsWith($":due-soon:{nan:N}", r.DeduplicationKey, StringComparison.Ordinal));
        Assert.All(due, r => AssertNoCaseDetails(r, team, "Networkreminder"));

        // Overdue, the action goes to the lead practitioner as any other.
        var late = (await DueAsync(actionsDue.AddDays(1))).Where(r => r.RegardingId == planId.ToString("D") && r.Template == NotificationTemplates.PlanActionOverdueReminder).ToList();
        Assert.Equal(2, late.Count);
        Assert.All(late, r => Assert.Equal(team.Practitioner, r.Recipient));
    }

    /// <summary>Online access for a network member as the invitation stores it, signed in once.</summary>
    private Task<FamilyMemberAccess> GiveNetworkAccessAsync(PlanTeam team, Guid networkMemberId, string name, string email) =>
        factory.WithDbAsync(async db =>
        {
            var at = DateTimeOffset.UtcNow;
            var contacts = await db.FamilyContactsAsync(await db.FamilyCases.AsNoTracking().SingleAsync(f => f.Id == team.Family.Id));
            var invited = FamilyMemberAccess.Invite(team.Family.Id, new FamilyViewInvitee(FamilyViewPerson.NetworkMember(networkMemberId), name, MayBeInvited: true), contacts, ContactChannel.Email, email, FamilyMemberAccess.Hash(Guid.NewGuid().ToString()), team.PractitionerId, at, DateOnly.FromDateTime(DateTime.UtcNow));
            Assert.True(invited.Succeeded, invited.Error);
            var access = invited.Value!;
            Assert.Equal(LinkProblem.None, access.IssueCode("123456", at));
            Assert.Equal(CodeOutcome.SignedIn, access.EnterCode("123456", Guid.NewGuid().ToString("N"), at));
            access.EndSession();
            db.FamilyMemberAccesses.Add(access);
            await db.SaveChangesAsync();
            return access;
        });

    [Fact]
    public async Task NothingGoesToAFamilyMember_WhoMustNotBeContacted()
    {
        var reviewDue = new DateOnly(2027, 3, 15);
        var (team, dana, lee, planId, _) = await FamilyWithPlanAsync("Restrictedreminder", new DateOnly(2027, 6, 1), reviewDue);
        await GiveAccessAsync(team, dana, ContactChannel.Email, "dana.restrictedreminder@example.com");
        await GiveAccessAsync(team, lee, ContactChannel.Email, "lee.restrictedreminder@example.com");
        await factory.WithDbAsync(async db =>
        {
            var family = await db.FamilyCases.SingleAsync(f => f.Id == team.Family.Id);
            Assert.True(family.RestrictContact(lee, "Lee has moved to a refuge", null, null, new DateOnly(2027, 1, 1)).Succeeded);
            return await db.SaveChangesAsync();
        });

        var due = (await DueAsync(reviewDue.AddDays(-7))).Where(r => r.RegardingId == planId.ToString("D")).ToList();

        Assert.Equal(["dana.restrictedreminder@example.com"], due.Select(r => r.Recipient));
    }

    [Fact]
    public async Task NothingGoesToAFamilyMember_WithoutAccess_WhoseAccessWasStopped_OrWhoseInvitationExpiredUnused()
    {
        var actionsDue = new DateOnly(2027, 5, 10);
        var (team, dana, lee, planId, _) = await FamilyWithPlanAsync("Noaccess", actionsDue, actionsDue);
        var stopped = await GiveAccessAsync(team, dana, ContactChannel.Email, "dana.noaccess@example.com");
        await factory.WithDbAsync(async db =>
        {
            var access = await db.FamilyMemberAccesses.SingleAsync(a => a.Id == stopped.Id);
            Assert.True(access.Revoke(team.PractitionerId, DateTimeOffset.UtcNow).Succeeded);
            return await db.SaveChangesAsync();
        });
        await GiveAccessAsync(team, lee, ContactChannel.Email, "lee.noaccess@example.com", signIn: false, invitedAt: DateTimeOffset.UtcNow.AddDays(-8));

        // The actions and the review are all due soon, but nobody in the family has access now.
        var due = (await DueAsync(actionsDue.AddDays(-1))).Where(r => r.RegardingId == planId.ToString("D")).ToList();

        Assert.Empty(due);
    }

    [Fact]
    public async Task AClosedCase_HasNoPlanReminders()
    {
        var actionsDue = new DateOnly(2027, 7, 10);
        var (team, dana, _, planId, _) = await FamilyWithPlanAsync("Closedcase", actionsDue, actionsDue);
        await GiveAccessAsync(team, dana, ContactChannel.Email, "dana.closedcase@example.com");
        Assert.Contains(await DueAsync(actionsDue), r => r.RegardingId == planId.ToString("D"));
        await factory.WithDbAsync(async db =>
        {
            var family = await db.FamilyCases.SingleAsync(f => f.Id == team.Family.Id);
            Assert.True(family.Close("Work finished", team.PractitionerId, DateTimeOffset.UtcNow, DateOnly.FromDateTime(DateTime.UtcNow)).Succeeded);
            return await db.SaveChangesAsync();
        });

        Assert.DoesNotContain(await DueAsync(actionsDue), r => r.RegardingId == planId.ToString("D"));
        Assert.DoesNotContain(await DueAsync(actionsDue.AddDays(1)), r => r.RegardingId == planId.ToString("D"));
    }

    [Fact]
    public async Task TheJob_QueuesEachPlanReminderOnce_AcrossRuns_AndAgainWhenTheDateChanges()
    {
        var actionsDue = new DateOnly(2027, 9, 20);
        var (team, dana, _, planId, danasKey) = await FamilyWithPlanAsync("Oncetwice", actionsDue, new DateOnly(2027, 12, 1));
        await GiveAccessAsync(team, dana, ContactChannel.Email, "dana.oncetwice@example.com");
        var job = factory.Services.GetRequiredService<ReminderJob>();

        async Task<List<OutboxMessage>> ToDanaAsync() => await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Recipient == "dana.oncetwice@example.com" && m.Template == NotificationTemplates.PlanActionReminder)
            .ToListAsync());

        Assert.True((await job.RunAsync(actionsDue.AddDays(-3), CancellationToken.None)).Succeeded);
        Assert.True((await job.RunAsync(actionsDue.AddDays(-3), CancellationToken.None)).Succeeded);
        Assert.True((await job.RunAsync(actionsDue.AddDays(-2), CancellationToken.None)).Succeeded);

        var queued = Assert.Single(await ToDanaAsync());
        Assert.Equal($"reminder:plan-action:{danasKey:N}:2027-09-20:due-soon:{dana:N}", queued.DeduplicationKey);
        Assert.Equal((nameof(FamilyPlan), planId.ToString("D")), (queued.RegardingType, queued.RegardingId));
        Assert.Equal(OutboxStatus.Queued, queued.Status);
        var rendered = NotificationOutbox.Render(queued);
        Assert.Contains(PlanRemindersFactory.ServiceUrl + "/family", rendered.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(DanasAction, rendered.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(team.Family.FamilyName, rendered.Body, StringComparison.Ordinal);

        // The family agree a later date for Dana's action: that is a new reminder, sent once.
        var newDate = actionsDue.AddDays(14);
        await factory.WithDbAsync(async db =>
        {
            var plan = await db.FamilyPlans.SingleAsync(p => p.Id == planId);
            Assert.True(plan.StartRevision().Succeeded);
            var details = plan.Draft!.Action(danasKey)!.Details with { ByWhen = newDate };
            Assert.True(plan.ChangeAction(danasKey, details).Succeeded);
            Assert.True(plan.Agree([dana], "Agreed", [], null, team.PractitionerId, DateTimeOffset.UtcNow).Succeeded);
            return await db.SaveChangesAsync();
        });
        Assert.True((await job.RunAsync(newDate.AddDays(-3), CancellationToken.None)).Succeeded);
        Assert.True((await job.RunAsync(newDate.AddDays(-1), CancellationToken.None)).Succeeded);

        var both = await ToDanaAsync();
        Assert.Equal(2, both.Count);
        Assert.Contains(both, m => m.DeduplicationKey == $"reminder:plan-action:{danasKey:N}:{newDate:yyyy-MM-dd}:due-soon:{dana:N}");
        Assert.Equal("4 October 2027", NotificationOutbox.ReadPersonalisation(both.Single(m => m.Id != queued.Id))["dueDate"]);

        // Lee's action kept its date and is overdue by now: the lead practitioner is told once, however often the job runs.
        Assert.True((await job.RunAsync(newDate, CancellationToken.None)).Succeeded);
        var toLead = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Recipient == team.Practitioner && m.RegardingId == planId.ToString("D"))
            .ToListAsync());
        var leesOverdue = Assert.Single(toLead);
        Assert.Equal(NotificationTemplates.PlanActionOverdueReminder, leesOverdue.Template);
        Assert.EndsWith($":2027-09-20:overdue:{team.PractitionerId:N}", leesOverdue.DeduplicationKey, StringComparison.Ordinal);
    }
}
