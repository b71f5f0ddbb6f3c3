using System.Globalization;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Outcomes;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Imports;

namespace FamilyFirst.Web.Tests.Impact;

/// <summary>
/// The staff impact report, its downloads, the families behind each figure, and snapshots, over a fixture of
/// families imported the way a council would (and allocated to teams), built without the report's code. The
/// expected figures are the sums of the results engine's own per-family results.
/// </summary>
public class ImpactReportTests : IClassFixture<ImpactReportTests.Fixture>
{
    private const string AsAtQuery = "AsAt.Day=1&AsAt.Month=9&AsAt.Year=2014";
    private static readonly DateOnly AsAt = new(2014, 9, 1);
    private readonly Fixture _f;

    public ImpactReportTests(Fixture fixture) => _f = fixture;

    /// <summary>
    /// North: Reduced (ASB before, none since; a child looked after when it joined), Quiet (no problems; a child
    /// looked after since March 2014), Offending (a youth offence before and one since: not reduced), each allocated
    /// to the North team. South: Working (an adult on JSA who found a job and was referred to a work programme).
    /// Later: attached on the as-at date, so left out.
    /// </summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public FamilyFirstFactory Factory { get; } = new();

        public TestFamily Reduced { get; private set; } = default!;

        public TestFamily Quiet { get; private set; } = default!;

        public TestFamily Offending { get; private set; } = default!;

        public TestFamily Working { get; private set; } = default!;

        public TestFamily Later { get; private set; } = default!;

        public Guid North { get; private set; }

        public Guid South { get; private set; }

        public Dictionary<string, Guid> Ids { get; } = [];

