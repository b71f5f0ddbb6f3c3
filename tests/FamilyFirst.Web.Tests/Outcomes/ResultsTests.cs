using System.Text.Json;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Tests.Imports;

namespace FamilyFirst.Web.Tests.Outcomes;

/// <summary>The results and report impact verbs, and claims, over families imported into a database of their own.</summary>
public class ResultsTests : IClassFixture<ResultsTests.Database>
{
    private readonly Database _database;

    public ResultsTests(Database database) => _database = database;

    /// <summary>
    /// One family turned around by ASB alone (2 incidents before attachment, none in the last six months), one with
    /// no problems at all, and one attached after the assessment date, which is left out.
    /// </summary>
    public sealed class Database : IAsyncLifetime
    {
        public FamilyFirstFactory Factory { get; } = new();

        public TestFamily TurnedAround { get; private set; } = default!;

        public TestFamily NoProblems { get; private set; } = default!;

        public TestFamily AttachedLater { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            TurnedAround = await Factory.ImportFamilyAsync("2013-09-01");
            NoProblems = await Factory.ImportFamilyAsync("2013-10-01");
            AttachedLater = await Factory.ImportFamilyAsync("2014-09-01");
            var asb = "person_ref,incident_date,incident_type\n"
                + $"{TurnedAround.ChildRef},2013-04-01,Noise\n{TurnedAround.ChildRef},2013-08-31,Vandalism\n"
                + $"{AttachedLater.ChildRef},2014-05-01,Noise\n";
            Assert.Equal(3, (await Factory.ImportAsync(ImportKind.Asb, asb)).Added);
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task ResultsCsv_HasExactlyTheContractColumns_OneRowPerFamilyBeforeTheAssessmentDate()
    {
        var (exit, output, error) = await _database.Factory.RunVerbAsync("results", "--as-at", "2014-09-01");

        Assert.True(exit == 0, error);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "family_ref,attached_on,crime_asb_applies,crime_asb_assessable,crime_asb_met,crime_asb_stopped,youth_offences_baseline,youth_offences_outcome,asb_baseline,asb_outcome,education_applies,education_assessable,education_met,children_with_problem,children_attendance_improved,adults_on_out_of_work_benefits,adult_entered_employment,continuous_employment_met,progress_to_work,crime_asb_education_met,turned_around",
            lines[0]);
        Assert.Contains($"{_database.TurnedAround.FamilyRef},2013-09-01,true,true,true,true,0,0,2,0,false,false,false,0,0,0,false,false,false,true,true", lines);
        Assert.Contains($"{_database.NoProblems.FamilyRef},2013-10-01,false,true,false,false,0,0,0,0,false,false,false,0,0,0,false,false,false,false,false", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith(_database.AttachedLater.FamilyRef, StringComparison.Ordinal));
        Assert.Equal(3, lines.Length);
        Assert.Contains("Results at 2014-09-01 for 2 families.", error);
    }

    [Fact]
    public async Task ResultsJson_CarriesTheSameFields_PlusTheWorking_AndCanBeWrittenToAFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "familyfirst-results-" + Guid.NewGuid().ToString("N") + ".json");

        var (exit, output, _) = await _database.Factory.RunVerbAsync("results", "--as-at", "2014-09-01", "--format", "json", "--output", path);

        Assert.Equal(0, exit);
        Assert.Contains($"written to {path}", output);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        var family = json.RootElement.EnumerateArray().Single(f => f.GetProperty("family_ref").GetString() == _database.TurnedAround.FamilyRef);
        foreach (var column in FamilyResults.ResultsColumns)
        {
            Assert.True(family.TryGetProperty(column, out _), $"No {column}");
        }

