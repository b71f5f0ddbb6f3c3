using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Tests.Plans;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>
/// A practitioner who needs to contact someone who must not be contacted asks a manager, with a reason; the request
/// waits in the approvals inbox of the family's team's managers, who allow it (the override, with the manager's reason,
/// in the chronology and the audit) or refuse it with comments; the practitioner sees the outcome on the person's page
/// and in My work. Nobody decides their own request.
/// </summary>
public class ContactOverrideRequestTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private static readonly DateOnly RecordedOn = new(2026, 11, 20);

    private async Task<(PlanTeam Team, Guid LeeId, Guid DeanId)> SetUpAsync(string name)
    {
        var team = await PlanTeam.CreateAsync(factory, name);
        var leeId = team.Family.Members.Single(m => m.Role == FamilyRole.Parent && m.PersonId != team.Family.Members[0].PersonId).PersonId;
        var deanId = await factory.WithDbAsync(async db =>
        {
            var family = await db.FamilyCases.SingleAsync(f => f.Id == team.Family.Id);
            Assert.True(family.RestrictContact(leeId, "Lee lives in a refuge", null, null, RecordedOn).Succeeded);
            var dean = NetworkMember.Add(team.Family.Id, "Dean Smith", "the children's father", isFriend: false).Value!;
            Assert.True(dean.RestrictContact("Violence towards the children's mother", "Non-molestation order", new DateOnly(2030, 6, 30), RecordedOn).Succeeded);
            db.NetworkMembers.Add(dean);
            await db.SaveChangesAsync();
            return dean.Id;
        });
        return (team, leeId, deanId);
    }

    [Fact]
    public async Task APractitionerAsks_AManagerAllowsIt_AndThePractitionerSeesTheDecision()
    {
        var (team, leeId, _) = await SetUpAsync("Override allowed");
        var url = $"/families/{team.Family.Id}/people/{leeId}/contact-restriction";
        var practitioner = await factory.SignedInClientAsync(team.Practitioner);

        var form = await practitioner.GetPageAsync(url);
        Assert.Single(form.QuerySelectorAll("form[action*='handler=Request']"));
        (await (await practitioner.PostFormAsync(url + "?handler=Request", form, ("RequestReason", " "))).ReadPageAsync())
            .AssertFieldError("RequestReason", "Enter why you need to contact them");
        Assert.False(await factory.WithDbAsync(db => db.ContactOverrideRequests.AnyAsync(r => r.FamilyId == team.Family.Id)));

        var asked = await practitioner.PostFormAsync(url + "?handler=Request", form, ("RequestReason", "The review conference needs Lee's view"));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var waiting = await practitioner.GetPageAsync(url);
        Assert.StartsWith("Your request to contact Lee Override allowed has been sent", waiting.SuccessBanner(), StringComparison.Ordinal);
        Assert.Contains("Waiting for a manager", waiting.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(waiting.QuerySelectorAll("form[action*='handler=Request']"));
        var twice = await practitioner.PostFormAsync(url + "?handler=Request", form, ("RequestReason", "Again"));
        Assert.Equal(["A request to allow contact with Lee Override allowed is already waiting for a manager"], (await twice.ReadPageAsync()).ErrorSummary());

        // The manager's inbox lists it: the person, the restriction, the reason, who asked and how long it has waited.
        var manager = await factory.SignedInClientAsync(team.Manager);
        var inbox = await manager.GetPageAsync("/approvals");
        var row = Assert.Single(inbox.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("The review conference needs Lee's view", StringComparison.Ordinal));
        Assert.Contains("Lee Override allowed, who must not be contacted (Lee lives in a refuge)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Today", row.TextContent, StringComparison.Ordinal);
        var decideUrl = row.QuerySelector("a")!.GetAttribute("href")!;

        var decide = await manager.GetPageAsync(decideUrl);
        Assert.Equal("Request to contact Lee Override allowed", decide.Heading());
        (await (await manager.PostFormAsync(decideUrl + "?handler=Allow", decide, ("AllowReason", ""))).ReadPageAsync())
            .AssertFieldError("AllowReason", "Enter why contact is allowed despite the restriction");
        var allowed = await manager.PostFormAsync(decideUrl + "?handler=Allow", decide, ("AllowReason", "Agreed with the refuge worker: by phone only"));
        Assert.Equal("/approvals", allowed.Headers.Location!.OriginalString);
        var after = await manager.GetPageAsync("/approvals");
        Assert.StartsWith("Contact with Lee Override allowed is allowed", after.SuccessBanner(), StringComparison.Ordinal);
        Assert.DoesNotContain(after.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Lee's view", StringComparison.Ordinal));

        var (restriction, chronology, audited) = await factory.WithDbAsync(async db => (
            (await db.FamilyCases.SingleAsync(f => f.Id == team.Family.Id)).RestrictionOf(leeId),
            await db.ChronologyEntries.Where(c => c.FamilyCaseId == team.Family.Id).Select(c => c.Summary).ToListAsync(),
            await db.AuditEntries.CountAsync(a => a.FamilyCaseId == team.Family.Id && a.RecordType == "ContactOverrideRequest" && a.Action == AuditAction.Change)));
        Assert.Equal("Agreed with the refuge worker: by phone only", restriction!.Override!.Reason);
        Assert.Equal(team.ManagerId, restriction.Override.ManagerId);
        Assert.Contains("Asked a manager to allow contact with Lee Override allowed despite the restriction: The review conference needs Lee's view", chronology);
        Assert.Contains(chronology, c => c.StartsWith("A manager allowed contact with Lee Override allowed despite the restriction", StringComparison.Ordinal));
        Assert.Equal(1, audited);

        // The practitioner sees the outcome on the person's page and in My work.
        var outcome = await practitioner.GetPageAsync(url);
        Assert.Contains("Allowed", outcome.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Agreed with the refuge worker: by phone only", outcome.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var myWork = await practitioner.GetPageAsync("/my-work");
        var mine = Assert.Single(myWork.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Lee Override allowed", StringComparison.Ordinal));
        Assert.Contains("Allowed", mine.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AManagerRefusesARequestAboutANetworkMember_WithComments_AndTheRestrictionStands()
    {
        var (team, _, deanId) = await SetUpAsync("Override refused");
        var url = $"/families/{team.Family.Id}/network/{deanId}";
        var practitioner = await factory.SignedInClientAsync(team.Practitioner);
        var asked = await practitioner.PostFormAsync(url + "?handler=Request", await practitioner.GetPageAsync(url), ("RequestReason", "Dean wants to join the conference"));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        var manager = await factory.SignedInClientAsync(team.Manager);
        var row = Assert.Single((await manager.GetPageAsync("/approvals")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Dean wants to join the conference", StringComparison.Ordinal));
        Assert.Contains("Non-molestation order until 30 June 2030", row.TextContent, StringComparison.Ordinal);
        var decideUrl = row.QuerySelector("a")!.GetAttribute("href")!;
        var decide = await manager.GetPageAsync(decideUrl);
        (await (await manager.PostFormAsync(decideUrl + "?handler=Refuse", decide, ("RefuseComments", " "))).ReadPageAsync())
            .AssertFieldError("RefuseComments", "Enter your comments for the person who asked");
        var refused = await manager.PostFormAsync(decideUrl + "?handler=Refuse", decide, ("RefuseComments", "The order stands: send him a summary through his solicitor"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);

        var dean = await factory.WithDbAsync(db => db.NetworkMembers.AsNoTracking().SingleAsync(n => n.Id == deanId));
        Assert.Null(dean.ContactOverrideReason);
        Assert.True(dean.Restriction!.StopsContactOn(RecordedOn));
        var page = await practitioner.GetPageAsync(url);
        Assert.Contains("Refused", page.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("send him a summary through his solicitor", page.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Single(page.QuerySelectorAll("form[action*='handler=Request']"));
        var mine = Assert.Single((await practitioner.GetPageAsync("/my-work")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Dean Smith", StringComparison.Ordinal));
        Assert.Contains("Refused", mine.TextContent, StringComparison.Ordinal);

        // A decided request is not decided again.
        var again = await manager.PostFormAsync(decideUrl + "?handler=Allow", decide, ("AllowReason", "Changed my mind"));
        Assert.Equal(["This request has already been decided"], (await again.ReadPageAsync()).ErrorSummary());
    }

    [Fact]
    public async Task NobodyDecidesTheirOwnRequest_AndAManagerOfAnotherTeamCannotSeeIt()
    {
        var (team, leeId, _) = await SetUpAsync("Override own");
        var second = "override.own.second.manager@test.familyfirst.test";
        await factory.CreateStaffAsync(second, Roles.Manager, team.TeamId);
        var otherTeam = await factory.CreateTeamAsync("Override other team");
        var outsider = "override.own.outsider@test.familyfirst.test";
        await factory.CreateStaffAsync(outsider, Roles.Manager, otherTeam);
        var url = $"/families/{team.Family.Id}/people/{leeId}/contact-restriction";

        var manager = await factory.SignedInClientAsync(team.Manager);
        var asked = await manager.PostFormAsync(url + "?handler=Request", await manager.GetPageAsync(url), ("RequestReason", "I need to tell Lee about the hearing"));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var requestId = await factory.WithDbAsync(db => db.ContactOverrideRequests.Where(r => r.FamilyId == team.Family.Id).Select(r => r.Id).SingleAsync());
        var decideUrl = $"/approvals/contact-overrides/{requestId}";

        Assert.DoesNotContain((await manager.GetPageAsync("/approvals")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("hearing", StringComparison.Ordinal));
        var own = await manager.GetPageAsync(decideUrl);
        Assert.Contains("You asked for this, so a different manager must decide the request", own.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(own.QuerySelectorAll("form[action*='handler=Allow']"));
        var self = await manager.PostFormAsync(decideUrl + "?handler=Allow", await manager.GetPageAsync(url), ("AllowReason", "Fine by me"));
        Assert.Equal(["You asked for this, so a different manager must decide the request"], (await self.ReadPageAsync()).ErrorSummary());
        Assert.Null(await factory.WithDbAsync(async db => (await db.FamilyCases.SingleAsync(f => f.Id == team.Family.Id)).RestrictionOf(leeId)!.Override));

        var other = await factory.SignedInClientAsync(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(decideUrl)).StatusCode);
        Assert.DoesNotContain((await other.GetPageAsync("/approvals")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("hearing", StringComparison.Ordinal));

        var colleague = await factory.SignedInClientAsync(second);
        Assert.Contains((await colleague.GetPageAsync("/approvals")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("I need to tell Lee about the hearing", StringComparison.Ordinal));
        var allowed = await colleague.PostFormAsync(decideUrl + "?handler=Allow", await colleague.GetPageAsync(decideUrl), ("AllowReason", "Agreed: through the refuge worker"));
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
    }
}