        public async Task InitializeAsync()
        {
            North = await Factory.CreateTeamAsync("North");
            South = await Factory.CreateTeamAsync("South");
            var northPractitioner = await Factory.CreateStaffAsync("north.practitioner@test.gov.uk", Roles.Practitioner, North);
            var southPractitioner = await Factory.CreateStaffAsync("south.practitioner@test.gov.uk", Roles.Practitioner, South);
            await Factory.CreateStaffAsync("north.manager@test.gov.uk", Roles.Manager, North);
            await Factory.CreateStaffAsync("south.manager@test.gov.uk", Roles.Manager, South);
            await Factory.CreateStaffAsync("impact.analyst@test.gov.uk", Roles.Analyst);
            await Factory.CreateStaffAsync("north.admin@test.gov.uk", Roles.Administrator, North);

            Reduced = await Factory.ImportFamilyAsync("2013-09-01");
            Quiet = await Factory.ImportFamilyAsync("2013-10-01");
            Working = await Factory.ImportFamilyAsync("2013-11-15");
            Offending = await Factory.ImportFamilyAsync("2014-02-01");
            Later = await Factory.ImportFamilyAsync("2014-09-01");
            Assert.Equal(2, (await Factory.ImportAsync(ImportKind.Asb,
                $"person_ref,incident_date,incident_type\n{Reduced.ChildRef},2013-04-01,Noise\n{Reduced.ChildRef},2013-08-31,Vandalism\n")).Added);
            Assert.Equal(2, (await Factory.ImportAsync(ImportKind.Offences,
                $"person_ref,offence_date,offence_type\n{Offending.ChildRef},2013-12-01,Theft\n{Offending.ChildRef},2014-05-01,Theft\n")).Added);
            Assert.Equal(1, (await Factory.ImportAsync(ImportKind.Benefits, $"person_ref,benefit,start_date,end_date\n{Working.AdultRef},JSA,2013-01-01,\n")).Added);
            Assert.Equal(1, (await Factory.ImportAsync(ImportKind.Employment, $"person_ref,start_date,end_date\n{Working.AdultRef},2014-01-10,\n")).Added);
            Assert.Equal(1, (await Factory.ImportAsync(ImportKind.WorkProgramme, $"person_ref,referral_date,programme\n{Working.AdultRef},2013-12-01,Work Programme\n")).Added);

            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = new DateTimeOffset(2014, 1, 15, 10, 0, 0, TimeSpan.Zero);
            foreach (var (family, team, practitioner) in new[]
            {
                (Reduced, North, northPractitioner), (Quiet, North, northPractitioner), (Offending, North, northPractitioner),
                (Working, South, southPractitioner), (Later, North, northPractitioner),
            })
            {
                var familyCase = await db.FamilyCases.SingleAsync(f => f.Reference == family.FamilyRef);
                Assert.True(familyCase.Allocate(practitioner, team, practitioner, now).Succeeded);
                Ids[family.FamilyRef] = familyCase.Id;
            }

            var reducedChild = await db.People.SingleAsync(p => p.Reference == PersonReference.Normalise(Reduced.ChildRef));
            Assert.True(reducedChild.RecordChildStatus(ChildStatus.LookedAfter, new DateOnly(2013, 6, 1), new DateOnly(2013, 12, 31)).Succeeded);
            var quietChild = await db.People.SingleAsync(p => p.Reference == PersonReference.Normalise(Quiet.ChildRef));
            Assert.True(quietChild.RecordChildStatus(ChildStatus.LookedAfter, new DateOnly(2014, 3, 1)).Succeeded);

            // A Family Group Conference referral for Reduced, and five participants' feedback on one of its meetings.
            var referral = FamilyGroupConference.Refer(
                Ids[Reduced.FamilyRef], northPractitioner.ToString("D"), new FamilyFirst.Domain.Conferences.Consent("Parent", null, true, new DateOnly(2014, 1, 10), true, true),
                ["Worry"], ["Question"], [], now);
            Assert.True(referral.Succeeded, referral.Error);
            db.FamilyGroupConferences.Add(referral.Value!);
            var meeting = Meeting.Schedule(Ids[Reduced.FamilyRef], MeetingType.ResponsiveCircle, now.AddDays(7), now.AddDays(7).AddHours(1), "Hall", northPractitioner.ToString("D"));
            Assert.True(meeting.Succeeded, meeting.Error);
            db.Meetings.Add(meeting.Value!);
            foreach (var rating in new[] { 5, 4, 5, 4, 5 })
            {
                db.FeedbackResponses.Add(FeedbackResponse.Submit(meeting.Value!.Id, rating, 5, rating, 3, null).Value!);
            }

            await db.SaveChangesAsync();
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    /// <summary>The engine's own results for each family, summed here without the report's code.</summary>
    private async Task<(int Families, int OffFamilies, int OffReduced, int Children, int Improved, int EmpFamilies, int Entered, int Continuous, int Progress, int Turned)> ExpectedAsync(params TestFamily[] families)
    {
        await using var scope = _f.Factory.Services.CreateAsyncScope();
        var engine = scope.ServiceProvider.GetRequiredService<FamilyResultsService>();
        var results = new List<FamilyResults>();
        foreach (var family in families)
        {
            results.Add((await engine.ForFamilyAsync(_f.Ids[family.FamilyRef], AsAt, default))!);
        }

        var eligible = results.Where(r => r.Eligible).ToList();
        return (
            eligible.Count,
            eligible.Count(r => r.CrimeAsbApplies && r.CrimeAsbAssessable),
            eligible.Count(r => r.CrimeAsbApplies && r.CrimeAsbAssessable && r.CrimeAsbMet),
            eligible.Sum(r => r.ChildrenWithProblem),
            eligible.Sum(r => r.ChildrenAttendanceImproved),
            eligible.Count(r => r.AdultsOnOutOfWorkBenefits > 0),
            eligible.Count(r => r.AdultsOnOutOfWorkBenefits > 0 && r.AdultEnteredEmployment),
            eligible.Count(r => r.ContinuousEmploymentMet),
            eligible.Count(r => r.ProgressToWork),
            eligible.Count(r => r.TurnedAround));
    }

    private static Dictionary<string, string[]> CsvFigures(string csv) =>
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).TakeWhile(l => !l.StartsWith("Attachment quarter", StringComparison.Ordinal))
            .Skip(1).Select(ParseCsvLine).Where(f => f.Length >= 3).GroupBy(f => f[1]).ToDictionary(g => g.Key, g => g.First());

    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else current.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(current.ToString()); current.Clear(); }
            else current.Append(c);
        }

        fields.Add(current.ToString());
        return fields.ToArray();
    }

    private static int Int(Dictionary<string, string[]> figures, string measure, int column = 2) =>
        int.Parse(figures[measure][column], CultureInfo.InvariantCulture);

    [Fact]
    public async Task ReportFigures_EqualTheSumOfTheEnginesPerFamilyResults()
    {
        var expected = await ExpectedAsync(_f.Reduced, _f.Quiet, _f.Working, _f.Offending, _f.Later);
        Assert.Equal(4, expected.Families);
        Assert.Equal((2, 1), (expected.OffFamilies, expected.OffReduced));
        Assert.Equal((1, 1, 1, 1), (expected.EmpFamilies, expected.Entered, expected.Continuous, expected.Progress));
        var client = await _f.Factory.SignedInClientAsync("impact.analyst@test.gov.uk");

        var csv = await client.GetStringAsync("/reports/impact?handler=Csv&" + AsAtQuery);
        var figures = CsvFigures(csv);

        Assert.Equal(expected.Families, Int(figures, "Families in the report"));
        var offending = figures["families who significantly reduced (or stopped) their offending"];
        Assert.Equal([expected.OffReduced.ToString(CultureInfo.InvariantCulture), expected.OffFamilies.ToString(CultureInfo.InvariantCulture), "50.0"], offending[2..5]);
        Assert.Equal(expected.Improved, Int(figures, "children and young people who increased their school attendance to over 85% and reduced their exclusions"));
        Assert.Equal(expected.Children, Int(figures, "children and young people who increased their school attendance to over 85% and reduced their exclusions", 3));
        Assert.Equal(expected.Entered, Int(figures, "families who had an adult who entered into employment"));
        Assert.Equal(expected.EmpFamilies, Int(figures, "families who had an adult who entered into employment", 3));
        Assert.Equal(expected.Continuous, Int(figures, "Families with the continuous employment result"));
        Assert.Equal(expected.Progress, Int(figures, "Families who made progress to work"));
        Assert.Equal(expected.Turned, Int(figures, "Families turned around"));

        // The page says the same, worded as the seed words it, with the count and what it is out of.
        var page = await client.GetPageAsync("/reports/impact?" + AsAtQuery);
        var text = page.Body!.TextContent.Replace("\n", " ", StringComparison.Ordinal);
        Assert.Contains("1 of 2 families significantly reduced (or stopped) their offending", string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Contains("1 of 1 families had an adult who entered into employment", string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        Assert.NotNull(page.QuerySelector("svg#chart-headline, svg[aria-labelledby^='chart-headline']"));
        Assert.Equal(4, page.QuerySelectorAll("svg.app-chart").Length); // the headline chart and one trend chart for each headline
        Assert.All(page.QuerySelectorAll("svg.app-chart"), svg => Assert.Equal("img", svg.GetAttribute("role")));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "/reports/impact/definitions#offending");

        // An analyst may open the lists of families behind the figures (pseudonymised: see below).
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href")?.StartsWith("/reports/impact/families", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ThePage_TheVerb_AndTheApi_Agree()
    {
        var client = await _f.Factory.SignedInClientAsync("impact.analyst@test.gov.uk");
        var figures = CsvFigures(await client.GetStringAsync("/reports/impact?handler=Csv&" + AsAtQuery + "&Team=" + _f.North));

        var (exit, output, error) = await _f.Factory.RunVerbAsync("report", "impact", "--as-at", "2014-09-01", "--team", "North");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(Int(figures, "Families in the report"), root.GetProperty("families").GetInt32());
        Assert.Equal(3, root.GetProperty("families").GetInt32());
        Assert.Equal(Int(figures, "families who significantly reduced (or stopped) their offending"), root.GetProperty("offending").GetProperty("reduced").GetInt32());
        Assert.Equal(Int(figures, "families who significantly reduced (or stopped) their offending", 3), root.GetProperty("offending").GetProperty("families").GetInt32());
        Assert.Equal(0, root.GetProperty("employment").GetProperty("families").GetInt32());
        Assert.Equal(Int(figures, "Families turned around"), root.GetProperty("turnedAround").GetInt32());

        // The API, signed in with an analyst's token, gives the same JSON as the verb.
        var analyst = await _f.Factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == "impact.analyst@test.gov.uk"));
        var (secret, token) = ApiToken.Issue(analyst.Id, "Report", DateTime.UtcNow, 30);
        await _f.Factory.WithDbAsync(async db => { db.ApiTokens.Add(token); return await db.SaveChangesAsync(); });
        var api = _f.Factory.CreateBrowserlessClient();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        var fromApi = await api.GetStringAsync("/api/reports/impact?asAt=2014-09-01&team=" + _f.North);
        Assert.Equal(JsonSerializer.Serialize(JsonDocument.Parse(output).RootElement), JsonSerializer.Serialize(JsonDocument.Parse(fromApi).RootElement));
    }

    [Fact]
    public async Task LookedAfterChildren_ConferencesAndFeedback_AreCountedForTheCohort()
    {
        var client = await _f.Factory.SignedInClientAsync("impact.analyst@test.gov.uk");
        var figures = CsvFigures(await client.GetStringAsync("/reports/impact?handler=Csv&" + AsAtQuery));

        Assert.Equal(1, Int(figures, "Children looked after on their family's attachment date"));
        Assert.Equal(1, Int(figures, "Children looked after on 2014-09-01"));
        Assert.Equal(1, Int(figures, "Referrals"));
        Assert.Equal(0, Int(figures, "Conferences held"));
        Assert.Equal(5, Int(figures, "People who answered"));
        Assert.Equal("4.6", figures["Felt listened to (average, 1 to 5)"][2]);
        Assert.Equal("3.0", figures["The plan feels like ours (average, 1 to 5)"][2]);

        // The South team's cohort has none of these.
        var south = CsvFigures(await client.GetStringAsync("/reports/impact?handler=Csv&" + AsAtQuery + "&Team=" + _f.South));
        Assert.Equal(1, Int(south, "Families in the report"));
        Assert.Equal(0, Int(south, "Referrals"));
        Assert.Equal(0, Int(south, "People who answered"));
    }

    [Fact]
    public async Task Downloads_AreCsvAndAnExcelWorkbook_AndAreAuditedAsExports()
    {
        var client = await _f.Factory.SignedInClientAsync("impact.analyst@test.gov.uk");

        var xlsx = await client.GetAsync("/reports/impact?handler=Xlsx&" + AsAtQuery);

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var sheets = workbook.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Impact report", "By attachment quarter"], sheets);
        var quarters = workbook.WorkbookPart.WorksheetParts.Last().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
        Assert.Equal(4, quarters); // a header and three quarters: July to September 2013, October to December 2013, January to March 2014
        Assert.True(await _f.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Export && a.RecordType == "ImpactReport" && a.Detail!.StartsWith("Excel"))));
    }

    [Theory]
    [InlineData("AsAt=01/09/2015", "AsAt", "Report as at must be a real date")]
    [InlineData("AsAt=0001-01-01", "AsAt", "Report as at must be between 1 January 2000 and 31 December 2099")]
    [InlineData("AsAt.Day=1&AsAt.Month=1&AsAt.Year=0001", "AsAt", "Report as at must be between 1 January 2000 and 31 December 2099")]
    [InlineData("AsAt=2014-09-01&From=01/01/2013", "From", "Families attached from must be a real date")]
    [InlineData("AsAt=2014-09-01&To.Day=1&To.Month=1&To.Year=9999", "To", "Families attached to must be between 1 January 2000 and 31 December 2099")]
    public async Task ADateNotRealOrOutOfRange_IsAGovUkError_NeverIgnoredNorAServerError(string query, string field, string message)
    {
        var client = await _f.Factory.SignedInClientAsync("impact.analyst@test.gov.uk");

        var page = await client.GetPageAsync("/reports/impact?" + query);

        Assert.StartsWith("Error:", page.Title, StringComparison.Ordinal);
        page.AssertFieldError(field, message);
        Assert.Empty(page.QuerySelectorAll("svg.app-chart"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/reports/impact?handler=Csv&" + query)).StatusCode);
    }

    [Theory]
    [InlineData("asAt=0001-01-01")]
    [InlineData("asAt=01/09/2014")]
    public async Task FamiliesBehindAFigure_ForADateNotRealOrOutOfRange_IsNotFound(string query)
    {
        var client = await _f.Factory.SignedInClientAsync("north.manager@test.gov.uk");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/reports/impact/families?measure=families&" + query)).StatusCode);
    }

    [Fact]
    public async Task BadChoices_ShowErrors_AndNoFigures()
    {
        var client = await _f.Factory.SignedInClientAsync("impact.analyst@test.gov.uk");

        var page = await client.GetPageAsync("/reports/impact?" + AsAtQuery + "&From.Day=1&From.Month=1&From.Year=2014&To.Day=1&To.Month=1&To.Year=2013");

        page.AssertFieldError("From", "The start of the attachment period must be the same as or before the end");
        Assert.Empty(page.QuerySelectorAll("svg.app-chart"));
    }

    [Fact]
    public async Task FamiliesBehindAFigure_ForAManager_OnlyListsTheirTeamsFamilies_AndIsAudited()
    {
        var client = await _f.Factory.SignedInClientAsync("north.manager@test.gov.uk");

        var report = await client.GetPageAsync("/reports/impact?" + AsAtQuery);
        var link = report.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).First(h => h?.StartsWith("/reports/impact/families?measure=families&", StringComparison.Ordinal) == true);
        var page = await client.GetPageAsync(link!);

        var listed = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()).ToList();
        Assert.Equal(new[] { _f.Reduced.FamilyRef, _f.Quiet.FamilyRef, _f.Offending.FamilyRef }.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Contains("1 family is in this figure but not listed", page.QuerySelector(".govuk-inset-text")!.TextContent);
        var turned = await client.GetPageAsync("/reports/impact/families?measure=turned-around&asAt=2014-09-01");
        Assert.Equal([_f.Reduced.FamilyRef], turned.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim()));
        Assert.True(await _f.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.View && a.RecordType == "ImpactReport" && a.RecordId == "turned-around")));
    }

    [Fact]
    public async Task FamiliesBehindAFigure_ForAnAnalyst_ListsEveryFamily_ByReferenceOnly()
    {
        var client = await _f.Factory.SignedInClientAsync("impact.analyst@test.gov.uk");

        var page = await client.GetPageAsync("/reports/impact/families?measure=families&asAt=2014-09-01");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Equal(new[] { _f.Reduced.FamilyRef, _f.Quiet.FamilyRef, _f.Offending.FamilyRef, _f.Working.FamilyRef }.Order(StringComparer.Ordinal), rows.Select(r => r[1]).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.StartsWith("Name not shown", r[0], StringComparison.Ordinal));
        Assert.Null(page.QuerySelector(".govuk-inset-text"));
        Assert.All(page.QuerySelectorAll("tbody a"), a => Assert.StartsWith("/results/", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("north.admin@test.gov.uk")]
    [InlineData("north.practitioner@test.gov.uk")]
    public async Task FamiliesBehindAFigure_AreForManagersAndAnalystsOnly(string email)
    {
        var client = await _f.Factory.SignedInClientAsync(email);

        var response = await client.GetAsync("/reports/impact/families?measure=families&asAt=2014-09-01");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task TheReport_IsForManagersAndAnalystsOnly()
    {
        var client = await _f.Factory.SignedInClientAsync("north.practitioner@test.gov.uk");

        var response = await client.GetAsync("/reports/impact?" + AsAtQuery);

        Assert.Contains("/access-denied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ASnapshot_IsTakenReviewedAndApproved_ThenPublished_AndOnlyAnotherManagerApproves()
    {
        var taker = await _f.Factory.SignedInClientAsync("north.manager@test.gov.uk");
        var manager = await _f.Factory.SignedInClientAsync("south.manager@test.gov.uk");
        var analyst = await _f.Factory.SignedInClientAsync("impact.analyst@test.gov.uk");
        var report = await taker.GetPageAsync("/reports/impact?" + AsAtQuery);
        var form = report.QuerySelectorAll("form").Single(f => f.GetAttribute("action")?.Contains("handler=Snapshot", StringComparison.Ordinal) == true);

        var taken = await taker.PostFormAsync(form.GetAttribute("action")!.Replace("&amp;", "&", StringComparison.Ordinal), report, [], "form[action*='handler=Snapshot']");

        // The request is queued and computed in the background: its page shows where it has got to, then leads to the snapshot.
        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        var jobUrl = taken.Headers.Location!.OriginalString;
        var queued = await taker.GetPageAsync(jobUrl);
        Assert.Equal("Snapshot requested. It is being worked out in the background; this page shows how far it has got.", queued.SuccessBanner());
        Assert.Equal("Waiting to start", queued.SummaryValue("Status"));
        Assert.Equal(1, await _f.Factory.RunSnapshotWorkerAsync());
        var done = await taker.GetPageAsync(jobUrl);
        Assert.Equal("Done", done.SummaryValue("Status"));
        Assert.Equal("5 of 5 families", done.SummaryValue("Progress"));
        var snapshotUrl = done.QuerySelectorAll("a").Single(a => a.TextContent == "Review the snapshot").GetAttribute("href")!;
        var own = await taker.GetPageAsync(snapshotUrl);
        Assert.Equal("Waiting for approval", own.SummaryValue("Status"));

        // Publishing needs two people: the manager who took it is not offered approval, and is refused if they try.
        Assert.DoesNotContain(own.QuerySelectorAll("button"), b => b.TextContent.Contains("Approve", StringComparison.Ordinal));
        Assert.Contains("a different manager must check it and approve it", own.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var ownApproval = await (await taker.PostFormAsync(snapshotUrl + "?handler=Approve", own, [], "form[action='/sign-out']")).ReadPageAsync();
        Assert.Contains("You took this snapshot, so a different manager must approve it for publication", ownApproval.ErrorSummary());
        var review = await manager.GetPageAsync(snapshotUrl);
        Assert.Equal("Waiting for approval", review.SummaryValue("Status"));

        // Not approved yet: the public page does not show it.
        var anonymous = _f.Factory.CreateBrowserlessClient();
        var before = await anonymous.GetPageAsync("/evidence-of-impact");
        Assert.Contains("We have not published any figures yet", before.Body!.TextContent);
        Assert.Empty(before.QuerySelectorAll("[data-figure]"));

        // An analyst may review but not approve.
        var analystView = await analyst.GetPageAsync(snapshotUrl);
        Assert.DoesNotContain(analystView.QuerySelectorAll("button"), b => b.TextContent.Contains("Approve", StringComparison.Ordinal));
        var refused = await analyst.PostFormAsync(snapshotUrl + "?handler=Approve", analystView, [], "form[action='/sign-out']");
        Assert.Contains("/access-denied", refused.Headers.Location!.OriginalString);
        Assert.Equal("Waiting for approval", (await manager.GetPageAsync(snapshotUrl)).SummaryValue("Status"));

        var approved = await manager.PostFormAsync(snapshotUrl + "?handler=Approve", review, [], "form[action*='handler=Approve']");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal("Approved and published", (await manager.GetPageAsync(snapshotUrl)).SummaryValue("Status"));
        Assert.True(await _f.Factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.Change && a.RecordType == "ImpactSnapshot")));

        // Published: small counts are hidden ("fewer than 10") and no percentage is given; never a family's name or reference.
        var after = await anonymous.GetPageAsync("/evidence-of-impact");
        Assert.Equal(3, after.QuerySelectorAll("[data-figure]").Length);
        Assert.All(after.QuerySelectorAll("[data-figure]"), f => Assert.Contains("fewer than 10", f.TextContent));
        Assert.DoesNotContain("%)", after.QuerySelector("section.app-evidence")!.TextContent);
        Assert.Contains("1 September 2014", after.Body!.TextContent);
        foreach (var family in new[] { _f.Reduced, _f.Quiet, _f.Working, _f.Offending })
        {
            Assert.DoesNotContain(family.FamilyRef, after.Body.TextContent);
            Assert.DoesNotContain(family.ChildRef, after.Body.TextContent);
        }
    }
}