        Assert.True(family.GetProperty("turned_around").GetBoolean());
        Assert.Equal(2, family.GetProperty("asb_baseline").GetInt32());
        var crime = family.GetProperty("working").GetProperty("crimeAndAsb");
        Assert.Equal("2013-03-01", crime.GetProperty("baselineWindow").GetProperty("start").GetString());
        File.Delete(path);
    }

    [Fact]
    public async Task ReportImpact_PrintsTheContractJson()
    {
        var (exit, output, error) = await _database.Factory.RunVerbAsync("report", "impact", "--as-at", "2014-09-01");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(
            ["asAt", "families", "offending", "education", "employment", "crimeAsbEducationResults", "continuousEmploymentResults", "progressToWork", "turnedAround"],
            root.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("2014-09-01", root.GetProperty("asAt").GetString());
        Assert.Equal(2, root.GetProperty("families").GetInt32());
        Assert.Equal(["families", "reduced", "stopped", "percent"], root.GetProperty("offending").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(1, root.GetProperty("offending").GetProperty("reduced").GetInt32());
        Assert.Equal("100.0", root.GetProperty("offending").GetProperty("percent").GetRawText());
        Assert.Equal(["children", "improved", "percent"], root.GetProperty("education").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("education").GetProperty("percent").ValueKind);
        Assert.Equal(["families", "entered", "percent", "continuous"], root.GetProperty("employment").EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(1, root.GetProperty("turnedAround").GetInt32());
    }

    [Fact]
    public async Task ReportImpact_FromTo_LimitsTheCohortByAttachmentDate()
    {
        var (_, output, _) = await _database.Factory.RunVerbAsync("report", "impact", "--as-at", "2014-09-01", "--from", "2013-09-15", "--to", "2013-12-31");

        using var json = JsonDocument.Parse(output);
        Assert.Equal(1, json.RootElement.GetProperty("families").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("turnedAround").GetInt32());
    }

    [Theory]
    [InlineData("results")]
    [InlineData("results --as-at 2014-02-30")]
    [InlineData("results --as-at 2014-09-01 --format xml")]
    [InlineData("report impact")]
    [InlineData("report impact --as-at 2014-09-01 --from 2014-01-01 --to 2013-01-01")]
    public async Task WrongArguments_ExitWith2(string commandLine)
    {
        Assert.Equal(2, (await _database.Factory.RunVerbAsync(commandLine.Split(' '))).Exit);
    }

    [Fact]
    public async Task ResultsDownloads_AreAuditedAsExports()
    {
        await _database.Factory.RunVerbAsync("results", "--as-at", "2014-09-01");

        await using var scope = _database.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == Domain.Audit.AuditAction.Export && a.RecordType == "FamilyResults"));
    }

    [Fact]
    public async Task AResult_CanBeClaimedOnce_WithTheWorkingKept()
    {
        await using var scope = _database.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var claims = scope.ServiceProvider.GetRequiredService<ResultClaims>();
        var familyId = await db.FamilyCases.Where(f => f.Reference == _database.TurnedAround.FamilyRef).Select(f => f.Id).SingleAsync();
        var noProblemsId = await db.FamilyCases.Where(f => f.Reference == _database.NoProblems.FamilyRef).Select(f => f.Id).SingleAsync();
        var analyst = new Actor(null, "Test analyst");
        var asAt = new DateOnly(2014, 9, 1);

        var first = await claims.ClaimAsync(familyId, ClaimableResult.CrimeAsbEducation, asAt, analyst, default);
        var again = await claims.ClaimAsync(familyId, ClaimableResult.CrimeAsbEducation, asAt, analyst, default);
        var notMet = await claims.ClaimAsync(familyId, ClaimableResult.ContinuousEmployment, asAt, analyst, default);
        var nothing = await claims.ClaimAsync(noProblemsId, ClaimableResult.CrimeAsbEducation, asAt, analyst, default);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal("The crime, anti-social behaviour and education result has already been claimed for this family", again.Error);
        Assert.Equal("The continuous employment result is not met, so it cannot be claimed", notMet.Error);
        Assert.False(nothing.Succeeded);
        var claim = await db.ResultClaims.AsNoTracking().SingleAsync(c => c.FamilyCaseId == familyId);
        using var evidence = JsonDocument.Parse(claim.Evidence);
        Assert.True(evidence.RootElement.GetProperty("crime_asb_education_met").GetBoolean());
        Assert.Equal(2, evidence.RootElement.GetProperty("working").GetProperty("crimeAndAsb").GetProperty("antiSocialBehaviour").GetProperty("baseline").GetInt32());
    }
}
