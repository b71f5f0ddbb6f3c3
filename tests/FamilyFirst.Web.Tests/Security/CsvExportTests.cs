using FamilyFirst.Web.Data;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>
/// Every CSV download goes through the one writer (<c>CsvFormat</c>), which writes a value a spreadsheet would run as
/// a formula with a leading apostrophe. The downloads carrying text people typed or imported are checked here; the
/// conference dashboard and the impact report write only fixed labels and figures through the same writer, and the
/// results export only references, dates, flags and counts (its family references are validated on import).
/// </summary>
public class CsvExportTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"Open\")";

    [Fact]
    public async Task PreProceedingsReport_WritesAFamilyNameStartingWithEquals_AsText()
    {
        var team = await factory.CreateTeamAsync("Formula report team");
        var leadId = await factory.CreateStaffAsync("formula.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("formula.manager@test.familyfirst.test", Roles.Manager, team);
        var family = await factory.CreateFamilyAsync(Formula, leadId, team);
        var lead = await factory.SignedInClientAsync("formula.lead@test.familyfirst.test");
        var url = $"/families/{family.Id}/pre-proceedings/applications/new";
        await lead.PostFormAsync(url, await lead.GetPageAsync(url), ("AppliedOn.Day", "3"), ("AppliedOn.Month", "11"), ("AppliedOn.Year", "2026"));

        var manager = await factory.SignedInClientAsync("formula.manager@test.familyfirst.test");
        var csv = await (await manager.GetAsync("/conferences/pre-proceedings?handler=Csv")).Content.ReadAsStringAsync();

        Assert.Contains($"{family.Reference},\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Open\"\")\",2026-11-03", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimsDownload_WritesAClaimantNameStartingWithAFormula_AsText()
    {
        var team = await factory.CreateTeamAsync("Formula claims team");
        var leadId = await factory.CreateStaffAsync("formula.claims.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("formula.analyst@test.familyfirst.test", Roles.Analyst, team);
        var family = await factory.CreateFamilyAsync("Formula claims family", leadId, team);
        await factory.WithDbAsync(async db =>
        {
            // A claim names its family's claimed framework (a family's results are claimed under one framework only).
            db.FamilyClaimFrameworks.Add(new FamilyClaimFramework { FamilyCaseId = family.Id, Framework = Domain.Outcomes.OutcomeFramework.FamilyFirst2012, FirstClaimedAtUtc = new DateTime(2026, 9, 2, 10, 0, 0, DateTimeKind.Utc) });
            db.ResultClaims.Add(new ResultClaim
            {
                FamilyCaseId = family.Id,
                FamilyReference = family.Reference,
                Result = ClaimableResult.CrimeAsbEducation,
                AsAt = new DateOnly(2026, 9, 1),
                ClaimedAtUtc = new DateTime(2026, 9, 2, 10, 0, 0, DateTimeKind.Utc),
                ClaimedByName = "@SUM(1+1)*cmd|' /C calc'!A0",
                Evidence = "{}",
            });
            return await db.SaveChangesAsync();
        });
        var analyst = await factory.SignedInClientAsync("formula.analyst@test.familyfirst.test");

        var csv = await (await analyst.GetAsync("/results/claims?handler=Download")).Content.ReadAsStringAsync();

        Assert.Contains($"{family.Reference},crime_asb_education,2026-09-01,2026-09-02T10:00:00Z,'@SUM(1+1)*cmd|' /C calc'!A0", csv, StringComparison.Ordinal);
    }
}
