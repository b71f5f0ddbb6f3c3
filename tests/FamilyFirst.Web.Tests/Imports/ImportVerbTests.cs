using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data;

namespace FamilyFirst.Web.Tests.Imports;

/// <summary>The import verb with every kind of bad input: a plain message per line and column, and nothing applied.</summary>
public class ImportVerbTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private const string AttendanceHeader = "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions";

    private async Task<int> RecordCountAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.AttendanceRecords.CountAsync() + await db.ExclusionRecords.CountAsync() + await db.UnmatchedImportRows.CountAsync();
    }

    [Theory]
    [InlineData("attendance", AttendanceHeader + "\nP1,2013-02-30,2013-03-28,100,0,0\n", "Line 2: term_start")]
    [InlineData("attendance", AttendanceHeader + "\nP1,07/01/2013,2013-03-28,100,0,0\n", "Line 2: term_start")]
    [InlineData("attendance", AttendanceHeader + "\nP1,2013-01-07,2013-03-28,-1,0,0\n", "Line 2: possible_sessions must be a whole number of 0 or more")]
    [InlineData("attendance", AttendanceHeader + "\nP1,2013-01-07,2013-03-28,ten,0,0\n", "Line 2: possible_sessions must be a whole number of 0 or more")]
    [InlineData("attendance", AttendanceHeader + "\nP1,2013-01-07,2013-03-28,10,6,6\n", "Line 2:")]
    [InlineData("attendance", AttendanceHeader + "\nP1,2013-03-28,2013-01-07,10,0,0\n", "Line 2: term_end")]
    [InlineData("exclusions", "person_ref,exclusion_date,exclusion_type\nP1,2013-01-07,expelled\n", "Line 2: exclusion_type")]
    [InlineData("attendance", "person_ref,term_start,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\nP1,2013-01-07,10,0,0\n", "term_end")]
    [InlineData("attendance", AttendanceHeader + "\nP1,2013-01-07,2013-03-28,10,0,0\nP1,2013-01-07,2013-03-28,12,0,0\n", "Line 3:")]
    [InlineData("attendance", "", "The file is empty")]
    [InlineData("attendance", AttendanceHeader + "\n\"P1,2013-01-07,2013-03-28,10,0,0\n", "Line 2")]
    public async Task BadInput_IsReportedByLineAndColumn_AndNothingIsImported(string kind, string content, string expected)
    {
        var before = await RecordCountAsync();
        var path = ImportTestData.WriteTempFile(content);

        var (exit, _, error) = await factory.RunVerbAsync("import", kind, path);

        Assert.Equal(1, exit);
        Assert.Contains(expected, error);
        Assert.Contains("nothing was imported", error);
        Assert.Equal(before, await RecordCountAsync());
    }

    [Fact]
    public async Task AByteOrderMark_QuotedCommasAndARepeatedRow_AreAccepted()
    {
        var family = await factory.ImportFamilyAsync();
        var content = "\uFEFFperson_ref,offence_date,offence_type\n"
            + $"{family.ChildRef},2013-05-01,\"Theft, from a shop\"\n"
            + $"{family.ChildRef},2013-05-01,\"Theft, from a shop\"\n";
        var path = ImportTestData.WriteTempFile(content);

        var (exit, output, error) = await factory.RunVerbAsync("import", "offences", path);

        Assert.True(exit == 0, error);
        Assert.Contains("2 rows read, 1 applied (1 added, 0 updated), 1 duplicates skipped, 0 unmatched, 0 invalid.", output);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.True(await db.OffenceRecords.AnyAsync(o => o.OffenceType == "Theft, from a shop"));
    }

    [Fact]
    public async Task AHeaderWithNoRows_IsAValidEmptyImport()
    {
        var path = ImportTestData.WriteTempFile(AttendanceHeader + "\n");

        var (exit, output, _) = await factory.RunVerbAsync("import", "attendance", path);

        Assert.Equal(0, exit);
        Assert.Contains("0 rows read", output);
    }

    [Fact]
    public async Task ValidRowsOnlyAndDryRun_AreHonoured()
    {
        var family = await factory.ImportFamilyAsync();
        var content = AttendanceHeader + $"\n{family.ChildRef},2013-01-07,2013-03-28,100,0,0\n{family.ChildRef},2013-04-15,2013-07-19,x,0,0\n";
        var path = ImportTestData.WriteTempFile(content);

        var dry = await factory.RunVerbAsync("import", "attendance", path, "--valid-rows-only", "--dry-run");
        var real = await factory.RunVerbAsync("import", "attendance", path, "--valid-rows-only");

        Assert.Equal(0, dry.Exit);
        Assert.StartsWith("Dry run, nothing saved: 2 rows read, 1 applied", dry.Output.Split('\n')[^2]);
        Assert.Equal(0, real.Exit);
        Assert.Contains("Imported: 2 rows read, 1 applied (1 added, 0 updated), 0 duplicates skipped, 0 unmatched, 1 invalid.", real.Output);
        Assert.Contains("Line 3: possible_sessions must be a whole number of 0 or more", real.Error);
    }

    [Theory]
    [InlineData(new[] { "import" }, 2)]
    [InlineData(new[] { "import", "truancy", "x.csv" }, 2)]
    [InlineData(new[] { "import", "attendance", "/no/such/file.csv" }, 2)]
    [InlineData(new[] { "import", "attendance", "x.csv", "--force" }, 2)]
    public async Task WrongArguments_ExitWith2(string[] args, int exit)
    {
        Assert.Equal(exit, (await factory.RunVerbAsync(args)).Exit);
    }

    [Fact]
    public async Task EveryImportIsInTheHistory_WithItsHashAndCounts()
    {
        var path = ImportTestData.WriteTempFile(AttendanceHeader + "\n");
        var expectedHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));

        await factory.RunVerbAsync("import", "attendance", path);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var run = await db.ImportRuns.OrderByDescending(r => r.StartedAtUtc).FirstAsync(r => r.Sha256 == expectedHash);
        Assert.Equal(ImportKind.Attendance, run.Kind);
        Assert.Equal(Path.GetFileName(path), run.FileName);
        Assert.Equal("Command line", run.ImportedByName);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.RecordType == "ImportRun" && a.RecordId == run.Id.ToString()));
    }
}
