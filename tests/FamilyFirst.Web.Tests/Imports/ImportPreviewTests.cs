using System.Text;
using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;
using FamilyFirst.Web.Tests.Families;
using Microsoft.Extensions.Options;

namespace FamilyFirst.Web.Tests.Imports;

/// <summary>The preview reads and writes nothing; uploads wait in the upload store, for their owner only, until they expire.</summary>
public class ImportPreviewTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private const string AttendanceHeader = "person_ref,given_name,family_name,date_of_birth,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n";

    private async Task<(HttpClient Client, string UserId)> SignInAsync(string role = Roles.Analyst)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.gov.uk";
        var user = await factory.CreateUserAsync(email, role);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return (client, user.Id);
    }

    private static async Task<string> UploadAsync(HttpClient client, string kind, string csv)
    {
        var page = await client.GetPageAsync("/imports/upload");
        var token = ((IHtmlInputElement)page.QuerySelector("main form input[name=__RequestVerificationToken]")!).Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(kind), "Kind" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "Upload", "file.csv" },
        };
        var uploaded = await client.PostAsync("/imports/upload", form);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        return uploaded.Headers.Location!.OriginalString;
    }

    /// <summary>A child named both ways, a corrected term, a repeated term and a person nobody holds.</summary>
    private static string MixedAttendance(TestFamily family) =>
        AttendanceHeader
        + $"{family.ChildRef},,,,2013-01-07,2013-03-28,100,5,20\n"
        + $",Zoë,O'Brien-{family.ChildRef},2000-01-15,2013-01-07,2013-03-28,100,5,20\n"
        + $",Zoë,O'Brien-{family.ChildRef},2000-01-15,2013-04-15,2013-07-19,120,4,30\n"
        + $"{family.ChildRef},,,,2013-04-15,2013-07-19,120,4,31\n"
        + "NOBODY-HERE,,,,2013-01-07,2013-03-28,100,5,20\n";

    private Task<int[]> RowCountsAsync() => factory.WithDbAsync(async db => new[]
    {
        await db.ImportRuns.CountAsync(), await db.AttendanceRecords.CountAsync(), await db.UnmatchedImportRows.CountAsync(),
        await db.AuditEntries.CountAsync(), await db.FamilyCases.CountAsync(), await db.People.CountAsync(),
    });

    [Fact]
    public async Task ThePreview_WritesNothing_AndCountsAsTheImportThenDoes()
    {
        var family = await factory.ImportFamilyAsync();
        var (analyst, _) = await SignInAsync();
        var previewUrl = await UploadAsync(analyst, "attendance", MixedAttendance(family));
        var before = await RowCountsAsync();

        var preview = await analyst.GetPageAsync(previewUrl);

        Assert.Equal(before, await RowCountsAsync());
        var shown = new[] { "Would be added", "Would be updated", "Duplicates skipped", "Unmatched" }.Select(k => preview.SummaryValue(k)).ToList();
        Assert.Equal(["2", "1", "1", "1"], shown);
        var applied = await analyst.PostFormAsync(previewUrl + "?handler=Apply", preview, [], "form[action*=Apply]");
        var detail = await analyst.GetPageAsync(applied.Headers.Location!.OriginalString);
        Assert.Equal(("2", "1", "1"), (detail.SummaryValue("Added"), detail.SummaryValue("Updated"), detail.SummaryValue("Unmatched")));
    }

    [Fact]
    public async Task ADryRun_OfFamiliesAndPeople_CountsAsTheImport_AndRunsOutsideAnyWriteTransaction()
    {
        var family = TestFamily.New();
        var seenInPreview = new List<bool>();
        var before = await RowCountsAsync();
        // A reference longer than 50 characters can be no family's, so that row is unmatched (any shorter text is a council reference).
        var tooLong = new string('X', 51);

        var familiesPreview = await ImportWatchingTheTransactionAsync(ImportKind.Families, family.FamiliesCsv() + tooLong + ",2013-09-01\n", seenInPreview);
        var peoplePreview = await ImportWatchingTheTransactionAsync(ImportKind.People, family.PeopleCsv(), seenInPreview);
        Assert.Equal(before, await RowCountsAsync());
        var families = await factory.ImportAsync(ImportKind.Families, family.FamiliesCsv() + tooLong + ",2013-09-01\n");
        var peopleAfterFamilies = await ImportWatchingTheTransactionAsync(ImportKind.People, family.PeopleCsv(), seenInPreview);
        var people = await factory.ImportAsync(ImportKind.People, family.PeopleCsv());

        Assert.Equal((families.Added, families.Updated, families.Duplicates, families.Unmatched), (familiesPreview.Added, familiesPreview.Updated, familiesPreview.Duplicates, familiesPreview.Unmatched));
        Assert.Equal((0, 2), (peoplePreview.Added, peoplePreview.Unmatched));
        Assert.Equal((people.Added, people.Updated, people.Duplicates, people.Unmatched), (peopleAfterFamilies.Added, peopleAfterFamilies.Updated, peopleAfterFamilies.Duplicates, peopleAfterFamilies.Unmatched));
        Assert.Equal((1, 2), (families.Added, people.Added));
        Assert.Equal([true, true, true], seenInPreview);
    }

    /// <summary>A dry run that checks, after its batch, that it holds no transaction (SQLite) or only a read-only one (PostgreSQL).</summary>
    private async Task<ImportOutcome> ImportWatchingTheTransactionAsync(ImportKind kind, string csv, List<bool> readOnly)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var importer = scope.ServiceProvider.GetRequiredService<PartnerDataImporter>();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var progress = new Watch(() => db.Database.IsNpgsql()
            ? db.Database.SqlQueryRaw<string>("SELECT current_setting('transaction_read_only') AS \"Value\"").AsEnumerable().Single() == "on"
            : db.Database.CurrentTransaction is null);
        var outcome = await importer.ImportAsync(new ImportRequest(kind, "preview.csv", ImportSource.CommandLine, DryRun: true), file, Actor.CommandLine, progress);
        readOnly.Add(progress.Seen.All(x => x) && progress.Seen.Count > 0);
        return outcome;
    }

    [Fact]
    public async Task TheSameUploadTwice_ChangesNothingTheSecondTime()
    {
        var family = await factory.ImportFamilyAsync();
        var (analyst, _) = await SignInAsync();
        var csv = AttendanceHeader + $"{family.ChildRef},,,,2013-01-07,2013-03-28,100,5,20\n";
        var first = await UploadAsync(analyst, "attendance", csv);
        var firstPreview = await analyst.GetPageAsync(first);
        await analyst.PostFormAsync(first + "?handler=Apply", firstPreview, [], "form[action*=Apply]");
        var before = await RowCountsAsync();

        var second = await UploadAsync(analyst, "attendance", csv);
        var secondPreview = await analyst.GetPageAsync(second);
        var applied = await analyst.PostFormAsync(second + "?handler=Apply", secondPreview, [], "form[action*=Apply]");

        Assert.Equal(("0", "0", "1"), (secondPreview.SummaryValue("Would be added"), secondPreview.SummaryValue("Would be updated"), secondPreview.SummaryValue("Duplicates skipped")));
        var detail = await analyst.GetPageAsync(applied.Headers.Location!.OriginalString);
        Assert.Contains("0 rows applied, 1 duplicate skipped", detail.SuccessBanner());
        var after = await RowCountsAsync();
        Assert.Equal(before[1], after[1]);
        Assert.Equal(before[0] + 1, after[0]);
    }

    [Fact]
    public async Task SomeoneElsesUpload_IsNotFound_AndCannotBeAppliedOrCancelled()
    {
        var family = await factory.ImportFamilyAsync();
        var (owner, _) = await SignInAsync();
        var (other, _) = await SignInAsync(Roles.Manager);
        var previewUrl = await UploadAsync(owner, "attendance", AttendanceHeader + $"{family.ChildRef},,,,2013-01-07,2013-03-28,100,5,20\n");
        var othersPage = await other.GetPageAsync("/imports/upload");

        var looked = await other.GetAsync(previewUrl);
        var applied = await other.PostFormAsync(previewUrl + "?handler=Apply", othersPage, []);
        var cancelled = await other.PostFormAsync(previewUrl + "?handler=Cancel", othersPage, []);

        Assert.Equal(HttpStatusCode.NotFound, looked.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, applied.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.AttendanceRecords.CountAsync(a => db.People.Any(p => p.Id == a.PersonId && p.Reference == family.ChildRef))));
        Assert.Equal("1", (await owner.GetPageAsync(previewUrl)).SummaryValue("Would be added"));
    }

    [Fact]
    public async Task AnExpiredUpload_IsGone_AndAsksForTheFileAgain()
    {
        var (analyst, userId) = await SignInAsync();
        var options = factory.Services.GetRequiredService<IOptions<UploadStoreOptions>>();
        var yesterday = new FileUploadStore(options, new ShiftedClock(TimeSpan.FromHours(-(options.Value.LifetimeHours + 1))));
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("family_ref,attached_on\n"));
        var upload = await yesterday.SaveAsync(content, ImportKind.Families, "old.csv", false, userId, CancellationToken.None);
        var url = $"/imports/preview/{upload.Id}";

        var preview = await analyst.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, preview.StatusCode);
        var expired = await analyst.GetPageAsync(preview.Headers.Location!.OriginalString);

        Assert.Equal("Upload the file again", expired.Heading());
        Assert.Contains("no longer kept", expired.QuerySelector("main")!.TextContent);
        Assert.Empty(Directory.EnumerateFiles(yesterday.Folder, upload.Id.ToString("N") + ".*"));
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task TheSweep_RemovesExpiredUploads_AndKeepsTheRest()
    {
        var options = factory.Services.GetRequiredService<IOptions<UploadStoreOptions>>();
        var yesterday = new FileUploadStore(options, new ShiftedClock(TimeSpan.FromHours(-(options.Value.LifetimeHours + 1))));
        var store = factory.Services.GetRequiredService<IUploadStore>();
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("family_ref,attached_on\n"));
        var old = await yesterday.SaveAsync(content, ImportKind.Families, "old.csv", false, "someone", CancellationToken.None);
        content.Position = 0;
        var fresh = await store.SaveAsync(content, ImportKind.Families, "new.csv", false, "someone", CancellationToken.None);

        var removed = await factory.Services.GetRequiredService<UploadSweeper>().SweepAsync(CancellationToken.None);

        Assert.True(removed >= 1);
        Assert.Empty(Directory.EnumerateFiles(yesterday.Folder, old.Id.ToString("N") + ".*"));
        Assert.NotNull((await store.FindAsync(fresh.Id, "someone", CancellationToken.None)).Upload);
        Assert.Null((await store.FindAsync(fresh.Id, "someone else", CancellationToken.None)).Upload);
        await store.RemoveAsync(fresh.Id, CancellationToken.None);
    }

    private sealed class ShiftedClock(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + by;
    }

    private sealed class Watch(Func<bool> check) : IProgress<int>
    {
        public List<bool> Seen { get; } = [];

        public void Report(int value) => Seen.Add(check());
    }
}
