using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;

namespace FamilyFirst.Web.Tests.Imports;

/// <summary>
/// Partner files applied whole (PostgreSQL: one COPY into a staging table, matched and upserted set-based) count and
/// queue exactly as the preview, which matches batch by batch through <see cref="RecordsPersonDirectory"/>, says they
/// would; on SQLite both go batch by batch. So do people files (PostgreSQL: new people and unchanged people's
/// memberships set-based, the rest row by row). Run on both providers.
/// </summary>
public class WholeFileImportTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task EveryWayOfNamingAPerson_MatchedAndNotMatched_CountsAndQueuesAsThePreviewSays()
    {
        var family = TestFamily.New();
        await factory.ImportAsync(ImportKind.Families, family.FamiliesCsv());
        var twinA = "T1-" + family.ChildRef;
        var twinB = "T2-" + family.ChildRef;
        var people = family.PeopleCsv()
            + $"{family.FamilyRef},{twinA},Kit,Twin-{family.ChildRef},2002-02-02,\n"
            + $"{family.FamilyRef},{twinB},Kit,Twin-{family.ChildRef},2002-02-02,\n";
        Assert.Equal(4, (await factory.ImportAsync(ImportKind.People, people)).Added);

        const string header = "person_ref,upn,given_name,family_name,date_of_birth,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n";
        var c = family.ChildRef;
        var csv = header
            + $"{c},,,,,2013-01-07,2013-03-28,100,5,20\n"                                  // added
            + $",,zoe,o'brien-{c.ToLowerInvariant()},2000-01-15,2013-01-07,2013-03-28,100,5,20\n" // the same child and term by name: unchanged
            + $"NOBODY-{c},,,,,2013-01-07,2013-03-28,100,5,20\n"                           // no such person_ref
            + ",B801200005001,,,,2013-01-07,2013-03-28,100,5,20\n"                          // a pupil number nobody holds
            + $",,Kit,Twin-{c},2002-02-02,2013-01-07,2013-03-28,100,5,20\n"                 // two people of that name and birth date
            + $",,Zoë,O'Brien-{c},2000-01-15,2013-04-15,2013-07-19,120,4,30\n"              // added by name
            + $"{c},,,,,2013-04-15,2013-07-19,120,4,31\n"                                  // then changed by person_ref
            + $"{twinA},,,,,2013-04-15,2013-07-19,120,0,0\n";                              // added

        foreach (var (added, updated, unchanged) in new[] { (3, 1, 1), (0, 2, 3) })
        {
            await ImportAsThePreviewSaysAsync(ImportKind.Attendance, csv, (added, updated, unchanged, 3));
        }

        var outcome = await factory.ImportAsync(ImportKind.Attendance, csv, dryRun: true);
        Assert.Equal([4, 5, 6], outcome.UnmatchedRows.Select(u => u.Line));
        Assert.Equal(
            [$"No one in the family records has person_ref NOBODY-{c}", "No one in the family records has upn B801200005001", $"2 people in the family records are called Kit Twin-{c} and born on 2002-02-02"],
            outcome.UnmatchedRows.Select(u => u.Reason));

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var childId = await db.People.Where(p => p.Reference == c).Select(p => p.Id).SingleAsync();
        Assert.Equal([20, 31], await db.AttendanceRecords.Where(r => r.PersonId == childId).OrderBy(r => r.TermStart).Select(r => r.UnauthorisedAbsenceSessions).ToListAsync());
        Assert.Equal(3, await db.UnmatchedImportRows.CountAsync(u => u.Kind == ImportKind.Attendance && u.Status == UnmatchedRowStatus.Waiting && (u.PersonKey.Contains(c) || u.PersonKey.Contains(c.ToLowerInvariant()) || u.PersonKey == "upn:B801200005001")));
    }
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task NamedOneWayOnly_AddedChangedUnchangedAndUnmatched_CountsAndQueuesAsThePreviewSaysAndTwiceChangesNothing(bool byPersonRef)
    {
        // A file naming people by person_ref only is matched inside the upsert itself; by name only, through the table of
        // matched rows. Both count the rows neither added nor updated as unchanged.
        var family = TestFamily.New();
        await factory.ImportAsync(ImportKind.Families, family.FamiliesCsv());
        Assert.Equal(2, (await factory.ImportAsync(ImportKind.People, family.PeopleCsv())).Added);

        var c = family.ChildRef;
        string Row(string term, string end, int unauthorised, string? personRef = null) => byPersonRef
            ? $"{personRef ?? c},,,,,{term},{end},100,5,{unauthorised}\n"
            : $",,{(personRef is null ? "Zoë" : "Nobody")},O'Brien-{c},2000-01-15,{term},{end},100,5,{unauthorised}\n";
        const string header = "person_ref,upn,given_name,family_name,date_of_birth,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n";
        var first = header + Row("2013-01-07", "2013-03-28", 20) + Row("2013-04-15", "2013-07-19", 30);
        Assert.Equal(2, (await factory.ImportAsync(ImportKind.Attendance, first)).Added);

        var csv = header
            + Row("2013-01-07", "2013-03-28", 20)                  // unchanged
            + Row("2013-04-15", "2013-07-19", 31)                  // changed
            + Row("2013-09-02", "2013-12-20", 10)                  // added
            + Row("2013-09-02", "2013-12-20", 10, "NOBODY-" + c);  // matches no one
        foreach (var (added, updated, unchanged) in new[] { (1, 1, 1), (0, 0, 3) })
        {
            var imported = await ImportAsThePreviewSaysAsync(ImportKind.Attendance, csv, (added, updated, unchanged, 1));
            Assert.Equal([5], imported.UnmatchedRows.Select(u => u.Line));
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var childId = await db.People.Where(p => p.Reference == c).Select(p => p.Id).SingleAsync();
        Assert.Equal([20, 31, 10], await db.AttendanceRecords.Where(r => r.PersonId == childId).OrderBy(r => r.TermStart).Select(r => r.UnauthorisedAbsenceSessions).ToListAsync());
    }

    [Fact]
    public async Task PeopleFile_NewHeldChangedAndUnknownFamily_CountsAsThePreviewSaysAndTwiceChangesNothing()
    {
        var first = TestFamily.New();
        var second = TestFamily.New();
        await factory.ImportAsync(ImportKind.Families, first.FamiliesCsv("2013-09-01"));
        await factory.ImportAsync(ImportKind.Families, second.FamiliesCsv("2014-02-03"));
        var renamed = "R-" + first.ChildRef;
        Assert.Equal(3, (await factory.ImportAsync(ImportKind.People, first.PeopleCsv() + $"{first.FamilyRef},{renamed},Ray,Held-{first.ChildRef},1990-01-01,\n")).Added);

        var c = first.ChildRef;
        var (newChild, newAdult, withNi, another, unknown) = ("N1-" + c, "N2-" + c, "N3-" + c, "N4-" + c, "N5-" + c);
        var csv = "family_ref,person_ref,given_name,family_name,date_of_birth,ni_number\n"
            + $"{first.FamilyRef},{newChild},Ann,New-{c},2015-06-01,\n"                 // added, a child
            + $"{first.FamilyRef},{newAdult},Bob,New-{c},1975-06-01,\n"                 // added, a parent
            + $"{first.FamilyRef},{first.ChildRef},Zoë,O'Brien-{c},2000-01-15,\n"        // held, unchanged, already a member
            + $"{second.FamilyRef},{first.AdultRef},Sam,O'Brien-{c},1980-05-01,\n"       // held, unchanged, joins the second family
            + $"{first.FamilyRef},{renamed},Raymond,Held-{c},1990-01-01,\n"              // held, renamed
            + $"NOFAMILY-{c},{unknown},Una,Known-{c},1999-01-01,\n"                      // no such family
            + $"{first.FamilyRef},{withNi},Cy,New-{c},1985-03-03,ab 12 34 56 c\n"      // added, with a National Insurance number
            + $"{first.FamilyRef},{another},Di,New-{c},2012-02-02,\n";                  // added

        foreach (var (added, updated, unchanged) in new[] { (4, 2, 1), (0, 0, 7) })
        {
            var imported = await ImportAsThePreviewSaysAsync(ImportKind.People, csv, (added, updated, unchanged, 1));
            Assert.True(imported.Validation.IsValid);
            Assert.Equal([7], imported.UnmatchedRows.Select(u => u.Line));
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var firstCase = await db.FamilyCases.AsNoTracking().SingleAsync(f => f.Reference == first.FamilyRef);
        var secondCase = await db.FamilyCases.AsNoTracking().SingleAsync(f => f.Reference == second.FamilyRef);
        string[] references = [first.ChildRef, first.AdultRef, renamed, newChild, newAdult, withNi, another, unknown];
        var people = await db.People.AsNoTracking().Where(p => references.Contains(p.Reference)).ToDictionaryAsync(p => p.Reference);
        Assert.False(people.ContainsKey(unknown));
        Assert.Equal("Raymond", people[renamed].GivenName);
        Assert.Equal("AB123456C", people[withNi].NationalInsuranceNumber!.Value);
        Assert.Equal(PhoneticKeyOf(people[newChild]), people[newChild].FamilyNameKey);

        var since = new DateOnly(2013, 9, 1);
        Assert.Equal(
            new[] { (newChild, FamilyRole.ChildOrYoungPerson), (newAdult, FamilyRole.Parent), (withNi, FamilyRole.Parent), (another, FamilyRole.ChildOrYoungPerson) }.Select(m => (people[m.Item1].Id, m.Item2, since)).OrderBy(m => m.Id),
            firstCase.Members.Where(m => m.PersonId != people[first.ChildRef].Id && m.PersonId != people[first.AdultRef].Id && m.PersonId != people[renamed].Id)
                .Select(m => (m.PersonId, m.Role, m.Since)).OrderBy(m => m.PersonId));
        Assert.Equal(
            [people[first.AdultRef].Id],
            secondCase.Members.Where(m => m.LeftOn is null).Select(m => m.PersonId));
        Assert.All(secondCase.Members, m => Assert.Equal(new DateOnly(2014, 2, 3), m.Since));
    }

    /// <summary>
    /// Previews the file, then imports it: the import counts what the test expects (added, updated, unchanged,
    /// unmatched) and exactly what its preview said, with the same unmatched rows.
    /// </summary>
    private async Task<ImportOutcome> ImportAsThePreviewSaysAsync(ImportKind kind, string csv, (int Added, int Updated, int Unchanged, int Unmatched) expected)
    {
        var preview = await factory.ImportAsync(kind, csv, dryRun: true);
        var imported = await factory.ImportAsync(kind, csv);
        Assert.Equal(expected, (imported.Added, imported.Updated, imported.Duplicates, imported.Unmatched));
        Assert.Equal((preview.Added, preview.Updated, preview.Duplicates, preview.Unmatched), (imported.Added, imported.Updated, imported.Duplicates, imported.Unmatched));
        Assert.Equal(preview.UnmatchedRows, imported.UnmatchedRows);
        return imported;
    }

    private static string PhoneticKeyOf(Person person) =>
        Person.Create(new PersonDetails(person.GivenName, person.FamilyName, person.DateOfBirth, null, Gender.NotKnown), DuplicateCheckOutcome.NoLikelyMatches, Guid.Empty, new DateOnly(2026, 1, 1), DateTimeOffset.UnixEpoch).Value!.FamilyNameKey;
}
