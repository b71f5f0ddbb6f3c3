using AngleSharp.Dom;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Imports;

namespace FamilyFirst.Web.Tests.Outcomes;

/// <summary>
/// A family's outcome framework set on its record (errors for bad answers, nothing changed, audited), and a Supporting
/// Families result claimed from the results page, listed in its quarter with the evidence behind it, and downloaded as
/// CSV and Excel; the impact report shows the Supporting Families figures.
/// </summary>
public class FrameworkAndClaimsPagesTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task TheFramework_IsSetOnTheFamilysRecord_WithErrorsForBadAnswers_AndAudited()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var team = await factory.CreateTeamAsync("Framework " + suffix);
        var other = await factory.CreateTeamAsync("Framework other " + suffix);
        var lead = await factory.CreateStaffAsync($"framework.lead.{suffix}@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync($"framework.other.{suffix}@test.familyfirst.test", Roles.Practitioner, other);
        var family = await factory.CreateFamilyAsync("Frame family", lead, team, null, ("Ada", "Frame", new DateOnly(2015, 2, 9), FamilyRole.ChildOrYoungPerson));
        var client = await factory.SignedInClientAsync($"framework.lead.{suffix}@test.familyfirst.test");
        var path = $"/families/{family.Id}/needs/framework";

        var form = await client.GetPageAsync(path);
        var unknown = await (await client.PostFormAsync(path, form, ("Framework", "supporting-families"))).ReadPageAsync();
        unknown.AssertFieldError("Framework", "Select the outcome framework");
        (string, string)[] Answers(string planDay) =>
        [
            ("Framework", "supporting-families-2022"),
            ("WholeFamilyAssessedOn.Day", "10"), ("WholeFamilyAssessedOn.Month", "9"), ("WholeFamilyAssessedOn.Year", "2026"),
            ("PlanAgreedOn.Day", planDay), ("PlanAgreedOn.Month", "9"), ("PlanAgreedOn.Year", "2026"),
        ];
        var planFirst = await (await client.PostFormAsync(path, form, Answers("9"))).ReadPageAsync();
        planFirst.AssertFieldError("PlanAgreedOn", "The date the plan was agreed must be the same as or after the date of the whole-family assessment");
        Assert.Equal(OutcomeFramework.FamilyFirst2012, await factory.WithDbAsync(db => db.FamilyCases.Where(f => f.Id == family.Id).Select(f => f.Framework).SingleAsync()));

        var saved = await client.PostFormAsync(path, form, Answers("20"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var needs = await client.GetPageAsync($"/families/{family.Id}/needs");
        Assert.Equal("The family's outcome framework is Supporting Families (2022 to 2025)", needs.SuccessBanner());
        var text = needs.QuerySelector("main")!.TextContent;
        Assert.Contains("Supporting Families result today", text, StringComparison.Ordinal);
        Assert.Contains("Plan agreed on 20 September 2026", text, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == family.Id && a.Detail!.StartsWith("Outcome framework set to supporting-families-2022"))));

        var outsider = await factory.SignedInClientAsync($"framework.other.{suffix}@test.familyfirst.test");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task ASupportingFamiliesResult_IsClaimedFromTheResultsPage_ListedInItsQuarter_WithItsEvidence_AndDownloaded()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var team = await factory.CreateTeamAsync("Claims " + suffix);
        var lead = await factory.CreateStaffAsync($"claims.lead.{suffix}@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync($"claims.manager.{suffix}@test.familyfirst.test", Roles.Manager, team);
        var family = TestFamily.New();
        await factory.ImportAsync(ImportKind.Families, $"family_ref,attached_on,framework,assessed_on,plan_agreed_on\n{family.FamilyRef},2023-01-05,supporting-families-2022,2023-01-10,2023-02-01\n");
        await factory.ImportAsync(ImportKind.People, family.PeopleCsv().Replace("2000-01-15", "2010-01-15", StringComparison.Ordinal));
        await factory.ImportAsync(ImportKind.Needs,
            "family_ref,headline,need,identified_on,identified_by,evidence_source\n"
            + $"{family.FamilyRef},education,poor-attendance,2023-01-10,School,school-records\n"
            + $"{family.FamilyRef},housing,rent-arrears,2023-01-10,Housing officer,housing-records\n"
            + $"{family.FamilyRef},crime,youth-offending,2023-01-10,Youth justice,police-records\n");
        await factory.ImportAsync(ImportKind.Outcomes,
            "family_ref,headline,need,achieved_on,evidence_source,evidence\n"
            + $"{family.FamilyRef},education,poor-attendance,2023-06-01,school-records,Attendance 96%\n"
            + $"{family.FamilyRef},housing,rent-arrears,2023-05-01,housing-records,Arrears cleared\n"
            + $"{family.FamilyRef},crime,youth-offending,2023-07-01,police-records,No offences since March\n");
        var id = await factory.WithDbAsync(async db =>
        {
            var held = await db.FamilyCases.SingleAsync(f => f.Reference == family.FamilyRef);
            Assert.True(held.Allocate(lead, team, lead, FamilyTestData.Now).Succeeded);
            Assert.True(held.Close("Plan completed", lead, FamilyTestData.Now, new DateOnly(2023, 8, 31)).Succeeded);
            await db.SaveChangesAsync();
            return held.Id;
        });
        var manager = await factory.SignedInClientAsync($"claims.manager.{suffix}@test.familyfirst.test");
        var url = $"/results/families/{id}?asAt=2024-02-29";

        var results = await manager.GetPageAsync(url);
        var text = results.QuerySelector("main")!.TextContent;
        Assert.Contains("Claimable from 29 February 2024", text, StringComparison.Ordinal);
        var claimed = await manager.PostFormAsync($"/results/families/{id}?handler=Claim&asAt=2024-02-29", results, ("result", nameof(ClaimableResult.SupportingFamilies)));
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        var after = await manager.GetPageAsync(url);
        Assert.Equal("The Supporting Families successful family outcome result was claimed.", after.SuccessBanner());
        Assert.Null(after.QuerySelector("input[name=result][value=SupportingFamilies]"));
        var again = await (await manager.PostFormAsync($"/results/families/{id}?handler=Claim&asAt=2024-02-29", results, ("result", nameof(ClaimableResult.SupportingFamilies)))).Content.ReadAsStringAsync();
        Assert.Equal(1, await factory.WithDbAsync(db => db.ResultClaims.CountAsync(c => c.FamilyCaseId == id)));

        var claims = await manager.GetPageAsync("/results/claims");
        var row = claims.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(family.FamilyRef, StringComparison.Ordinal));
        Assert.Contains("Supporting Families (2022 to 2025)", row.TextContent, StringComparison.Ordinal);
        var evidenceLink = row.QuerySelector("a")!.GetAttribute("href")!;
        var evidence = await manager.GetPageAsync(evidenceLink);
        var lines = evidence.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Contains(lines, l => l.Contains("Attendance 96%", StringComparison.Ordinal) && l.Contains("2023-01-10", StringComparison.Ordinal) && l.Contains("2023-06-01", StringComparison.Ordinal));

        var quarter = ClaimQuarter.Of(DateOnly.FromDateTime(DateTime.UtcNow)).Code;
        var lastQuarter = await manager.GetPageAsync("/results/claims?quarter=" + ClaimQuarter.Of(DateOnly.FromDateTime(DateTime.UtcNow)).Previous.Code);
        Assert.DoesNotContain(family.FamilyRef, lastQuarter.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var csv = await (await manager.GetAsync($"/results/claims?handler=Download&quarter={quarter}")).Content.ReadAsStringAsync();
        Assert.Contains($"{family.FamilyRef},supporting_families_outcome,2024-02-29,", csv, StringComparison.Ordinal);
        Assert.Contains(",supporting-families-2022,", csv, StringComparison.Ordinal);
        Assert.Contains("family_ref,result,part,evidence,from,to,lapsed_on,met", csv, StringComparison.Ordinal);
        Assert.Contains($"{family.FamilyRef},supporting_families_outcome,education: A child does not attend school regularly", csv, StringComparison.Ordinal);
        var xlsx = await manager.GetAsync($"/results/claims?handler=Download&quarter={quarter}&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.RecordType == nameof(ResultClaim) && a.RecordId == quarter)));

        var impact = await manager.GetPageAsync("/reports/impact?AsAt.Day=29&AsAt.Month=2&AsAt.Year=2024");
        Assert.Contains("Supporting Families (2022 to 2025)", impact.QuerySelector("#supporting-families")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Claimable", impact.QuerySelector("#supporting-families")!.ParentElement!.TextContent, StringComparison.Ordinal);
        _ = again;
    }

    [Fact]
    public async Task ANewFamily_IsOnTheCouncilsDefaultFramework_OpenedOrImported()
    {
        using var council = new FamilyFirstFactory().WithSetting("OutcomeFramework:Default", "supporting-families-2022");
        var team = await council.CreateTeamAsync("Default framework team");
        await council.CreateStaffAsync("default.framework@test.familyfirst.test", Roles.Practitioner, team);
        var client = await council.SignedInClientAsync("default.framework@test.familyfirst.test");
        var form = await client.GetPageAsync("/families/new");
        var lead = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=LeadPractitioner]")!.Value;

        var opened = await client.PostFormAsync("/families/new", form, ("FamilyName", "Default family"), ("ReasonForInvolvement", "Help"), ("LeadPractitioner", lead), ("AttachToFamilyFirst", "no"));
        var imported = TestFamily.New();
        await council.ImportAsync(ImportKind.Families, imported.FamiliesCsv());
        var listed = TestFamily.New();
        await council.ImportAsync(ImportKind.Families, $"family_ref,attached_on,framework\n{listed.FamilyRef},2013-09-01,family-first-2012\n");

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var frameworks = await council.WithDbAsync(db => db.FamilyCases.ToDictionaryAsync(f => f.FamilyName, f => f.Framework));
        Assert.Equal(OutcomeFramework.SupportingFamilies2022, frameworks["Default family"]);
        Assert.Equal(OutcomeFramework.SupportingFamilies2022, frameworks["Family " + imported.FamilyRef]);
        Assert.Equal(OutcomeFramework.FamilyFirst2012, frameworks["Family " + listed.FamilyRef]);
    }
}
