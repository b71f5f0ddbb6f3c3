using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;

namespace FamilyFirst.Web.Tests.Imports;

/// <summary>
/// Partner files applied whole (PostgreSQL: one COPY into a staging table, matched and upserted set-based) count and
/// queue exactly as the preview, which matches batch by batch through <see cref="RecordsPersonDirectory"/>, says they
/// would; on SQLite both go batch by batch. Run on both providers.
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
            var preview = await factory.ImportAsync(ImportKind.Attendance, csv, dryRun: true);
            var imported = await factory.ImportAsync(ImportKind.Attendance, csv);

            Assert.Equal((added, updated, unchanged, 3), (imported.Added, imported.Updated, imported.Duplicates, imported.Unmatched));
            Assert.Equal((preview.Added, preview.Updated, preview.Duplicates, preview.Unmatched), (imported.Added, imported.Updated, imported.Duplicates, imported.Unmatched));
            Assert.Equal(preview.UnmatchedRows, imported.UnmatchedRows);
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
}
