using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Plans;

/// <summary>The family plan pages: writing, agreeing and revising a plan, coverage of bottom lines, print, drafts and access.</summary>
public class FamilyPlanPageTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private const string FamilyWords = "Dana will <b>walk</b> Kai to school & \"always\" ring Nan  first\nthen Lee";

    [Fact]
    public async Task Plan_IsWrittenAgreedRevisedAndComparedVersionToVersion()
    {
        var team = await PlanTeam.CreateAsync(factory, "Agreeing");
        var client = await factory.SignedInClientAsync(team.Practitioner);

        var empty = await client.GetPageAsync(team.PlanPath);
        Assert.Contains("No plan has been written for this family yet", empty.Body!.TextContent, StringComparison.Ordinal);
        await client.CreatePlanAsync(team.PlanPath);
        await client.AddActionAsync(team.PlanPath, "Dana walks Kai to school every day").Redirected();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SaveDetailsAsync(team.PlanPath, "We ring Nan and Kai stays with her")).StatusCode);
        var agreed = await client.AgreeAsync(team.PlanPath);
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        var afterAgree = await client.GetPageAsync(team.PlanPath);
        Assert.Equal("Version 1 of the plan has been agreed", afterAgree.SuccessBanner());

        // An agreed change is a new version: start one, change the action, agree it.
        var revise = await client.PostFormAsync($"{team.PlanPath}?handler=Revise", afterAgree, ("revision", ((AngleSharp.Html.Dom.IHtmlInputElement)afterAgree.QuerySelector("input[name=revision]")!).Value));
        Assert.Equal(HttpStatusCode.Redirect, revise.StatusCode);
        var key = await factory.WithDbAsync(async db => (await db.FamilyPlans.SingleAsync(p => p.FamilyId == team.Family.Id)).Draft!.Actions.Single().ActionKey);
        var form = await client.GetPageAsync($"{team.PlanPath}/actions/{key}");
        Assert.Equal("Dana walks Kai to school every day", form.QuerySelector("#Input_What")!.TextContent.Trim());
        var values = new List<(string, string)> { ("Revision", form.Revision()), ("Input.What", "Dana walks Kai to school on weekdays"), ("Input.Owner", form.ChoiceValue("Input.Owner", "Dana")), ("Input.WhoChecks", "Sam the social worker"), ("Input.AddressesBottomLine", string.Empty) };
        values.AddRange(PlanForms.Date("Input.ByWhen", new DateOnly(2027, 1, 15)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync($"{team.PlanPath}/actions/{key}", form, values.ToArray())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.AgreeAsync(team.PlanPath)).StatusCode);

        var version2 = await client.GetPageAsync($"{team.PlanPath}/versions/2");
        Assert.Equal("Family plan version 2", version2.Heading());
        Assert.Contains("weekdays", version2.QuerySelector(".app-diff ins.app-diff__added")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(version2.QuerySelectorAll(".app-diff del.app-diff__removed"), d => d.TextContent.Contains("every day", StringComparison.Ordinal));
        var version1 = await client.GetPageAsync($"{team.PlanPath}/versions/1");
        Assert.Contains("Dana walks Kai to school every day", version1.Body!.TextContent, StringComparison.Ordinal);

        var chronology = await factory.WithDbAsync(db => db.ChronologyEntries.Where(e => e.FamilyCaseId == team.Family.Id && e.Type == ChronologyEventType.Plan).Select(e => e.Summary).ToListAsync());
        Assert.Contains("Family plan agreed (version 1)", chronology);
        Assert.Contains("Family plan revised: version 2 agreed", chronology);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.FamilyCaseId == team.Family.Id && a.RecordType == nameof(FamilyPlan)).Select(a => a.Action).ToListAsync());
        Assert.Contains(Domain.Audit.AuditAction.View, audited);
        Assert.Contains(Domain.Audit.AuditAction.Change, audited);
    }

    [Fact]
    public async Task Agree_WithAnActiveBottomLineNoActionAddresses_IsRefusedUntilItSaysHowThePlanMeetsIt()
    {
        var team = await PlanTeam.CreateAsync(factory, "Coverage");
        var practitioner = await factory.SignedInClientAsync(team.Practitioner);
        var manager = await factory.SignedInClientAsync(team.Manager);
        var newLine = await practitioner.GetPageAsync($"/families/{team.Family.Id}/bottom-lines/new");
        await practitioner.PostFormAsync($"/families/{team.Family.Id}/bottom-lines/new", newLine, ("Text", "Kai does not have unsupervised contact with Mark"));
        var lineId = await factory.WithDbAsync(db => db.BottomLines.Where(b => b.FamilyId == team.Family.Id).Select(b => b.Id).SingleAsync());
        var approve = await manager.GetPageAsync($"/families/{team.Family.Id}/bottom-lines/{lineId}/approve");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync($"/families/{team.Family.Id}/bottom-lines/{lineId}/approve", approve)).StatusCode);

        await practitioner.CreatePlanAsync(team.PlanPath);
        await practitioner.AddActionAsync(team.PlanPath, "Dana takes Kai swimming");
        await practitioner.SaveDetailsAsync(team.PlanPath, "We ring Nan");
        var refused = await (await practitioner.AgreeAsync(team.PlanPath)).ReadPageAsync();
        refused.AssertFieldError("HowMet_0__How", "Enter how the plan meets the bottom line ‘Kai does not have unsupervised contact with Mark’. A plan cannot be agreed while a bottom line is not met");
        Assert.Null(await factory.WithDbAsync(async db => (await db.FamilyPlans.SingleAsync(p => p.FamilyId == team.Family.Id)).CurrentVersion));

        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.AgreeAsync(team.PlanPath, "Contact with Mark is covered by the court order")).StatusCode);
        var version = await factory.WithDbAsync(async db => (await db.FamilyPlans.SingleAsync(p => p.FamilyId == team.Family.Id)).CurrentVersion!);
        Assert.Equal([lineId], version.UncoveredBottomLineIds);
        Assert.Equal("‘Kai does not have unsupervised contact with Mark’: Contact with Mark is covered by the court order", version.UncoveredBottomLinesReason);
    }

    [Fact]
    public async Task Agree_WhenAnActionAddressesEveryBottomLine_NeedsNoReason()
    {
        var team = await PlanTeam.CreateAsync(factory, "Covered");
        var lineId = await factory.WithDbAsync(async db =>
        {
            var line = BottomLine.Write(team.Family.Id, "Kai goes to school every day", team.PractitionerId, FamilyTestData.Now).Value!;
            line.Approve(team.ManagerId, FamilyTestData.Now);
            db.BottomLines.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
        var client = await factory.SignedInClientAsync(team.Practitioner);
        await client.CreatePlanAsync(team.PlanPath);
        await client.AddActionAsync(team.PlanPath, "Dana walks Kai to school", bottomLineId: lineId.ToString("D"));
        await client.SaveDetailsAsync(team.PlanPath, "We ring Nan");

        Assert.Equal(HttpStatusCode.Redirect, (await client.AgreeAsync(team.PlanPath)).StatusCode);
    }

    [Fact]
    public async Task AddAction_WithNothingEntered_ShowsEachError()
    {
        var team = await PlanTeam.CreateAsync(factory, "Action errors");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        await client.CreatePlanAsync(team.PlanPath);
        var form = await client.GetPageAsync($"{team.PlanPath}/actions");

        var page = await (await client.PostFormAsync($"{team.PlanPath}/actions", form, ("Revision", form.Revision()), ("Input.What", ""), ("Input.OwnerName", ""), ("Input.ByWhen.Day", ""), ("Input.ByWhen.Month", ""), ("Input.ByWhen.Year", ""), ("Input.WhoChecks", ""))).ReadPageAsync();

        page.AssertFieldError("Input_What", "Enter what will be done");
        page.AssertFieldError("Input_Owner", "Select who will do this");
        page.AssertFieldError("Input_ByWhen", "Enter the date the action will be done by");
        page.AssertFieldError("Input_WhoChecks", "Enter who will check this has been done");
    }

    [Fact]
    public async Task SecondSave_OfTheSamePlan_IsRefusedAndKeepsTheirText()
    {
        var team = await PlanTeam.CreateAsync(factory, "Concurrent");
        var first = await factory.SignedInClientAsync(team.Practitioner);
        var second = await factory.SignedInClientAsync(team.Manager);
        await first.CreatePlanAsync(team.PlanPath);
        var firstForm = await first.GetPageAsync($"{team.PlanPath}/details");
        var secondForm = await second.GetPageAsync($"{team.PlanPath}/details");

        var saved = await first.PostFormAsync($"{team.PlanPath}/details", firstForm, ("Revision", firstForm.Revision()), ("Input.ContingencyPlan", "Nan has the children"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var refused = await second.PostFormAsync($"{team.PlanPath}/details", secondForm, ("Revision", secondForm.Revision()), ("Input.ContingencyPlan", FamilyWords));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        var page = HtmlAssertions.Parse(html);
        Assert.Contains(FamilyPlan.StaleMessage, page.ErrorSummary());
        Assert.Equal(FamilyWords, page.QuerySelector("#Input_ContingencyPlan")!.TextContent.TrimStart('\n').Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.DoesNotContain("<b>walk</b>", html, StringComparison.Ordinal);
        Assert.Contains("Nan has the children", page.QuerySelector("#saved-now")!.TextContent, StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(async db => (await db.FamilyPlans.SingleAsync(p => p.FamilyId == team.Family.Id)).Draft!.ContingencyPlan);
        Assert.Equal("Nan has the children", stored);

        // Their text is kept as a draft too, and comes back when they return to the form.
        var back = await second.GetPageAsync($"{team.PlanPath}/details");
        Assert.Equal(FamilyWords, back.QuerySelector("#Input_ContingencyPlan")!.TextContent.TrimStart('\n').Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConcurrentSaves_InTheDatabase_TheSecondIsRefusedByTheRevisionToken()
    {
        var team = await PlanTeam.CreateAsync(factory, "Token");
        var planId = await factory.WithDbAsync(async db =>
        {
            var plan = FamilyPlan.StartDirect(team.Family.Id, team.PractitionerId, FamilyTestData.Now);
            db.FamilyPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

        await using var scopeA = factory.Services.CreateAsyncScope();
        await using var scopeB = factory.Services.CreateAsyncScope();
        var dbA = scopeA.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var dbB = scopeB.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
        var planA = await dbA.FamilyPlans.SingleAsync(p => p.Id == planId);
        var planB = await dbB.FamilyPlans.SingleAsync(p => p.Id == planId);
        planA.UpdateDetails("A's contingency", null, null, null, null);
        planB.UpdateDetails("B's contingency", null, null, null, null);

        await dbA.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbB.SaveChangesAsync());
        var stored = await factory.WithDbAsync(async db => (await db.FamilyPlans.AsNoTracking().SingleAsync(p => p.Id == planId)));
        Assert.Equal("A's contingency", stored.Draft!.ContingencyPlan);
        Assert.Equal(2, stored.Revision);
    }

    [Fact]
    public async Task SaveAsDraft_KeepsWhatWasTyped_UntilTheyComeBack()
    {
        var team = await PlanTeam.CreateAsync(factory, "Drafts");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        await client.CreatePlanAsync(team.PlanPath);
        var form = await client.GetPageAsync($"{team.PlanPath}/actions");

        var kept = await client.PostFormAsync($"{team.PlanPath}/actions", form, ("Revision", form.Revision()), ("Input.What", "Half-written action"), ("Intent", "draft"));

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        var back = await client.GetPageAsync($"{team.PlanPath}/actions");
        Assert.Equal("Half-written action", back.QuerySelector("#Input_What")!.TextContent.Trim());
        Assert.NotNull(back.QuerySelector(".govuk-notification-banner"));
        var actions = await factory.WithDbAsync(async db => (await db.FamilyPlans.SingleAsync(p => p.FamilyId == team.Family.Id)).Draft!.Actions.Count);
        Assert.Equal(0, actions);
    }

    [Fact]
    public async Task PrintedPlan_KeepsTheFamilysWordsExactly_AndEncoded()
    {
        var team = await PlanTeam.CreateAsync(factory, "Printing");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        await client.CreatePlanAsync(team.PlanPath);
        await client.AddActionAsync(team.PlanPath, FamilyWords);
        await client.SaveDetailsAsync(team.PlanPath, "If it goes wrong <script>alert(1)</script> we ring Nan");
        await client.AgreeAsync(team.PlanPath);

        var response = await client.GetAsync($"{team.PlanPath}/print");
        var html = await response.Content.ReadAsStringAsync();
        var page = HtmlAssertions.Parse(html);

        Assert.Equal("Our family plan", page.Heading());
        Assert.Equal(FamilyWords, page.QuerySelector(".app-printable-plan__action .app-family-words")!.TextContent);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>walk</b>", html, StringComparison.Ordinal);
        Assert.Contains(PrintablePlan.ContingencyHeading, page.Body!.TextContent, StringComparison.Ordinal);
        var exported = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == team.Family.Id && a.Action == Domain.Audit.AuditAction.Export));
        Assert.True(exported);
    }

    [Fact]
    public async Task EveryPlanPage_ForAPractitionerInAnotherTeam_IsNotFound()
    {
        var team = await PlanTeam.CreateAsync(factory, "Private plan");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        await client.CreatePlanAsync(team.PlanPath);
        await client.AddActionAsync(team.PlanPath, "Dana walks Kai to school");
        await client.SaveDetailsAsync(team.PlanPath, "We ring Nan");
        await client.AgreeAsync(team.PlanPath);
        var other = await factory.CreateTeamAsync("Other plan team");
        await factory.CreateStaffAsync("other.plan.practitioner@test.familyfirst.test", Roles.Practitioner, other);
        var outsider = await factory.SignedInClientAsync("other.plan.practitioner@test.familyfirst.test");
        var id = team.Family.Id;

        foreach (var path in new[] { "plan", "plan/details", "plan/actions", "plan/agree", "plan/review", "plan/versions/1", "plan/print", "bottom-lines", "bottom-lines/new", "safety", "safety/assessment", "safety/ratings/new" })
        {
            Assert.True((await outsider.GetAsync($"/families/{id}/{path}")).StatusCode == HttpStatusCode.NotFound, path);
        }
    }
}
