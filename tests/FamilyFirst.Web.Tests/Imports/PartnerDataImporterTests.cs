using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;

namespace FamilyFirst.Web.Tests.Imports;

/// <summary>The shared importer on the real database (SQLite, or PostgreSQL under scripts/test).</summary>
public class PartnerDataImporterTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private Task<int> AttendanceCountAsync(string personRef) =>
        WithDbAsync(db => db.AttendanceRecords.CountAsync(a => db.People.Any(p => p.Id == a.PersonId && p.Reference == personRef)));

    private static string Attendance(string personRef, params (string Start, string End, int Possible, int Authorised, int Unauthorised)[] terms) =>
        "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n"
        + string.Concat(terms.Select(t => $"{personRef},{t.Start},{t.End},{t.Possible},{t.Authorised},{t.Unauthorised}\n"));

    [Fact]
    public async Task FamiliesAndPeople_CreateTheCaseAttachedToFamilyFirst_WithItsMembers()
    {
        var family = await factory.ImportFamilyAsync("2013-09-01");

        var (attached, members) = await WithDbAsync(async db =>
        {
            var familyCase = await db.FamilyCases.SingleAsync(f => f.Reference == family.FamilyRef);
            return (familyCase.AttachedOn(Domain.Families.Programme.FamilyFirst), familyCase.Members.Count);
        });
        Assert.Equal(new DateOnly(2013, 9, 1), attached);
        Assert.Equal(2, members);
    }

    [Fact]
    public async Task TheSameFileTwice_ChangesNothingTheSecondTime()
    {
        var family = await factory.ImportFamilyAsync();
        var csv = Attendance(family.ChildRef, ("2013-01-07", "2013-03-28", 100, 5, 20), ("2013-04-15", "2013-07-19", 120, 4, 30));

        var first = await factory.ImportAsync(ImportKind.Attendance, csv);
        var second = await factory.ImportAsync(ImportKind.Attendance, csv);
        var familiesAgain = await factory.ImportAsync(ImportKind.Families, family.FamiliesCsv());
        var peopleAgain = await factory.ImportAsync(ImportKind.People, family.PeopleCsv());

        Assert.Equal((2, 0, 0), (first.Added, first.Updated, first.Duplicates));
        Assert.Equal((0, 0, 2), (second.Added, second.Updated, second.Duplicates));
        Assert.Equal((0, 0, 1), (familiesAgain.Added, familiesAgain.Updated, familiesAgain.Duplicates));
        Assert.Equal((0, 0, 2), (peopleAgain.Added, peopleAgain.Updated, peopleAgain.Duplicates));
        Assert.Equal(2, await AttendanceCountAsync(family.ChildRef));
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal(2, await WithDbAsync(db => db.ImportRuns.CountAsync(r => r.Sha256 == first.Sha256)));
    }

    [Fact]
    public async Task ARowWhoseKeyIsHeldWithOtherValues_ReplacesItAndIsReportedAsUpdated()
    {
        var family = await factory.ImportFamilyAsync();
        await factory.ImportAsync(ImportKind.Attendance, Attendance(family.ChildRef, ("2013-01-07", "2013-03-28", 100, 5, 20)));

        var corrected = await factory.ImportAsync(ImportKind.Attendance, Attendance(family.ChildRef, ("2013-01-07", "2013-03-28", 100, 5, 10)));

        Assert.Equal((0, 1, 0), (corrected.Added, corrected.Updated, corrected.Duplicates));
        var held = await WithDbAsync(db => db.AttendanceRecords.SingleAsync(a => a.ImportRunId == corrected.RunId));
        Assert.Equal(10, held.UnauthorisedAbsenceSessions);
    }

    [Fact]
    public async Task AFileWithAnInvalidRow_AppliesNothing_AndIsRecordedAsRejected()
    {
        var family = await factory.ImportFamilyAsync();
        var csv = Attendance(family.ChildRef, ("2013-01-07", "2013-03-28", 100, 5, 20)) + $"{family.ChildRef},2013-04-15,2013-07-19,-3,0,0\n";

        var outcome = await factory.ImportAsync(ImportKind.Attendance, csv);

        Assert.True(outcome.Rejected);
        Assert.Equal(0, outcome.Applied);
        Assert.Contains(outcome.Validation.Errors, e => e.Message == "Line 3: possible_sessions must be a whole number of 0 or more");
        Assert.Equal(0, await AttendanceCountAsync(family.ChildRef));
        var run = await WithDbAsync(db => db.ImportRuns.SingleAsync(r => r.Id == outcome.RunId));
        Assert.Equal(ImportRunStatus.Rejected, run.Status);
        Assert.Contains("Line 3: possible_sessions", run.Problems);
    }

    [Fact]
    public async Task ValidRowsOnly_AppliesTheValidRows_AndCountsTheInvalidOnes()
    {
        var family = await factory.ImportFamilyAsync();
        var csv = Attendance(family.ChildRef, ("2013-01-07", "2013-03-28", 100, 5, 20)) + $"{family.ChildRef},2013-04-15,2013-02-30,120,0,0\n";

        var outcome = await factory.ImportAsync(ImportKind.Attendance, csv, validRowsOnly: true);

        Assert.Equal(ImportRunStatus.AppliedValidRowsOnly, outcome.Status);
        Assert.Equal((2, 1, 1), (outcome.RowsRead, outcome.Added, outcome.Invalid));
        Assert.Equal(1, await AttendanceCountAsync(family.ChildRef));
    }

    [Fact]
    public async Task ADryRun_ReportsWhatWouldHappen_AndSavesNothing()
    {
        var family = await factory.ImportFamilyAsync();
        var runsBefore = await WithDbAsync(db => db.ImportRuns.CountAsync());

        var outcome = await factory.ImportAsync(ImportKind.Attendance, Attendance(family.ChildRef, ("2013-01-07", "2013-03-28", 100, 5, 20)), dryRun: true);

        Assert.Equal(1, outcome.Added);
        Assert.Null(outcome.RunId);
        Assert.Equal(0, await AttendanceCountAsync(family.ChildRef));
        Assert.Equal(runsBefore, await WithDbAsync(db => db.ImportRuns.CountAsync()));
    }

    [Fact]
    public async Task AFailurePartWay_LeavesNothingHalfApplied()
    {
        var family = await factory.ImportFamilyAsync();
        var start = new DateOnly(2000, 1, 1);
        var terms = Enumerable.Range(0, PartnerDataImporter.BatchSize + 500)
            .Select(i => (start.AddDays(i).ToString("yyyy-MM-dd"), start.AddDays(i).ToString("yyyy-MM-dd"), 2, 0, 0))
            .ToArray();
        var runsBefore = await WithDbAsync(db => db.ImportRuns.CountAsync());
        var progress = new ThrowAfterFirstBatch();

        await Assert.ThrowsAsync<IOException>(() => factory.ImportAsync(ImportKind.Attendance, Attendance(family.ChildRef, terms), progress: progress));

        Assert.Equal(PartnerDataImporter.BatchSize, progress.Seen);
        Assert.Equal(0, await AttendanceCountAsync(family.ChildRef));
        Assert.Equal(runsBefore, await WithDbAsync(db => db.ImportRuns.CountAsync()));
    }

    /// <summary>Stands for the database or the disk failing once the first batch has been written.</summary>
    private sealed class ThrowAfterFirstBatch : IProgress<int>
    {
        public int Seen { get; private set; }

        public void Report(int value)
        {
            Seen = value;
            throw new IOException("The disk failed part-way through the import");
        }
    }

    [Fact]
    public async Task RowsMatchingNobody_AreQueuedOnce_AndApplyWhenMatchedByStaff()
    {
        var family = await factory.ImportFamilyAsync();
        var csv = "given_name,family_name,date_of_birth,offence_date,offence_type\n"
            + $"Zoe,o'brien-{family.ChildRef.ToLowerInvariant()},2000-01-15,2013-05-01,Theft\n"
            + "Nobody,Known-" + family.ChildRef + ",2001-02-03,2013-05-02,Criminal damage\n";

        var first = await factory.ImportAsync(ImportKind.Offences, csv);
        var second = await factory.ImportAsync(ImportKind.Offences, csv);

        Assert.Equal((1, 1), (first.Added, first.Unmatched));
        Assert.Equal((0, 1, 1), (second.Added, second.Duplicates, second.Unmatched));
        Assert.StartsWith("No one in the family records is called Nobody", first.UnmatchedRows.Single().Reason);
        var waiting = await WithDbAsync(db => db.UnmatchedImportRows.Where(u => u.PersonKey.Contains(family.ChildRef.ToLowerInvariant())).ToListAsync());
        var row = Assert.Single(waiting);
        Assert.Equal(3, row.Line);

        var adultId = await WithDbAsync(db => db.People.Where(p => p.Reference == family.AdultRef).Select(p => p.Id).SingleAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<UnmatchedRowResolver>().MatchAsync(row.Id, adultId, new FamilyFirst.Web.Infrastructure.Auth.Actor(null, "Test analyst"), default);
            Assert.True(result.Succeeded, result.Error);
        }

        Assert.Equal(1, await WithDbAsync(db => db.OffenceRecords.CountAsync(o => o.PersonId == adultId && o.OffenceType == "Criminal damage")));
        Assert.Equal(UnmatchedRowStatus.Applied, (await WithDbAsync(db => db.UnmatchedImportRows.SingleAsync(u => u.Id == row.Id))).Status);
    }

    [Fact]
    public async Task PeopleAreMatchedByUpnInEducationFiles()
    {
        var family = TestFamily.New();
        await factory.ImportAsync(ImportKind.Families, family.FamiliesCsv());
        const string upn = "B801200005001"; // the published example of a valid UPN
        var people = $"family_ref,person_ref,given_name,family_name,date_of_birth,upn\n{family.FamilyRef},{family.ChildRef},Ada,Lovelace,2001-03-03,{upn}\n";
        Assert.Equal(1, (await factory.ImportAsync(ImportKind.People, people)).Added);

        var outcome = await factory.ImportAsync(ImportKind.Exclusions, $"upn,exclusion_date,exclusion_type\n{upn.ToLowerInvariant()},2013-05-01,fixed\n");

        Assert.Equal((1, 0), (outcome.Added, outcome.Unmatched));
    }
}
