using System.Text;
using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Imports;

namespace FamilyFirst.Web.Tests.Analysis;

/// <summary>An analyst starts the day from "Partner data and results to check": their uploads, imports with problems, unmatched rows and claims.</summary>
public class DataAndResultsTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private const string AttendanceHeader = "person_ref,given_name,family_name,date_of_birth,term_start,term_end,possible_sessions,authorised_absence_sessions,unauthorised_absence_sessions\n";

    [Fact]
    public async Task AnAnalystOnlyUsersHome_IsTheirWorklist_WhichListsWhatIsWaiting_AndSaysWhenNothingIs()
    {
        await factory.CreateUserAsync("worklist.analyst@example.gov.uk", Roles.Analyst);
        var analyst = factory.CreateBrowserlessClient();
        await analyst.SignInAsync("worklist.analyst@example.gov.uk");

        var home = await analyst.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/data-and-results", home.Headers.Location?.OriginalString);
        var empty = await analyst.GetPageAsync("/data-and-results");
        Assert.Equal("Partner data and results to check", empty.Heading());
        var menu = empty.QuerySelectorAll("nav[aria-label=Menu] a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("Data and results", menu);
        Assert.DoesNotContain("Home", menu);
        Assert.Contains("Nothing is waiting for you", empty.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // A file uploaded and not yet applied, a rejected import and a row that matched nobody.
        var family = await factory.ImportFamilyAsync();
        var previewUrl = await UploadAsync(analyst, "attendance", AttendanceHeader + $"{family.ChildRef},,,,2013-01-07,2013-03-28,100,5,20\n");
        var rejected = await factory.ImportAsync(ImportKind.Attendance, AttendanceHeader + "NOT-A-ROW\n", fileName: "broken.csv");
        Assert.True(rejected.Rejected);
        await factory.ImportAsync(ImportKind.Attendance, AttendanceHeader + "NOBODY-HERE,,,,2013-01-07,2013-03-28,100,5,20\n");

        var page = await analyst.GetPageAsync("/data-and-results");

        var main = page.QuerySelector("main")!;
        Assert.DoesNotContain("Nothing is waiting for you", main.TextContent, StringComparison.Ordinal);
        Assert.Contains(main.QuerySelectorAll("a"), a => a.GetAttribute("href") == previewUrl);
        Assert.Contains(main.QuerySelectorAll("a"), a => a.TextContent.Trim() == "broken.csv");
        Assert.Contains(main.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/imports/unmatched" && a.TextContent.Contains("1 row waiting to be matched", StringComparison.Ordinal));

        // Applied, the upload leaves the list.
        var preview = await analyst.GetPageAsync(previewUrl);
        await analyst.PostFormAsync(previewUrl + "?handler=Apply", preview, [], "form[action*=Apply]");
        var after = await analyst.GetPageAsync("/data-and-results");
        Assert.DoesNotContain(after.QuerySelectorAll("main a"), a => a.GetAttribute("href") == previewUrl);
    }

    [Fact]
    public async Task TheWorklist_IsForAnalystsAndManagers_AndSomeoneWithAnotherRoleKeepsTheGeneralHome()
    {
        var team = await factory.CreateTeamAsync("Worklist team");
        await factory.CreateStaffAsync("worklist.practitioner@example.gov.uk", Roles.Practitioner, team);
        await factory.CreateStaffAsync("worklist.both@example.gov.uk", [Roles.Analyst, Roles.Trainer], []);
        var practitioner = await factory.SignedInClientAsync("worklist.practitioner@example.gov.uk");
        var both = await factory.SignedInClientAsync("worklist.both@example.gov.uk");

        var refused = await practitioner.GetAsync("/data-and-results");
        var general = await both.GetPageAsync("/staff");

        Assert.Contains("/access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("Hello", general.Heading(), StringComparison.Ordinal);
        Assert.Contains(general.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/data-and-results");
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
}
