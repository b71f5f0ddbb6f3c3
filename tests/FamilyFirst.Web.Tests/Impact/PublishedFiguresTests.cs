using System.Text.Json;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Imports;

namespace FamilyFirst.Web.Tests.Impact;

/// <summary>
/// The council's published headline figures (91% reduced offending, over two thirds raised attendance above 85%,
/// 41% had an adult enter work) come out of raw partner files: the sample files in docs/sample-data, each family
/// built by hand from the rules of docs/outcome-rules.md, part 1 (see its README), are imported through the import verb and
/// reported by the report verb and the staff page, as a council would.
/// </summary>
public class PublishedFiguresTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private static readonly string[] Kinds = ["families", "people", "offences", "attendance", "exclusions", "benefits", "employment", "work_programme"];

    [Fact]
    public async Task TheSampleFiles_GiveThePublishedHeadlineFigures()
    {
        foreach (var kind in Kinds)
        {
            var (exit, imported, error) = await factory.RunVerbAsync("import", kind, RepositoryFiles.PathOf("docs", "sample-data", kind + ".csv"));
            Assert.True(exit == 0, $"{kind}: {error}");
            Assert.Contains(" 0 unmatched, 0 invalid.", imported);
        }

        var (reportExit, output, reportError) = await factory.RunVerbAsync("report", "impact", "--as-at", "2015-09-01");

        Assert.True(reportExit == 0, reportError);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(100, root.GetProperty("families").GetInt32());
        var offending = root.GetProperty("offending");
        Assert.Equal((100, 91, 50, 91.0m), (offending.GetProperty("families").GetInt32(), offending.GetProperty("reduced").GetInt32(), offending.GetProperty("stopped").GetInt32(), offending.GetProperty("percent").GetDecimal()));
        var education = root.GetProperty("education");
        Assert.Equal((100, 68, 68.0m), (education.GetProperty("children").GetInt32(), education.GetProperty("improved").GetInt32(), education.GetProperty("percent").GetDecimal()));
        var employment = root.GetProperty("employment");
        Assert.Equal((100, 41, 41.0m, 41), (employment.GetProperty("families").GetInt32(), employment.GetProperty("entered").GetInt32(), employment.GetProperty("percent").GetDecimal(), employment.GetProperty("continuous").GetInt32()));
        Assert.Equal(68, root.GetProperty("crimeAsbEducationResults").GetInt32());
        Assert.Equal(41, root.GetProperty("continuousEmploymentResults").GetInt32());
        Assert.Equal(19, root.GetProperty("progressToWork").GetInt32());
        Assert.Equal(68, root.GetProperty("turnedAround").GetInt32());

        // The staff page words them as the council has always published them.
        await factory.CreateStaffAsync("published.analyst@test.gov.uk", Roles.Analyst);
        var client = await factory.SignedInClientAsync("published.analyst@test.gov.uk");
        var page = await client.GetPageAsync("/reports/impact?AsAt.Day=1&AsAt.Month=9&AsAt.Year=2015");
        var text = string.Join(' ', page.Body!.TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("91 of 100 families significantly reduced (or stopped) their offending", text);
        Assert.Contains("68 of 100 children and young people increased their school attendance to over 85% and reduced their exclusions", text);
        Assert.Contains("41 of 100 families had an adult who entered into employment", text);
        Assert.Contains("91.0%", text);
        Assert.Contains("68.0%", text);
        Assert.Contains("41.0%", text);
    }

    /// <summary>
    /// The results of every family by merge (each partner table read once in person order, docs/adr/0031) are exactly
    /// those of the same family read on its own through the indexes, on every field and in every line of the working;
    /// the families come in reference order, and a cohort by attachment date is exactly the matching families.
    /// </summary>
    [Fact]
    public async Task EveryFamilyByMerge_IsExactlyTheFamilyReadOnItsOwn()
    {
        foreach (var kind in Kinds)
        {
            var (exit, _, error) = await factory.RunVerbAsync("import", kind, RepositoryFiles.PathOf("docs", "sample-data", kind + ".csv"));
            Assert.True(exit == 0, $"{kind}: {error}");
        }

        var asAt = new DateOnly(2015, 9, 1);
        await using var scope = factory.Services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<FamilyFirst.Web.Outcomes.FamilyResultsService>();
        var merged = new List<(FamilyFirst.Web.Outcomes.FamilyOnProgramme Family, FamilyFirst.Domain.Outcomes.FamilyResults Results)>();
        await foreach (var family in engine.StreamAsync(asAt))
        {
            merged.Add(family);
        }

        Assert.Equal(100, merged.Count);
        Assert.Equal(merged.Count, merged.Select(m => m.Family.FamilyCaseId).Distinct().Count());
        Assert.Equal(merged.Select(m => m.Family.Reference).Order(StringComparer.Ordinal), merged.Select(m => m.Family.Reference));
        Assert.True(merged.Sum(m => m.Results.ChildrenWithProblem) > 0, "the sample files hold attendance problems");
        foreach (var (family, results) in merged)
        {
            var alone = await engine.ForFamilyAsync(family.FamilyCaseId, asAt, default);
            Assert.NotNull(alone);
            Assert.Equal(JsonSerializer.Serialize(alone), JsonSerializer.Serialize(results));
        }

        // The sample families were all attached on 2014-09-01: a cohort from that day is all of them, one to the day before none.
        var cohort = new List<string>();
        await foreach (var (family, _) in engine.StreamAsync(asAt, new DateOnly(2014, 9, 1), new DateOnly(2014, 9, 1)))
        {
            cohort.Add(family.Reference);
        }

        Assert.Equal(merged.Select(m => m.Family.Reference), cohort);
        await foreach (var _ in engine.StreamAsync(asAt, null, new DateOnly(2014, 8, 31)))
        {
            Assert.Fail("No family was attached before 2014-09-01.");
        }
    }
}
