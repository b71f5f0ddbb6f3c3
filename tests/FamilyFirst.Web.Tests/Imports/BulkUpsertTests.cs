using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;

namespace FamilyFirst.Web.Tests.Imports;

/// <summary>
/// The importer's set-based write path (binary COPY and INSERT … ON CONFLICT on PostgreSQL, prepared upserts on
/// SQLite), on the database the suite runs against: scripts/test runs these on SQLite and on PostgreSQL.
/// </summary>
public class BulkUpsertTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private Task<Guid> PersonIdAsync(string reference) => WithDbAsync(db => db.People.Where(p => p.Reference == reference).Select(p => p.Id).SingleAsync());

    [Fact]
    public async Task TheDatabaseUnderTest_HasABulkWriter()
    {
        Assert.NotNull(await WithDbAsync(db => Task.FromResult(PartnerRecordUpsert<AttendanceRecord>.For(db))));
    }

    [Fact]
    public async Task EveryKind_ReadsBackAsWritten_AndTheSameFileAgainChangesNothing()
    {
        var family = await factory.ImportFamilyAsync();
        var c = family.ChildRef;
        var a = family.AdultRef;
        var files = new (ImportKind Kind, string Csv)[]
        {
            (ImportKind.Attendance, $"person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n{c},2013-01-07,2013-03-28,100,5,20\n"),
            (ImportKind.Exclusions, $"person_ref,exclusion_date,exclusion_type,sessions\n{c},2013-02-01,fixed,3\n{c},2013-03-01,permanent,\n"),
            (ImportKind.Offences, $"person_ref,offence_date,offence_type\n{c},2013-02-02,Criminal damage\n{c},2013-02-03,\n"),
            (ImportKind.Asb, $"person_ref,incident_date,incident_type\n{c},2013-02-04,Noise\n"),
            (ImportKind.Benefits, $"person_ref,benefit,start_date,end_date\n{a},JSA,2012-01-01,\n{a},ESA,2010-01-01,2011-06-30\n"),
            (ImportKind.Employment, $"person_ref,start_date,end_date,hours_per_week\n{a},2013-06-01,,37.5\n{a},2014-01-01,2014-02-01,\n"),
            (ImportKind.WorkProgramme, $"person_ref,referral_date,programme\n{a},2013-05-05,Work Programme\n"),
        };

        foreach (var (kind, csv) in files)
        {
            var rows = csv.Count(ch => ch == '\n') - 1;
            var first = await factory.ImportAsync(kind, csv);
            var again = await factory.ImportAsync(kind, csv);
            Assert.Equal((rows, 0, 0), (first.Added, first.Updated, first.Duplicates));
            Assert.Equal((0, 0, rows), (again.Added, again.Updated, again.Duplicates));
        }

        var childId = await PersonIdAsync(c);
        var adultId = await PersonIdAsync(a);
        await WithDbAsync(async db =>
        {
            var exclusions = await db.ExclusionRecords.Where(r => r.PersonId == childId).OrderBy(r => r.ExclusionDate).ToListAsync();
            Assert.Equal([(ExclusionType.Fixed, (int?)3), (ExclusionType.Permanent, null)], exclusions.Select(e => (e.ExclusionType, e.Sessions)));
            Assert.Equal(2, await db.OffenceRecords.CountAsync(r => r.PersonId == childId));
            var jobs = await db.EmploymentSpellRecords.Where(r => r.PersonId == adultId).OrderBy(r => r.StartDate).ToListAsync();
            Assert.Equal([(37.5m as decimal?, (DateOnly?)null), (null, new DateOnly(2014, 2, 1))], jobs.Select(j => (j.HoursPerWeek, j.EndDate)));
            var term = await db.AttendanceRecords.SingleAsync(r => r.PersonId == childId);
            Assert.Equal((new DateOnly(2013, 3, 28), 100, 5, 20), (term.TermEnd, term.PossibleSessions, term.AuthorisedAbsenceSessions, term.UnauthorisedAbsenceSessions));
            return true;
        });
    }

    [Fact]
    public async Task RecordsAreAddedWithIdsThatBeginWithTheTime()
    {
        var family = await factory.ImportFamilyAsync();
        await factory.ImportAsync(
            ImportKind.Attendance,
            "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n"
            + $"{family.ChildRef},2013-01-07,2013-03-28,100,5,20\n{family.ChildRef},2013-04-15,2013-07-19,110,0,0\n");

        var childId = await PersonIdAsync(family.ChildRef);
        var ids = await WithDbAsync(db => db.AttendanceRecords.Where(r => r.PersonId == childId).Select(r => r.Id).ToListAsync());

        // Version 7: new records go to the end of the primary key's index, not to random pages of it.
        Assert.Equal([7, 7], ids.Select(id => id.Version));
    }

    [Fact]
    public async Task ANullBecomingAValue_AndAValueBecomingNull_AreUpdates()
    {
        var family = await factory.ImportFamilyAsync();
        const string header = "person_ref,start_date,end_date,hours_per_week\n";
        await factory.ImportAsync(ImportKind.Employment, header + $"{family.AdultRef},2013-06-01,,37.5\n");

        var ended = await factory.ImportAsync(ImportKind.Employment, header + $"{family.AdultRef},2013-06-01,2013-12-31,\n");
        var reopened = await factory.ImportAsync(ImportKind.Employment, header + $"{family.AdultRef},2013-06-01,,37.5\n");

        Assert.Equal((0, 1, 0), (ended.Added, ended.Updated, ended.Duplicates));
        Assert.Equal((0, 1, 0), (reopened.Added, reopened.Updated, reopened.Duplicates));
        var adultId = await PersonIdAsync(family.AdultRef);
        var job = await WithDbAsync(db => db.EmploymentSpellRecords.SingleAsync(r => r.PersonId == adultId));
        Assert.Equal(((DateOnly?)null, (decimal?)37.5m, reopened.RunId), (job.EndDate, job.HoursPerWeek, (Guid?)job.ImportRunId));
    }

    [Fact]
    public async Task OnePersonNamedTwoWaysInOneFile_IsAppliedRowByRow()
    {
        // The same child by person_ref and by name and date of birth: two keys to the validator, one record once matched.
        var family = await factory.ImportFamilyAsync();
        const string header = "person_ref,given_name,family_name,date_of_birth,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n";
        var csv = header
            + $"{family.ChildRef},,,,2013-01-07,2013-03-28,100,5,20\n"
            + $",Zoë,O'Brien-{family.ChildRef},2000-01-15,2013-01-07,2013-03-28,100,5,20\n"
            + $",Zoë,O'Brien-{family.ChildRef},2000-01-15,2013-04-15,2013-07-19,120,4,30\n"
            + $"{family.ChildRef},,,,2013-04-15,2013-07-19,120,4,31\n";

        var outcome = await factory.ImportAsync(ImportKind.Attendance, csv);

        Assert.Equal((2, 1, 1), (outcome.Added, outcome.Updated, outcome.Duplicates));
        var childId = await PersonIdAsync(family.ChildRef);
        var terms = await WithDbAsync(db => db.AttendanceRecords.Where(r => r.PersonId == childId).OrderBy(r => r.TermStart).Select(r => r.UnauthorisedAbsenceSessions).ToListAsync());
        Assert.Equal([20, 31], terms);
    }

    [Fact]
    public async Task AFailureAfterRowsWereWrittenInBulk_LeavesNothingHalfApplied_AndTheNextImportWorks()
    {
        var family = await factory.ImportFamilyAsync();
        var start = new DateOnly(2000, 1, 1);
        var csv = "person_ref,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n"
            + string.Concat(Enumerable.Range(0, PartnerDataImporter.BatchSize + 10).Select(i => $"{family.ChildRef},{start.AddDays(i):yyyy-MM-dd},{start.AddDays(i):yyyy-MM-dd},2,0,0\n"));
        var childId = await PersonIdAsync(family.ChildRef);

        await Assert.ThrowsAsync<IOException>(() => factory.ImportAsync(ImportKind.Attendance, csv, progress: new Throw()));

        Assert.Equal(0, await WithDbAsync(db => db.AttendanceRecords.CountAsync(r => r.PersonId == childId)));
        var retried = await factory.ImportAsync(ImportKind.Attendance, csv);
        Assert.Equal(PartnerDataImporter.BatchSize + 10, retried.Added);
        Assert.Equal(PartnerDataImporter.BatchSize + 10, await WithDbAsync(db => db.AttendanceRecords.CountAsync(r => r.PersonId == childId)));
    }

    [Fact]
    public async Task ADryRun_WritesNothing_ButCountsAsTheRealImportWould()
    {
        var family = await factory.ImportFamilyAsync();
        var csv = $"person_ref,incident_date,incident_type\n{family.ChildRef},2013-02-04,Noise\n{family.ChildRef},2013-02-05,Noise\n";
        await factory.ImportAsync(ImportKind.Asb, $"person_ref,incident_date,incident_type\n{family.ChildRef},2013-02-04,Noise\n");

        var preview = await factory.ImportAsync(ImportKind.Asb, csv, dryRun: true);
        var real = await factory.ImportAsync(ImportKind.Asb, csv);

        Assert.Equal((1, 0, 1), (preview.Added, preview.Updated, preview.Duplicates));
        Assert.Equal((preview.Added, preview.Updated, preview.Duplicates), (real.Added, real.Updated, real.Duplicates));
    }

    /// <summary>Stands for the database or the disk failing once the first batch has been written.</summary>
    private sealed class Throw : IProgress<int>
    {
        public void Report(int value) => throw new IOException("The disk failed part-way through the import");
    }
}
