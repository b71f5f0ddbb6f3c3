using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>
/// Closing a case needs two people: the lead practitioner asks with a reason, a manager of the family's team approves
/// it or returns it with comments (seen by the requester on My work), and nobody decides their own request. The
/// request and the decision are in the chronology and the audit.
/// </summary>
public class CaseClosureTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task TheLeadAsks_AManagerReturnsItWithComments_TheLeadAnswers_AndTheSecondRequestIsApproved()
    {
        var team = await factory.CreateTeamAsync("Closure team");
        var lead = await factory.CreateStaffAsync("closure.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("closure.manager@test.familyfirst.test", Roles.Manager, team);
        var family = await factory.CreateFamilyAsync("Closure family", lead, team);
        var url = $"/families/{family.Id}/status";

        var practitioner = await factory.SignedInClientAsync("closure.lead@test.familyfirst.test");
        var form = await practitioner.GetPageAsync(url);
        Assert.Equal("Close the case", form.Heading());
        (await (await practitioner.PostFormAsync(url + "?handler=Ask", form, ("Reason", " "))).ReadPageAsync()).AssertFieldError("Reason", "Enter the reason");
        var asked = await practitioner.PostFormAsync(url + "?handler=Ask", form, ("Reason", "The plan's goals are met"));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var waiting = await practitioner.GetPageAsync(url);
        Assert.Equal("You have asked to close the case. A manager of the family's team will approve it or return it with comments", waiting.SuccessBanner());
        Assert.Contains("Your request is waiting for a manager", waiting.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(waiting.QuerySelectorAll("form[action*='handler=Decide']"));

        // The manager's inbox lists it, with who asked and how long it has waited.
        var manager = await factory.SignedInClientAsync("closure.manager@test.familyfirst.test");
        var inbox = await manager.GetPageAsync("/approvals");
        Assert.Equal("Approvals waiting for you", inbox.Heading());
        var row = Assert.Single(inbox.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("The plan's goals are met", StringComparison.Ordinal));
        Assert.Contains("Closure Lead", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Today", row.TextContent, StringComparison.Ordinal);

        // Returning needs comments.
        var decide = await manager.GetPageAsync(url);
        (await (await manager.PostFormAsync(url + "?handler=Decide", decide, ("Decision", "return"), ("Comments", ""))).ReadPageAsync())
            .AssertFieldError("Comments", "Enter your comments for the lead practitioner");
        (await (await manager.PostFormAsync(url + "?handler=Decide", decide)).ReadPageAsync())
            .AssertFieldError("Decision", "Select whether you approve closing the case");
        var returned = await manager.PostFormAsync(url + "?handler=Decide", decide, ("Decision", "return"), ("Comments", "Ask the school for its view first"));
        Assert.True(returned.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await returned.ReadPageAsync()).ErrorSummary()) + " " + (int)returned.StatusCode);
        Assert.Equal("/approvals", returned.Headers.Location!.OriginalString);
        Assert.Equal("The request has been returned to Closure Lead with your comments", (await manager.GetPageAsync("/approvals")).SuccessBanner());

        // The lead practitioner sees the outcome on their own page, and answers with a new request.
        var myWork = await practitioner.GetPageAsync("/my-work");
        var outcome = myWork.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Returned", StringComparison.Ordinal));
        Assert.Contains("Ask the school for its view first", outcome.TextContent, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.FamilyCases.Where(f => f.Id == family.Id).Select(f => f.Status == FamilyCaseStatus.Closed).SingleAsync()));
        var again = await practitioner.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.PostFormAsync(url + "?handler=Ask", again, ("Reason", "The school confirms attendance is 96%"))).StatusCode);

        var approved = await manager.PostFormAsync(url + "?handler=Decide", await manager.GetPageAsync(url), ("Decision", "approve"));
        Assert.Equal($"/families/{family.Id}", approved.Headers.Location!.OriginalString);
        Assert.Equal("The case has been closed", (await manager.GetPageAsync($"/families/{family.Id}")).SuccessBanner());
        Assert.DoesNotContain((await manager.GetPageAsync("/approvals")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Closure family", StringComparison.Ordinal));
        Assert.Contains((await practitioner.GetPageAsync("/my-work")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Approved", StringComparison.Ordinal));

        var (status, chronology, audited) = await factory.WithDbAsync(async db => (
            await db.FamilyCases.Where(f => f.Id == family.Id).Select(f => f.Status).SingleAsync(),
            await db.ChronologyEntries.Where(c => c.FamilyCaseId == family.Id).OrderBy(c => c.RecordedAt).Select(c => c.Summary).ToListAsync(),
            await db.AuditEntries.CountAsync(a => a.FamilyCaseId == family.Id && a.RecordType == "CaseClosureRequest")));
        Assert.Equal(FamilyCaseStatus.Closed, status);
        Assert.Equal(
            [
                "Asked to close the case: The plan's goals are met",
                "Request to close the case returned: Ask the school for its view first",
                "Asked to close the case: The school confirms attendance is 96%",
                "Case closed: The school confirms attendance is 96% (asked by Closure Lead, approved)",
            ],
            chronology.Where(c => c.Contains("close", StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(4, audited);
    }

    [Fact]
    public async Task NobodyDecidesTheirOwnRequest_EvenAManagerWhoLeadsTheCase()
    {
        var team = await factory.CreateTeamAsync("Own closure team");
        var both = await factory.CreateStaffAsync("own.closure@test.familyfirst.test", [Roles.Manager, Roles.Practitioner], [team]);
        var family = await factory.CreateFamilyAsync("Own closure family", both, team);
        var url = $"/families/{family.Id}/status";
        var client = await factory.SignedInClientAsync("own.closure@test.familyfirst.test");
        var form = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url + "?handler=Ask", form, ("Reason", "Moved out of the area"))).StatusCode);

        var page = await client.GetPageAsync(url);
        Assert.Empty(page.QuerySelectorAll("form[action*='handler=Decide']"));
        Assert.DoesNotContain("Moved out of the area", (await client.GetPageAsync("/approvals")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var refused = await (await client.PostFormAsync(url + "?handler=Decide", page, [new("Decision", "approve")], "form[action='/sign-out']")).ReadPageAsync();

        Assert.Contains("You asked to close this case, so a different manager must decide the request", refused.ErrorSummary());
        Assert.False(await factory.WithDbAsync(db => db.FamilyCases.Where(f => f.Id == family.Id).Select(f => f.Status == FamilyCaseStatus.Closed).SingleAsync()));
    }
}
