using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Plans;

/// <summary>Bottom lines: written by the practitioner, reworded while a draft, approved only by a manager, retired with a reason, history kept.</summary>
public class BottomLinePageTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task Write_WithNothingEntered_AsksForTheBottomLine()
    {
        var team = await PlanTeam.CreateAsync(factory, "Blank line");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var form = await client.GetPageAsync($"/families/{team.Family.Id}/bottom-lines/new");

        var page = await (await client.PostFormAsync($"/families/{team.Family.Id}/bottom-lines/new", form)).ReadPageAsync();

        page.AssertFieldError("Text", "Enter the bottom line");
    }

    [Fact]
    public async Task Approval_IsForAManagerOnly_AndIsRecordedWithWhoAndWhen()
    {
        var team = await PlanTeam.CreateAsync(factory, "Approval");
        var practitioner = await factory.SignedInClientAsync(team.Practitioner);
        var manager = await factory.SignedInClientAsync(team.Manager);
        var basePath = $"/families/{team.Family.Id}/bottom-lines";
        var form = await practitioner.GetPageAsync($"{basePath}/new");
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.PostFormAsync($"{basePath}/new", form, ("Text", "Kai is not left alone with Mark"))).StatusCode);
        var lineId = await factory.WithDbAsync(db => db.BottomLines.Where(b => b.FamilyId == team.Family.Id).Select(b => b.Id).SingleAsync());

        var refused = await practitioner.GetAsync($"{basePath}/{lineId}/approve");
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"A practitioner got {(int)refused.StatusCode}");
        Assert.Equal(BottomLineStatus.Draft, await factory.WithDbAsync(db => db.BottomLines.Where(b => b.Id == lineId).Select(b => b.Status).SingleAsync()));

        var confirm = await manager.GetPageAsync($"{basePath}/{lineId}/approve");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync($"{basePath}/{lineId}/approve", confirm)).StatusCode);
        var list = await manager.GetPageAsync(basePath);
        Assert.Equal("Bottom line approved. It now applies to this family's conferences and plans", list.SuccessBanner());

        var line = await factory.WithDbAsync(db => db.BottomLines.AsNoTracking().SingleAsync(b => b.Id == lineId));
        Assert.Equal(BottomLineStatus.Approved, line.Status);
        Assert.Equal(team.ManagerId, line.ApprovedById);
        Assert.Equal([BottomLineChangeKind.Written, BottomLineChangeKind.Approved], line.History.Select(h => h.Kind));
        var chronology = await factory.WithDbAsync(db => db.ChronologyEntries.AnyAsync(e => e.FamilyCaseId == team.Family.Id && e.Summary == "Bottom line approved: Kai is not left alone with Mark"));
        Assert.True(chronology);
    }

    [Fact]
    public async Task Retire_NeedsAReason_AndKeepsTheHistory()
    {
        var team = await PlanTeam.CreateAsync(factory, "Retiring");
        var lineId = await factory.WithDbAsync(async db =>
        {
            var line = BottomLine.Write(team.Family.Id, "Kai sleeps at home every night", team.PractitionerId, FamilyTestData.Now).Value!;
            line.Approve(team.ManagerId, FamilyTestData.Now);
            db.BottomLines.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var path = $"/families/{team.Family.Id}/bottom-lines/{lineId}/retire";
        var form = await client.GetPageAsync(path);

        var page = await (await client.PostFormAsync(path, form)).ReadPageAsync();
        page.AssertFieldError("Reason", "Enter why the bottom line is being retired");

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(path, form, ("Reason", "Mark has moved away"))).StatusCode);
        var line = await factory.WithDbAsync(db => db.BottomLines.AsNoTracking().SingleAsync(b => b.Id == lineId));
        Assert.Equal(BottomLineStatus.Retired, line.Status);
        Assert.Equal("Mark has moved away", line.RetirementReason);
        Assert.Equal(3, line.History.Count);
    }

    [Fact]
    public async Task Approve_ForAManagerInAnotherTeam_IsNotFound()
    {
        var team = await PlanTeam.CreateAsync(factory, "Guarded line");
        var lineId = await factory.WithDbAsync(async db =>
        {
            var line = BottomLine.Write(team.Family.Id, "Kai goes to school", team.PractitionerId, FamilyTestData.Now).Value!;
            db.BottomLines.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
        var other = await factory.CreateTeamAsync("Other line team");
        await factory.CreateStaffAsync("other.line.manager@test.familyfirst.test", Roles.Manager, other);
        var outsider = await factory.SignedInClientAsync("other.line.manager@test.familyfirst.test");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/families/{team.Family.Id}/bottom-lines/{lineId}/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/families/{team.Family.Id}/bottom-lines/{lineId}/retire")).StatusCode);
    }

    [Fact]
    public async Task Reword_ADraft_FromTheList_ChangesTheWordsAndKeepsTheOldOnesInTheHistory()
    {
        var team = await PlanTeam.CreateAsync(factory, "Rewording");
        var lineId = await DraftAsync(team, "Kai is not left alone with Mark");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var basePath = $"/families/{team.Family.Id}/bottom-lines";

        var list = await client.GetPageAsync(basePath);
        var link = list.QuerySelectorAll("main a").Single(a => a.TextContent.StartsWith("Change the wording", StringComparison.Ordinal));
        Assert.Equal($"{basePath}/{lineId}/reword", link.GetAttribute("href"));

        var form = await client.GetPageAsync($"{basePath}/{lineId}/reword");
        Assert.Equal("Change the wording of the bottom line", form.Heading());
        Assert.Equal("Kai is not left alone with Mark", form.GetElementById("Text")!.TextContent.Trim());
        Assert.Equal(basePath, form.QuerySelector(".govuk-back-link")!.GetAttribute("href"));

        var saved = await client.PostFormAsync($"{basePath}/{lineId}/reword", form, ("Text", "Kai does not have unsupervised contact with Mark"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(basePath, saved.Headers.Location!.OriginalString);
        Assert.Equal("Bottom line changed. A manager needs to approve it before it can be used", (await client.GetPageAsync(basePath)).SuccessBanner());

        var line = await factory.WithDbAsync(db => db.BottomLines.AsNoTracking().SingleAsync(b => b.Id == lineId));
        Assert.Equal("Kai does not have unsupervised contact with Mark", line.Text);
        Assert.Equal(BottomLineStatus.Draft, line.Status);
        Assert.Equal(
            [(BottomLineChangeKind.Written, "Kai is not left alone with Mark"), (BottomLineChangeKind.Reworded, "Kai does not have unsupervised contact with Mark")],
            line.History.Select(h => (h.Kind, h.Text)));
        Assert.Equal(team.PractitionerId, line.History[^1].ById);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == team.Family.Id && a.Action == AuditAction.Change && a.RecordId == lineId.ToString() && a.Detail == "Changed the wording of a bottom line")));
        Assert.True(await factory.WithDbAsync(db => db.ChronologyEntries.AnyAsync(e => e.FamilyCaseId == team.Family.Id && e.Type == ChronologyEventType.Plan && e.Summary == "Bottom line reworded: Kai does not have unsupervised contact with Mark")));
    }

    [Fact]
    public async Task Reword_WithNothingOrTooMuch_ShowsTheErrorAndChangesNothing()
    {
        var team = await PlanTeam.CreateAsync(factory, "Reword errors");
        var lineId = await DraftAsync(team, "Kai goes to school every day");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var path = $"/families/{team.Family.Id}/bottom-lines/{lineId}/reword";
        var form = await client.GetPageAsync(path);

        var empty = await client.PostFormAsync(path, form, ("Text", "  "));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        (await empty.ReadPageAsync()).AssertFieldError("Text", "Enter the bottom line");

        var tooLong = await (await client.PostFormAsync(path, form, ("Text", new string('a', 2001)))).ReadPageAsync();
        tooLong.AssertFieldError("Text", "The bottom line must be 2,000 characters or less");

        var line = await factory.WithDbAsync(db => db.BottomLines.AsNoTracking().SingleAsync(b => b.Id == lineId));
        Assert.Equal("Kai goes to school every day", line.Text);
        Assert.Single(line.History);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.RecordId == lineId.ToString() && a.Detail == "Changed the wording of a bottom line")));
    }

    [Fact]
    public async Task Reword_AnApprovedLine_IsRefusedWithAPlainMessage_AndTheListOffersNoLink()
    {
        var team = await PlanTeam.CreateAsync(factory, "Reword approved");
        var lineId = await factory.WithDbAsync(async db =>
        {
            var line = BottomLine.Write(team.Family.Id, "Kai sleeps at home every night", team.PractitionerId, FamilyTestData.Now).Value!;
            line.Approve(team.ManagerId, FamilyTestData.Now);
            db.BottomLines.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var basePath = $"/families/{team.Family.Id}/bottom-lines";
        Assert.DoesNotContain((await client.GetPageAsync(basePath)).QuerySelectorAll("main a"), a => a.TextContent.StartsWith("Change the wording", StringComparison.Ordinal));

        var page = await client.GetPageAsync($"{basePath}/{lineId}/reword");
        Assert.Equal("You cannot change this bottom line", page.Heading());
        Assert.Null(page.GetElementById("Text"));

        var posted = await client.PostFormAsync($"{basePath}/{lineId}/reword", await client.GetPageAsync($"{basePath}/new"), ("Text", "Something else"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(["You can only change a bottom line before it is approved. Retire it and write a new one instead"], (await posted.ReadPageAsync()).ErrorSummary());
        var line = await factory.WithDbAsync(db => db.BottomLines.AsNoTracking().SingleAsync(b => b.Id == lineId));
        Assert.Equal("Kai sleeps at home every night", line.Text);
        Assert.Equal([BottomLineChangeKind.Written, BottomLineChangeKind.Approved], line.History.Select(h => h.Kind));
    }

    [Fact]
    public async Task Reword_ForAPractitionerInAnotherTeam_IsNotFound()
    {
        var team = await PlanTeam.CreateAsync(factory, "Guarded reword");
        var lineId = await DraftAsync(team, "Kai goes to the dentist");
        var other = await factory.CreateTeamAsync("Other reword team");
        await factory.CreateStaffAsync("other.reword.practitioner@test.familyfirst.test", Roles.Practitioner, other);
        var outsider = await factory.SignedInClientAsync("other.reword.practitioner@test.familyfirst.test");
        var path = $"/families/{team.Family.Id}/bottom-lines/{lineId}/reword";

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(path)).StatusCode);
        var posted = await outsider.PostFormAsync(path, await outsider.GetPageAsync("/families/new"), ("Text", "Something else"));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal("Kai goes to the dentist", await factory.WithDbAsync(db => db.BottomLines.Where(b => b.Id == lineId).Select(b => b.Text).SingleAsync()));
    }

    [Fact]
    public async Task Approve_IsNotOfferedToAManagerWhoChangedTheWords()
    {
        var team = await PlanTeam.CreateAsync(factory, "Reword then approve");
        var lineId = await DraftAsync(team, "Kai is collected from school by Dana");
        var manager = await factory.SignedInClientAsync(team.Manager);
        var basePath = $"/families/{team.Family.Id}/bottom-lines";
        Assert.Contains((await manager.GetPageAsync(basePath)).QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"{basePath}/{lineId}/approve");

        var form = await manager.GetPageAsync($"{basePath}/{lineId}/reword");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync($"{basePath}/{lineId}/reword", form, ("Text", "Kai is collected from school by Dana or Lee"))).StatusCode);

        Assert.DoesNotContain((await manager.GetPageAsync(basePath)).QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"{basePath}/{lineId}/approve");
        var approve = await manager.GetPageAsync($"{basePath}/{lineId}/approve");
        var refused = await (await manager.PostFormAsync($"{basePath}/{lineId}/approve", approve)).ReadPageAsync();
        Assert.Equal(["A manager who did not write this bottom line must approve it"], refused.ErrorSummary());
        Assert.Equal(BottomLineStatus.Draft, await factory.WithDbAsync(db => db.BottomLines.Where(b => b.Id == lineId).Select(b => b.Status).SingleAsync()));
    }

    [Fact]
    public async Task AManagerReturnsADraftWithComments_TheAuthorSeesThem_AndChangingTheWordsSendsItBackForApproval()
    {
        var team = await PlanTeam.CreateAsync(factory, "Returned line");
        var lineId = await DraftAsync(team, "Kai is not left alone with Mark");
        var manager = await factory.SignedInClientAsync(team.Manager);
        var practitioner = await factory.SignedInClientAsync(team.Practitioner);
        var basePath = $"/families/{team.Family.Id}/bottom-lines";
        var approvePath = $"{basePath}/{lineId}/approve";
        Assert.Contains((await manager.GetPageAsync("/approvals")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Kai is not left alone with Mark", StringComparison.Ordinal));

        // Returning needs comments, and only a manager may return it.
        var form = await manager.GetPageAsync(approvePath);
        (await (await manager.PostFormAsync(approvePath + "?handler=Return", form, [new("Comments", " ")], "form[action*='handler=Return']")).ReadPageAsync())
            .AssertFieldError("Comments", "Enter your comments for the person who wrote the bottom line");
        var byPractitioner = await practitioner.PostFormAsync(approvePath + "?handler=Return", await practitioner.GetPageAsync($"{basePath}/{lineId}/reword"), [new("Comments", "Mine")], "main form");
        Assert.NotEqual("/approvals", byPractitioner.Headers.Location?.OriginalString);
        Assert.False((await factory.WithDbAsync(db => db.BottomLines.AsNoTracking().SingleAsync(b => b.Id == lineId))).IsReturned);
        var returned = await manager.PostFormAsync(approvePath + "?handler=Return", form, [new("Comments", "Say who Mark is: his full name and relationship")], "form[action*='handler=Return']");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal("/approvals", returned.Headers.Location!.OriginalString);
        var inbox = await manager.GetPageAsync("/approvals");
        Assert.Equal("Bottom line returned with your comments. It comes back to your approvals when its words are changed", inbox.SuccessBanner());
        Assert.DoesNotContain(inbox.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Kai is not left alone with Mark", StringComparison.Ordinal));

        // The author sees the outcome on the family's bottom lines and in My work, with the manager's comments.
        var list = await practitioner.GetPageAsync(basePath);
        Assert.Contains("Returned by Returned Line Manager", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Say who Mark is: his full name and relationship", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var myWork = await practitioner.GetPageAsync("/my-work");
        var row = Assert.Single(myWork.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Kai is not left alone with Mark", StringComparison.Ordinal));
        Assert.Contains("Returned", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Say who Mark is: his full name and relationship", row.TextContent, StringComparison.Ordinal);

        // Changing the words puts it back in the inbox; once approved, My work says so.
        var reword = await practitioner.GetPageAsync($"{basePath}/{lineId}/reword");
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.PostFormAsync($"{basePath}/{lineId}/reword", reword, ("Text", "Kai is not left alone with Mark Smith, his mother's partner"))).StatusCode);
        Assert.Contains((await manager.GetPageAsync("/approvals")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Mark Smith", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(approvePath, await manager.GetPageAsync(approvePath), [], "main form")).StatusCode);
        var approvedRow = Assert.Single((await practitioner.GetPageAsync("/my-work")).QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Mark Smith", StringComparison.Ordinal));
        Assert.Contains("Approved", approvedRow.TextContent, StringComparison.Ordinal);

        var (chronology, audited) = await factory.WithDbAsync(async db => (
            await db.ChronologyEntries.AnyAsync(e => e.FamilyCaseId == team.Family.Id && e.Summary == "Bottom line returned with comments: Kai is not left alone with Mark"),
            await db.AuditEntries.AnyAsync(a => a.FamilyCaseId == team.Family.Id && a.Action == AuditAction.Change && a.Detail == "Returned a bottom line with comments")));
        Assert.True(chronology);
        Assert.True(audited);
    }

    private Task<Guid> DraftAsync(PlanTeam team, string text) =>
        factory.WithDbAsync(async db =>
        {
            var line = BottomLine.Write(team.Family.Id, text, team.PractitionerId, FamilyTestData.Now).Value!;
            db.BottomLines.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
}
