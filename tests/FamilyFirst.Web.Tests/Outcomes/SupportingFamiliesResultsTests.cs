using System.Text.Json;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Tests.Imports;

namespace FamilyFirst.Web.Tests.Outcomes;

/// <summary>
/// Families on the Supporting Families framework, imported with their framework columns, needs and outcomes: the
/// results verb under that framework, and claims under either framework, once, even when two are made at once.
/// </summary>
public class SupportingFamiliesResultsTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private static readonly DateOnly ClaimableOn = new(2024, 2, 29);

    /// <summary>
    /// A family on both programmes' data: attached to Family First in 2013 with a child's two ASB incidents before it
    /// (its crime, ASB and education result is met at 1 September 2014), and on the Supporting Families framework with
    /// needs under three headlines, all achieved before the case closed on 31 August 2023 (claimable from 29 February 2024).
    /// </summary>
    private async Task<(TestFamily Family, Guid Id)> ImportFamilyAsync(bool claimable = true)
    {
        var family = TestFamily.New();
        var families = await factory.ImportAsync(ImportKind.Families,
            "family_ref,attached_on,closed_on,framework,assessed_on,plan_agreed_on\n"
            + $"{family.FamilyRef},2013-09-01,2023-08-31,supporting-families-2022,2023-01-10,2023-02-01\n");
        Assert.Equal(1, families.Added);
        var people = await factory.ImportAsync(ImportKind.People,
            "family_ref,person_ref,given_name,family_name,date_of_birth,expecting_on\n"
            + $"{family.FamilyRef},{family.ChildRef},Zoë,O'Brien-{family.ChildRef},2008-01-15,\n"
            + $"{family.FamilyRef},{family.AdultRef},Sam,O'Brien-{family.ChildRef},1980-05-01,2023-06-01\n");
        Assert.Equal(2, people.Added);
        await factory.ImportAsync(ImportKind.Asb, $"person_ref,incident_date,incident_type\n{family.ChildRef},2013-04-01,Noise\n{family.ChildRef},2013-08-31,Vandalism\n");
        var needs = await factory.ImportAsync(ImportKind.Needs,
            "family_ref,headline,need,identified_on,person_ref,identified_by,evidence_source,evidence\n"
            + $"{family.FamilyRef},education,poor-attendance,2023-01-10,{family.ChildRef},School,school-records,Attendance 71%\n"
            + $"{family.FamilyRef},housing,rent-arrears,2023-01-10,,Housing officer,housing-records,\n"
            + $"{family.FamilyRef},financial-stability,problem-debt,2023-01-20,,Lead practitioner,practitioner-assessment,\n");
        Assert.Equal(3, needs.Added);
        var outcomes = await factory.ImportAsync(ImportKind.Outcomes,
            "family_ref,headline,need,achieved_on,lapsed_on,evidence_source,evidence\n"
            + $"{family.FamilyRef},education,poor-attendance,2023-06-01,,school-records,Attendance 96% in the summer term\n"
            + $"{family.FamilyRef},housing,rent-arrears,2023-05-01,,housing-records,Arrears cleared\n"
            + $"{family.FamilyRef},financial-stability,problem-debt,2023-07-01,{(claimable ? string.Empty : "2024-02-28")},dwp-records,Debt plan kept\n");
        Assert.Equal(3, outcomes.Added);
        return (family, await IdAsync(family.FamilyRef));
    }

    private async Task<Guid> IdAsync(string reference)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().FamilyCases.Where(f => f.Reference == reference).Select(f => f.Id).SingleAsync();
    }

    private async Task<Domain.Common.Result> ClaimAsync(Guid id, ClaimableResult result, DateOnly asAt)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ResultClaims>().ClaimAsync(id, result, asAt, new Actor(null, "Test manager"), default);
    }

    [Fact]
    public async Task TheFamiliesFile_SetsTheFrameworkAndDates_AndAReImportChangesNothing()
    {
        var (family, id) = await ImportFamilyAsync();
        var again = await factory.ImportAsync(ImportKind.Families,
            "family_ref,attached_on,closed_on,framework,assessed_on,plan_agreed_on\n"
            + $"{family.FamilyRef},2013-09-01,2023-08-31,supporting-families-2022,2023-01-10,2023-02-01\n");
        var peopleAgain = await factory.ImportAsync(ImportKind.People,
            "family_ref,person_ref,given_name,family_name,date_of_birth,expecting_on\n"
            + $"{family.FamilyRef},{family.AdultRef},Sam,O'Brien-{family.ChildRef},1980-05-01,2023-06-01\n");

        Assert.Equal((0, 0, 1), (again.Added, again.Updated, again.Duplicates));
        Assert.Equal((0, 0, 1), (peopleAgain.Added, peopleAgain.Updated, peopleAgain.Duplicates));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var held = await db.FamilyCases.AsNoTracking().SingleAsync(f => f.Id == id);
        Assert.Equal((OutcomeFramework.SupportingFamilies2022, new DateOnly(2023, 1, 10), new DateOnly(2023, 2, 1), new DateOnly(2023, 8, 31)),
            (held.Framework, held.WholeFamilyAssessedOn!.Value, held.PlanAgreedOn!.Value, held.ClosedOn!.Value));
        Assert.Equal(new DateOnly(2023, 6, 1), await db.People.Where(p => p.Reference == family.AdultRef).Select(p => p.ExpectingOn).SingleAsync());
    }

    [Fact]
    public async Task BadFrameworkValues_AreRejectedWithLineAndColumn_AndNothingIsImported()
    {
        var family = TestFamily.New();
        var outcome = await factory.ImportAsync(ImportKind.Families,
            "family_ref,attached_on,framework,assessed_on,plan_agreed_on\n"
            + $"{family.FamilyRef},2013-09-01,supporting-families,2023-01-10,2023-02-01\n"
            + $"{family.FamilyRef}X,2013-09-01,supporting-families-2022,2023-02-10,2023-02-01\n");

        Assert.Equal(0, outcome.Added);
        Assert.Contains("Line 2: framework must be family-first-2012 or supporting-families-2022", outcome.Validation.Errors.Select(e => e.Message));
        Assert.Contains("Line 3: plan_agreed_on must be the same as or after assessed_on", outcome.Validation.Errors.Select(e => e.Message));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<AppDbContext>().FamilyCases.AnyAsync(f => f.Reference == family.FamilyRef));
    }

    [Fact]
    public async Task ResultsUnderSupportingFamilies_HaveTheContractColumns_AsCsvAndJson()
    {
        var (family, _) = await ImportFamilyAsync();
        var (lapsed, _) = await ImportFamilyAsync(claimable: false);

        var (exit, csv, error) = await factory.RunVerbAsync("results", "--as-at", "2024-02-29", "--framework", "supporting-families-2022");
        var (jsonExit, json, _) = await factory.RunVerbAsync("results", "--as-at", "2024-02-29", "--framework", "supporting-families-2022", "--format", "json");

        Assert.Equal((0, 0), (exit, jsonExit));
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("family_ref,closed_on,dependent_child_or_expectant,headlines_with_needs,needs,needs_sustained,lead_practitioner,assessed,plan_covers_needs,claimable,claimable_from", lines[0]);
        // No lead practitioner was named in the file, so neither family is claimable.
        Assert.Contains($"{family.FamilyRef},2023-08-31,true,3,3,3,false,true,true,false,", lines);
        Assert.Contains($"{lapsed.FamilyRef},2023-08-31,true,3,3,2,false,true,true,false,", lines);
        Assert.Contains("Results under supporting-families-2022 at 2024-02-29", error);
        using var document = JsonDocument.Parse(json);
        var row = document.RootElement.EnumerateArray().Single(e => e.GetProperty("family_ref").GetString() == family.FamilyRef);
        Assert.Equal(3, row.GetProperty("needs_sustained").GetInt32());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("claimable_from").ValueKind);
        Assert.Equal(3, row.GetProperty("needs").GetArrayLength());
        Assert.Contains("No lead practitioner is recorded", row.GetProperty("working").EnumerateArray().Select(w => w.GetString()));
    }

    private async Task AllocateAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var family = await db.FamilyCases.SingleAsync(f => f.Id == id);
        family.Reopen("To allocate", Guid.NewGuid(), DateTimeOffset.UtcNow);
        family.Allocate(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        family.Close("Done", Guid.NewGuid(), DateTimeOffset.UtcNow, new DateOnly(2023, 8, 31));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task ASupportingFamiliesResult_IsClaimedOnce_WithEachNeedsEvidence_AndNotUnderTheOtherFramework()
    {
        var (_, id) = await ImportFamilyAsync();
        await AllocateAsync(id);

        var tooSoon = await ClaimAsync(id, ClaimableResult.SupportingFamilies, ClaimableOn.AddDays(-1));
        var first = await ClaimAsync(id, ClaimableResult.SupportingFamilies, ClaimableOn);
        var again = await ClaimAsync(id, ClaimableResult.SupportingFamilies, ClaimableOn);
        var original = await ClaimAsync(id, ClaimableResult.CrimeAsbEducation, new DateOnly(2014, 9, 1));

        Assert.False(tooSoon.Succeeded);
        Assert.True(first.Succeeded, first.Error);
        Assert.Equal("The Supporting Families successful family outcome result has already been claimed for this family", again.Error);
        Assert.Equal("This family's result has already been claimed under Supporting Families (2022 to 2025), so it cannot be claimed under Family First (2012 to 2015)", original.Error);
        await using var scope = factory.Services.CreateAsyncScope();
        var claim = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ResultClaims.AsNoTracking().SingleAsync(c => c.FamilyCaseId == id);
        Assert.Equal(OutcomeFramework.SupportingFamilies2022, claim.Framework);
        using var evidence = JsonDocument.Parse(claim.Evidence);
        var needs = evidence.RootElement.GetProperty("needs").EnumerateArray().ToList();
        Assert.Equal(3, needs.Count);
        var education = needs.Single(n => n.GetProperty("headline").GetString() == "education");
        Assert.Equal(("school-records", "2023-01-10", "2023-06-01", "Attendance 96% in the summer term"),
            (education.GetProperty("evidence_source").GetString(), education.GetProperty("identified_on").GetString(), education.GetProperty("achieved_on").GetString(), education.GetProperty("outcome_evidence").GetString()));
    }

    [Fact]
    public async Task TwoClaimsAtOnce_ExactlyOneWins_TheOtherIsToldWhy()
    {
        var (_, id) = await ImportFamilyAsync();
        await AllocateAsync(id);
        var (_, other) = await ImportFamilyAsync();
        await AllocateAsync(other);

        var same = await Task.WhenAll(
            Task.Run(() => ClaimAsync(id, ClaimableResult.SupportingFamilies, ClaimableOn)),
            Task.Run(() => ClaimAsync(id, ClaimableResult.SupportingFamilies, ClaimableOn)));
        var crossed = await Task.WhenAll(
            Task.Run(() => ClaimAsync(other, ClaimableResult.SupportingFamilies, ClaimableOn)),
            Task.Run(() => ClaimAsync(other, ClaimableResult.CrimeAsbEducation, new DateOnly(2014, 9, 1))));

        Assert.Single(same, r => r.Succeeded);
        Assert.Equal("The Supporting Families successful family outcome result has already been claimed for this family", Assert.Single(same, r => !r.Succeeded).Error);
        Assert.Single(crossed, r => r.Succeeded);
        Assert.StartsWith("This family's result has already been claimed under", Assert.Single(crossed, r => !r.Succeeded).Error);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(1, await db.ResultClaims.CountAsync(c => c.FamilyCaseId == id));
        Assert.Equal(1, await db.ResultClaims.CountAsync(c => c.FamilyCaseId == other));
    }
}
