using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Plans;

namespace FamilyFirst.Web.Tests.FamilyView;

/// <summary>
/// The family view end to end over HTTP: invitation, code, the plan in plain words, the family member's own updates,
/// comments and change requests reaching the practitioner, revocation, and refused links and codes.
/// </summary>
public class FamilyViewTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task FamilyMember_InvitedSignsInWithTheCode_SeesThePlan_MarksTheirActionDone_AndThePractitionerSeesIt()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Journey");
        var token = await family.InviteAsync(factory, family.Dana, "dana.journey@example.com");
        var outbox = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Recipient == "dana.journey@example.com").ToListAsync());
        Assert.Single(outbox);

        var stored = await factory.WithDbAsync(db => db.FamilyMemberAccesses.AsNoTracking().SingleAsync(a => a.FamilyCaseId == family.FamilyId));
        Assert.Equal(FamilyMemberAccess.Hash(token), stored.TokenHash);
        Assert.DoesNotContain(token, stored.TokenHash, StringComparison.Ordinal);

        var dana = await FamilyViewFamily.SignInAsync(factory, token, "dana.journey@example.com");
        var home = await dana.GetPageAsync("/family");
        Assert.Equal("Your family plan", home.Heading());
        Assert.Contains(FamilyViewFamily.DanasActionText, home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(FamilyViewFamily.LeesActionText, home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Kai goes to school every day (Journey)", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("School nurse", home.Body!.TextContent, StringComparison.Ordinal);
        var updateLinks = home.QuerySelectorAll("a[href^='/family/actions/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/family/actions/{family.DanasAction}"], updateLinks);

        var actionPath = $"/family/actions/{family.DanasAction}";
        var form = await dana.GetPageAsync(actionPath);
        var refused = await dana.PostFormAsync(actionPath, form);
        var refusedPage = await refused.ReadPageAsync();
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        refusedPage.AssertFieldError("Progress", "Select how it is going");

        await dana.PostFormAsync(actionPath, form, ("Progress", "Done"), ("Note", "Every morning this week")).Redirected();
        var after = await dana.GetPageAsync("/family");
        Assert.Contains("Your practitioner can see it", after.SuccessBanner() ?? string.Empty, StringComparison.OrdinalIgnoreCase);

        var practitioner = await factory.SignedInClientAsync(family.Team.Practitioner);
        var planPage = await practitioner.GetPageAsync(family.Team.PlanPath);
        var row = planPage.QuerySelectorAll("tr").First(r => r.TextContent.Contains(FamilyViewFamily.DanasActionText, StringComparison.Ordinal));
        Assert.Contains("Done", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Latest update from Dana Journey", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Every morning this week", row.TextContent, StringComparison.Ordinal);

        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.FamilyCaseId == family.FamilyId && e.UserId == $"family-member:{stored.Id:D}").ToListAsync());
        Assert.Contains(audit, e => e.Action == AuditAction.View && e.Detail!.StartsWith("Family member viewed the agreed plan", StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Action == AuditAction.Change && e.RecordType == nameof(FamilyPlan) && e.Detail == "Family member recorded their action as Done");
        Assert.All(audit, e => Assert.Equal("Dana Journey (family member)", e.UserDisplayName));
    }

    [Fact]
    public async Task FamilyMember_CannotUpdateSomeoneElsesAction_AndTheAttemptIsAudited()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Others");
        var token = await family.InviteAsync(factory, family.Dana, "dana.others@example.com");
        var dana = await FamilyViewFamily.SignInAsync(factory, token, "dana.others@example.com");
        var home = await dana.GetPageAsync("/family");

        Assert.Equal(HttpStatusCode.NotFound, (await dana.GetAsync($"/family/actions/{family.LeesAction}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dana.PostFormAsync($"/family/actions/{family.LeesAction}", home, [new("Progress", "Done")], "header form")).StatusCode);

        var plan = await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.Id == family.PlanId));
        Assert.Equal(PlanActionStatus.NotStarted, plan.CurrentVersion!.Action(family.LeesAction)!.Status);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.FamilyCaseId == family.FamilyId && e.Action == AuditAction.AccessDenied && e.RecordId == family.LeesAction.ToString("D"))) >= 2);
    }

    [Fact]
    public async Task FamilyMember_CommentsAndAsksForAChange_ThePractitionerSeesItOnThePlanAndMyWork_AndDealsWithIt()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Requests");
        var token = await family.InviteAsync(factory, family.Lee, "lee.requests@example.com");
        var lee = await FamilyViewFamily.SignInAsync(factory, token, "lee.requests@example.com");

        var commentForm = await lee.GetPageAsync("/family/comment");
        var empty = await (await lee.PostFormAsync("/family/comment", commentForm, ("Text", " "))).ReadPageAsync();
        empty.AssertFieldError("Text", "Enter your comment");
        await lee.PostFormAsync("/family/comment", commentForm, ("Text", "Tuesdays are going well")).Redirected();
        var requestForm = await lee.GetPageAsync("/family/change-request");
        await lee.PostFormAsync("/family/change-request", requestForm, ("Text", "Can I cook on Wednesdays instead of Thursdays?")).Redirected();
        var home = await lee.GetPageAsync("/family");
        Assert.Contains("Waiting for your practitioner", home.Body!.TextContent, StringComparison.Ordinal);

        var practitioner = await factory.SignedInClientAsync(family.Team.Practitioner);
        var myWork = await practitioner.GetPageAsync("/my-work");
        Assert.Contains("Reply to the family's request to change the plan", myWork.Body!.TextContent, StringComparison.Ordinal);
        var plan = await practitioner.GetPageAsync(family.Team.PlanPath);
        Assert.Contains("Tuesdays are going well", plan.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Can I cook on Wednesdays instead of Thursdays?", plan.Body!.TextContent, StringComparison.Ordinal);
        var requestId = plan.QuerySelector("form input[name=commentId]")!.GetAttribute("value")!;
        await practitioner.PostFormAsync($"{family.Team.PlanPath}?handler=DealtWith", plan, ("commentId", requestId)).Redirected();

        Assert.DoesNotContain("Reply to the family's request", (await practitioner.GetPageAsync("/my-work")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Dealt with", (await lee.GetPageAsync("/family")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsedLink_IsRefusedWithAClearMessage()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Reused");
        var token = await family.InviteAsync(factory, family.Dana, "dana.reused@example.com");
        await FamilyViewFamily.SignInAsync(factory, token, "dana.reused@example.com");

        var again = factory.CreateBrowserlessClient();
        var response = await again.GetAsync($"/family/invitation/{token}");
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This link has already been used", page.Heading());
        Assert.StartsWith("This link has already been used – ", page.Title, StringComparison.Ordinal);
        Assert.Contains("Ask your practitioner to send you a new link", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, (await again.GetAsync($"/family/invitation/{token}/code")).StatusCode);
    }

    [Fact]
    public async Task ExpiredLink_IsRefusedWithAClearMessage_AndSendsNoCode()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Expired");
        const string token = "expired-link-secret-for-the-test";
        const string fresh = "fresh-link-secret-for-the-test";
        await factory.WithDbAsync(async db =>
        {
            db.FamilyMemberAccesses.Add(FamilyMemberAccess.Invite(family.FamilyId, family.Dana, true, ContactChannel.Email, "dana.expired@example.com", FamilyMemberAccess.Hash(token), family.Team.PractitionerId, DateTimeOffset.UtcNow.AddDays(-7).AddMinutes(-1)).Value!);
            db.FamilyMemberAccesses.Add(FamilyMemberAccess.Invite(family.FamilyId, family.Lee, true, ContactChannel.Email, "lee.fresh@example.com", FamilyMemberAccess.Hash(fresh), family.Team.PractitionerId, DateTimeOffset.UtcNow).Value!);
            return await db.SaveChangesAsync();
        });

        var client = factory.CreateBrowserlessClient();
        var response = await client.GetAsync($"/family/invitation/{token}");
        var page = await response.ReadPageAsync();
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("This link has expired", page.Heading());

        // Posting to the expired link (with a form token from a page that has a form) sends nothing either.
        var post = await client.PostFormAsync($"/family/invitation/{token}", await client.GetPageAsync($"/family/invitation/{fresh}"));
        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Recipient == "dana.expired@example.com")));
    }

    [Fact]
    public async Task UnknownLink_IsNotFound_WithAClearMessage()
    {
        var response = await factory.CreateBrowserlessClient().GetAsync("/family/invitation/no-such-link");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("This link does not work", (await response.ReadPageAsync()).Heading());
    }

    [Fact]
    public async Task WrongCodes_AreRefusedAndAudited_AndLockTheCodeAfterFive()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Wrong code");
        var token = await family.InviteAsync(factory, family.Dana, "dana.wrong@example.com");
        var client = factory.CreateBrowserlessClient();
        var landing = await client.GetPageAsync($"/family/invitation/{token}");
        await client.PostFormAsync($"/family/invitation/{token}", landing);
        var code = (await FamilyViewFamily.LatestMessageAsync(factory, "dana.wrong@example.com", Web.Infrastructure.Notifications.NotificationTemplates.FamilyViewCode))["code"];
        var wrong = code == "000000" ? "111111" : "000000";
        var codePage = await client.GetPageAsync($"/family/invitation/{token}/code");

        var first = await (await client.PostFormAsync($"/family/invitation/{token}/code", codePage, ("Code", wrong))).ReadPageAsync();
        first.AssertFieldError("Code", "The code is not right. Check it and try again");
        for (var i = 2; i <= FamilyMemberAccess.MaximumCodeAttempts; i++)
        {
            await client.PostFormAsync($"/family/invitation/{token}/code", codePage, ("Code", wrong));
        }

        var locked = await (await client.PostFormAsync($"/family/invitation/{token}/code", codePage, ("Code", code))).ReadPageAsync();
        locked.AssertFieldError("Code", "You have typed the wrong code too many times. Ask for a new code");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/family")).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.FamilyCaseId == family.FamilyId && e.Action == AuditAction.AccessDenied && e.RecordType == nameof(FamilyMemberAccess))) >= FamilyMemberAccess.MaximumCodeAttempts);
    }

    [Fact]
    public async Task Revoking_EndsAnOpenSessionAtOnce()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Revoked");
        var token = await family.InviteAsync(factory, family.Dana, "dana.revoked@example.com");
        var dana = await FamilyViewFamily.SignInAsync(factory, token, "dana.revoked@example.com");
        Assert.Equal(HttpStatusCode.OK, (await dana.GetAsync("/family")).StatusCode);

        var practitioner = await factory.SignedInClientAsync(family.Team.Practitioner);
        var accessPage = await practitioner.GetPageAsync($"/families/{family.FamilyId}/family-view");
        Assert.Contains("Signed in now", accessPage.Body!.TextContent, StringComparison.Ordinal);
        var accessId = accessPage.QuerySelector("form input[name=accessId]")!.GetAttribute("value")!;
        await practitioner.PostFormAsync($"/families/{family.FamilyId}/family-view?handler=Revoke", accessPage, ("accessId", accessId)).Redirected();

        var after = await dana.GetAsync("/family");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/family/sign-in", after.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains("Access stopped", (await practitioner.GetPageAsync($"/families/{family.FamilyId}/family-view")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOut_EndsTheSessionForGood()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Sign out");
        var token = await family.InviteAsync(factory, family.Dana, "dana.signout@example.com");
        var dana = await FamilyViewFamily.SignInAsync(factory, token, "dana.signout@example.com");
        var home = await dana.GetPageAsync("/family");

        var signedOut = await dana.PostFormAsync("/family/sign-out", home, [], "header form");
        Assert.Equal("/family/sign-in?reason=signed-out", signedOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await dana.GetAsync("/family")).StatusCode);
        var access = await factory.WithDbAsync(db => db.FamilyMemberAccesses.AsNoTracking().SingleAsync(a => a.FamilyCaseId == family.FamilyId));
        Assert.Null(access.SessionId);
    }

    [Fact]
    public async Task Invite_OnlyFamilyMembersWithConsent_AndContactDetailsAreChecked()
    {
        var team = await PlanTeam.CreateAsync(factory, "No consent");
        var practitioner = await factory.SignedInClientAsync(team.Practitioner);
        var empty = await practitioner.GetPageAsync($"/families/{team.Family.Id}/family-view/invite");
        Assert.Contains("No one in this family can be invited yet", empty.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(empty.QuerySelectorAll("input[name=Invitee]"));

        var family = await FamilyViewFamily.CreateAsync(factory, "Checked");
        var path = $"/families/{family.FamilyId}/family-view/invite";
        practitioner = await factory.SignedInClientAsync(family.Team.Practitioner);
        var form = await practitioner.GetPageAsync(path);
        Assert.Equal(2, form.QuerySelectorAll("input[name=Invitee]").Length);

        var nothing = await (await practitioner.PostFormAsync(path, form)).ReadPageAsync();
        nothing.AssertFieldError("Invitee", "Select who to invite");
        nothing.AssertFieldError("Contact", "Enter an email address or a mobile phone number");

        var badEmail = await (await practitioner.PostFormAsync(path, form, ("Invitee", $"family:{family.Dana:D}"), ("Contact", "dana@example"))).ReadPageAsync();
        badEmail.AssertFieldError("Contact", "Enter an email address in the correct format, like name@example.com");

        var kai = await (await practitioner.PostFormAsync(path, form, ("Invitee", $"family:{family.Kai:D}"), ("Contact", "07700 900 982"))).ReadPageAsync();
        kai.AssertFieldError("Invitee", "Only a family member who has given consent to work with the service can be invited");
        Assert.False(await factory.WithDbAsync(db => db.FamilyMemberAccesses.AnyAsync(a => a.FamilyCaseId == family.FamilyId)));

        await practitioner.PostFormAsync(path, form, ("Invitee", $"family:{family.Lee:D}"), ("Contact", "07700 900 982")).Redirected();
        var badMobile = await (await practitioner.PostFormAsync(path, form, ("Invitee", $"family:{family.Dana:D}"), ("Contact", "01632 960 001"))).ReadPageAsync();
        badMobile.AssertFieldError("Contact", "Enter a UK mobile phone number, like 07700 900 982");
        var message = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Recipient == "07700900982"));
        Assert.Equal(NotificationChannel.TextMessage, message.Channel);
    }
}
