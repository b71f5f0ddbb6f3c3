using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Plans;

namespace FamilyFirst.Web.Tests.FamilyView;

/// <summary>
/// Someone from the wider network with no person record (Nan Carol, who leads the plan and owns an action in it) is
/// invited to the family view, signs in with the link and code, sees the plan and her own action, records progress,
/// writes a comment and is listed on "who can see"; a network member who must not be contacted, or who has no part in
/// the plan, is refused and nothing changes.
/// </summary>
public class NetworkMemberFamilyViewTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private const string NansActionText = "Nan Carol will have Kai on Saturdays";
    private const string UnclesActionText = "Uncle Dean will take Kai to football";

    private sealed record NetworkFamily(PlanTeam Team, Guid Nan, string NanName, Guid Uncle, string UncleName, Guid Friend, Guid NansAction)
    {
        public string InvitePath => $"/families/{Team.Family.Id}/family-view/invite";
    }

    private async Task<NetworkFamily> SetUpAsync(string name)
    {
        var team = await PlanTeam.CreateAsync(factory, name);
        var dana = team.Family.Members[0].PersonId;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTimeOffset.UtcNow;
        return await factory.WithDbAsync(async db =>
        {
            var nan = NetworkMember.Add(team.Family.Id, $"Carol {name}", "Maternal grandmother", isFriend: false).Value!;
            var uncle = NetworkMember.Add(team.Family.Id, $"Dean {name}", "Dana's brother", isFriend: false).Value!;
            var friend = NetworkMember.Add(team.Family.Id, $"Sam {name}", "Dana's friend", isFriend: true).Value!;
            db.NetworkMembers.AddRange(nan, uncle, friend);
            var plan = FamilyPlan.StartDirect(team.Family.Id, team.PractitionerId, now);
            var nans = plan.AddAction(new PlanActionDetails(NansActionText, new ActionOwner(ActionOwnerKind.NetworkMember, null, nan.Name) { NetworkMemberId = nan.Id }, today.AddDays(30), new ActionChecker(dana, null))).Value!;
            Assert.True(plan.AddAction(new PlanActionDetails(UnclesActionText, new ActionOwner(ActionOwnerKind.NetworkMember, null, uncle.Name) { NetworkMemberId = uncle.Id }, today.AddDays(30), new ActionChecker(dana, null))).Succeeded);
            Assert.True(plan.UpdateDetails(new PlanDetails("We will ring Nan", null, PlanLead.NetworkMember(nan.Id), "A meeting at Nan's", today.AddDays(60)), FamilyContacts.None, today).Succeeded);
            Assert.True(plan.Agree([dana, nan.Id], "Agreed: keeps Kai safe", [], null, team.PractitionerId, now).Succeeded);
            db.FamilyPlans.Add(plan);
            // Recorded after the plan was agreed: Dean must not be contacted now.
            Assert.True(uncle.RestrictContact("Threats towards Dana", "Non-molestation order", today.AddDays(200), today).Succeeded);
            await db.SaveChangesAsync();
            return new NetworkFamily(team, nan.Id, nan.Name, uncle.Id, uncle.Name, friend.Id, nans.ActionKey);
        });
    }

    [Fact]
    public async Task Grandmother_WhoLeadsThePlan_IsInvited_SignsIn_RecordsProgress_Comments_AndIsListed()
    {
        var family = await SetUpAsync("Nan journey");
        var email = "carol.nan.journey@example.com";
        var practitioner = await factory.SignedInClientAsync(family.Team.Practitioner);
        var form = await practitioner.GetPageAsync(family.InvitePath);
        var nanChoice = form.QuerySelector($"input[name=Invitee][value='network:{family.Nan:D}']");
        Assert.NotNull(nanChoice);
        Assert.Contains("Leads the family plan", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(form.QuerySelector($"input[name=Invitee][value='network:{family.Friend:D}']"));

        await practitioner.PostFormAsync(family.InvitePath, form, ("Invitee", $"network:{family.Nan:D}"), ("Contact", email)).Redirected();
        var access = await factory.WithDbAsync(db => db.FamilyMemberAccesses.AsNoTracking().SingleAsync(a => a.FamilyCaseId == family.Team.Family.Id));
        Assert.Equal(family.Nan, access.NetworkMemberId);
        Assert.Null(access.PersonId);
        var invitation = await FamilyViewFamily.LatestMessageAsync(factory, email, NotificationTemplates.FamilyViewInvitation);
        Assert.Equal(family.NanName, invitation["name"]);
        var list = await practitioner.GetPageAsync($"/families/{family.Team.Family.Id}/family-view");
        Assert.Contains(family.NanName, list.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        var link = invitation["link"];
        var nan = await FamilyViewFamily.SignInAsync(factory, link[(link.LastIndexOf('/') + 1)..], email);
        var home = await nan.GetPageAsync("/family");
        Assert.Contains(NansActionText, home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(UnclesActionText, home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/family/actions/{family.NansAction}"], home.QuerySelectorAll("a[href^='/family/actions/']").Select(a => a.GetAttribute("href")).ToList());

        var actionPath = $"/family/actions/{family.NansAction}";
        var actionForm = await nan.GetPageAsync(actionPath);
        (await (await nan.PostFormAsync(actionPath, actionForm)).ReadPageAsync()).AssertFieldError("Progress", "Select how it is going");
        await nan.PostFormAsync(actionPath, actionForm, ("Progress", "InProgress"), ("Note", "Two Saturdays so far")).Redirected();
        var commentForm = await nan.GetPageAsync("/family/comment");
        await nan.PostFormAsync("/family/comment", commentForm, ("Text", "Kai loves Saturdays at mine")).Redirected();
        var whoCanSee = await nan.GetPageAsync("/family/who-can-see");
        Assert.Contains(family.NanName, whoCanSee.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var plan = await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.FamilyId == family.Team.Family.Id));
        var update = Assert.Single(plan.CurrentVersion!.Action(family.NansAction)!.Updates);
        Assert.Equal((PlanActionStatus.InProgress, family.Nan), (update.Status, update.ById));
        var comment = await factory.WithDbAsync(db => db.FamilyPlanComments.AsNoTracking().SingleAsync(c => c.FamilyCaseId == family.Team.Family.Id));
        Assert.Equal((family.Nan, (Guid?)null), (comment.NetworkMemberId!.Value, comment.PersonId));

        var planPage = await practitioner.GetPageAsync(family.Team.PlanPath);
        var row = planPage.QuerySelectorAll("tr").First(r => r.TextContent.Contains(NansActionText, StringComparison.Ordinal));
        Assert.Contains($"Latest update from {family.NanName}", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kai loves Saturdays at mine", planPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"{family.NanName},", planPage.Body!.TextContent, StringComparison.Ordinal);

        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.FamilyCaseId == family.Team.Family.Id && e.UserId == $"family-member:{access.Id:D}").ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditAction.Change && e.RecordType == nameof(FamilyPlan));
        Assert.All(audit, e => Assert.Equal($"{family.NanName} (family member)", e.UserDisplayName));
    }

    [Fact]
    public async Task NetworkMember_WhoMustNotBeContacted_IsRefused_AndNothingIsSentOrStored()
    {
        var family = await SetUpAsync("Dean refused");
        var practitioner = await factory.SignedInClientAsync(family.Team.Practitioner);
        var form = await practitioner.GetPageAsync(family.InvitePath);
        Assert.Contains("Must not be contacted", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var response = await practitioner.PostFormAsync(family.InvitePath, form, ("Invitee", $"network:{family.Uncle:D}"), ("Contact", "dean.refused@example.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith(
            "so they cannot be given online access to the family's plan. A manager can allow contact by recording why",
            (await response.ReadPageAsync()).FieldError("Invitee"),
            StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.FamilyMemberAccesses.AnyAsync(a => a.FamilyCaseId == family.Team.Family.Id)));
        Assert.False(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Recipient == "dean.refused@example.com")));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.FamilyCaseId == family.Team.Family.Id && e.RecordType == nameof(FamilyMemberAccess) && e.Action == AuditAction.Create)));
    }

    [Fact]
    public async Task NetworkMember_WithNoPartInThePlan_IsRefused_AndNothingChanges()
    {
        var family = await SetUpAsync("Friend refused");
        var practitioner = await factory.SignedInClientAsync(family.Team.Practitioner);
        var form = await practitioner.GetPageAsync(family.InvitePath);

        var response = await practitioner.PostFormAsync(family.InvitePath, form, ("Invitee", $"network:{family.Friend:D}"), ("Contact", "sam.friend@example.com"));

        (await response.ReadPageAsync()).AssertFieldError("Invitee", $"Sam Friend refused can only be invited while they lead the family plan or own an action in it");
        var unknown = await practitioner.PostFormAsync(family.InvitePath, form, ("Invitee", $"network:{Guid.NewGuid():D}"), ("Contact", "sam.friend@example.com"));
        (await unknown.ReadPageAsync()).AssertFieldError("Invitee", "Select who to invite");
        Assert.False(await factory.WithDbAsync(db => db.FamilyMemberAccesses.AnyAsync(a => a.FamilyCaseId == family.Team.Family.Id)));
        Assert.False(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Recipient == "sam.friend@example.com")));
    }

    [Fact]
    public async Task Grandmother_RestrictedAfterHerInvitation_GetsNoCode_AndIsToldOnlyThatTheLinkWasStopped()
    {
        var family = await SetUpAsync("Nan restricted");
        var email = "carol.nan.restricted@example.com";
        var practitioner = await factory.SignedInClientAsync(family.Team.Practitioner);
        await practitioner.PostFormAsync(family.InvitePath, await practitioner.GetPageAsync(family.InvitePath), ("Invitee", $"network:{family.Nan:D}"), ("Contact", email)).Redirected();
        var link = (await FamilyViewFamily.LatestMessageAsync(factory, email, NotificationTemplates.FamilyViewInvitation))["link"];
        var token = link[(link.LastIndexOf('/') + 1)..];
        await factory.WithDbAsync(async db =>
        {
            var nan = await db.NetworkMembers.SingleAsync(n => n.Id == family.Nan);
            Assert.True(nan.RestrictContact("Threats towards Dana", null, null, DateOnly.FromDateTime(DateTime.UtcNow)).Succeeded);
            await db.SaveChangesAsync();
            return 0;
        });

        var client = factory.CreateBrowserlessClient();
        var landing = await client.GetPageAsync($"/family/invitation/{token}");
        var refused = await client.PostFormAsync($"/family/invitation/{token}", landing);

        Assert.Equal(HttpStatusCode.Gone, refused.StatusCode);
        var page = await refused.ReadPageAsync();
        Assert.DoesNotContain("Threats", page.Body!.TextContent, StringComparison.Ordinal);
        var codes = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().CountAsync(m => m.Recipient == email && m.Template == NotificationTemplates.FamilyViewCode));
        Assert.Equal(0, codes);
        var access = await factory.WithDbAsync(db => db.FamilyMemberAccesses.AsNoTracking().SingleAsync(a => a.NetworkMemberId == family.Nan));
        Assert.Equal(0, access.CodesSent);
    }

    [Fact]
    public async Task StoppingAGrandmothersAccess_EndsHerSession()
    {
        var family = await SetUpAsync("Nan stopped");
        var email = "carol.nan.stopped@example.com";
        var practitioner = await factory.SignedInClientAsync(family.Team.Practitioner);
        await practitioner.PostFormAsync(family.InvitePath, await practitioner.GetPageAsync(family.InvitePath), ("Invitee", $"network:{family.Nan:D}"), ("Contact", email)).Redirected();
        var link = (await FamilyViewFamily.LatestMessageAsync(factory, email, NotificationTemplates.FamilyViewInvitation))["link"];
        var nan = await FamilyViewFamily.SignInAsync(factory, link[(link.LastIndexOf('/') + 1)..], email);
        var accessId = await factory.WithDbAsync(db => db.FamilyMemberAccesses.Where(a => a.NetworkMemberId == family.Nan).Select(a => a.Id).SingleAsync());

        var listPath = $"/families/{family.Team.Family.Id}/family-view";
        await practitioner.PostFormAsync($"{listPath}?handler=Revoke", await practitioner.GetPageAsync(listPath), ("accessId", accessId.ToString())).Redirected();

        Assert.Equal($"{family.NanName} can no longer see the family's plan online", (await practitioner.GetPageAsync(listPath)).SuccessBanner());
        Assert.NotEqual(HttpStatusCode.OK, (await nan.GetAsync("/family")).StatusCode);
    }
}
