using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Security;
using FamilyFirst.Web.Tests.Families;
using Microsoft.AspNetCore.Routing;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>
/// Every form is safe to send again (ADR 0026): the same form sent twice (a lost response, then a resubmit) changes
/// the record once and goes where the first went with its confirmation; a new form (a new key) changes it again.
/// </summary>
public class RepeatSubmissionTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    /// <summary>
    /// POST handlers of public pages: no one is signed in, so the general mechanism does not apply; each has its own
    /// answer to a resubmission, or is a step of signing in that must run again when sent again.
    /// </summary>
    private static readonly Dictionary<string, string> PublicPosts = new(StringComparer.Ordinal)
    {
        ["/Account/AcceptInvitation"] = "sets a password once: the invitation link is used up by the first",
        ["/Account/ForgottenPassword"] = "sends a reset link; a repeat sends another, which is harmless and expected",
        ["/Account/ResetPassword"] = "the reset token is used up by the first",
        ["/Account/SignIn"] = "a step of signing in",
        ["/Account/SignInCode"] = "a step of signing in",
        ["/Account/SignInRecoveryCode"] = "a step of signing in; a recovery code is used up by the first",
        ["/Account/SignInWithPasskey"] = "a step of signing in",
        ["/Account/SignOut"] = "public so that an ended session can still sign out; signing out twice is signing out",
        ["/Enquiry/CheckAnswers"] = "the enquiry's draft key is its submission key, unique in the database",
        ["/Enquiry/*"] = "the enquiry's question pages save the draft's answer: sending it again saves the same answer",
        ["/Feedback/Index"] = "one response per link: the link is used up by the first",
        ["/FamilyView/Code"] = "a step of a family member's sign-in",
        ["/FamilyView/Invitation"] = "a step of a family member's sign-in; the invitation is used up by the first",
        ["/TrainingEvaluation/Index"] = "one evaluation per link: the link is used up by the first",
        ["/TrainingFollowUp/Index"] = "one follow-up answer per link: the link is used up by the first, and two sent at once keep one",
    };

    [Fact]
    public void EveryPostHandler_OfASignedInPage_IsCovered_AndEveryPublicOneIsAccountedFor()
    {
        _ = factory.Server;
        var pages = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>())
            .OfType<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>()
            .DistinctBy(p => p.ViewEnginePath)
            .ToList();
        var posts = pages.SelectMany(p => p.HandlerMethods.Where(h => h.HttpMethod == "Post").Select(h => (Page: p, Handler: h))).ToList();

        var covered = posts.Where(p => RepeatSubmissions.Covers(p.Handler, p.Page.EndpointMetadata)).ToList();
        var uncovered = posts.Except(covered)
            .Select(p => p.Page.ViewEnginePath)
            .Where(path => !PublicPosts.ContainsKey(path) && !(path.StartsWith("/Enquiry/", StringComparison.Ordinal) && PublicPosts.ContainsKey("/Enquiry/*")))
            .Distinct()
            .ToList();

        Assert.True(uncovered.Count == 0, "POST handlers not safe to send again and not accounted for: " + string.Join(", ", uncovered));
        // Every create handler (a POST that adds a record) is among the covered: those named in issue 22 at least.
        var coveredPaths = covered.Select(p => p.Page.ViewEnginePath).ToHashSet();
        string[] creates =
        [
            "/Families/Notes/New", "/Families/Open", "/Families/People/Add", "/Families/Network/Index", "/Meetings/New",
            "/Conferences/Refer", "/Plans/Index", "/Plans/Action", "/BottomLines/New", "/Families/References",
            "/Training/NewCourse", "/Training/NewSession", "/Training/Book", "/Families/Status", "/Families/Network/Member",
            "/Families/People/ContactRestriction", "/Admin/Users/Invite", "/Families/OnlineAccess/Invite", "/Conferences/Invite",
            "/Account/ApiTokens/New", "/Admin/Teams/Index", "/Families/Consent/Index", "/Families/Relationships", "/Meetings/Participant",
            "/Training/Consultancy/New", "/Training/Consultancy/AddSession",
        ];
        Assert.All(creates, c => Assert.Contains(c, coveredPaths));
        Assert.True(covered.Count > 100, $"only {covered.Count} POST handlers covered");
    }

    [Fact]
    public void EveryPostForm_InThePages_IsWrittenSoTheKeyIsAddedToIt()
    {
        // The key is added by a tag helper on <form method="post">; a form written any other way would go without it.
        var pages = Path.Combine(RepositoryFiles.Root, "src", "FamilyFirst.Web", "Pages");
        var strays = Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllLines(f).Select(line => (File: Path.GetRelativePath(pages, f), Line: line)))
            .Where(l => l.Line.Contains("<form", StringComparison.Ordinal) && !l.Line.Contains("method=\"post\"", StringComparison.Ordinal) && !l.Line.Contains("method=\"get\"", StringComparison.Ordinal))
            .Select(l => $"{l.File}: {l.Line.Trim()}")
            .ToList();
        Assert.True(strays.Count == 0, "Forms without method=\"post\" or method=\"get\": " + string.Join("; ", strays));
        Assert.Contains("@addTagHelper *, FamilyFirst.Web", File.ReadAllText(Path.Combine(pages, "_ViewImports.cshtml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormPage_GivesEachPostFormItsOwnKey_AndASearchFormNone()
    {
        var (client, family) = await PractitionerWithFamilyAsync("keys");

        var form = await client.GetPageAsync($"/families/{family.Id}/notes/new");
        var again = await client.GetPageAsync($"/families/{family.Id}/notes/new");
        var search = await client.GetPageAsync("/families/search");

        var key = Assert.Single(form.QuerySelectorAll($"main form[method=post] input[name={RepeatSubmissions.FieldName}]"));
        Assert.True(Guid.TryParse(key.GetAttribute("value"), out _));
        Assert.NotEqual(key.GetAttribute("value"), again.QuerySelector($"main form input[name={RepeatSubmissions.FieldName}]")!.GetAttribute("value"));
        Assert.Empty(search.QuerySelectorAll($"main form[method=get] input[name={RepeatSubmissions.FieldName}]"));
    }

    [Fact]
    public async Task CaseNote_SentAgain_IsSavedOnce()
    {
        var (client, family) = await PractitionerWithFamilyAsync("notes");
        await AssertSafeToRetryAsync(
            client,
            $"/families/{family.Id}/notes/new",
            n => [("Type", "Visit"), ("OccurredOn.Day", "10"), ("OccurredOn.Month", "11"), ("OccurredOn.Year", "2026"), ("Text", $"Visit number {n}")],
            db => db.CaseNotes.CountAsync(c => c.FamilyCaseId == family.Id),
            "Case note saved");
    }

    [Fact]
    public async Task Family_SentAgain_IsOpenedOnce()
    {
        var team = await factory.CreateTeamAsync("Repeat open team");
        var lead = await factory.CreateStaffAsync("repeat.open@test.familyfirst.test", Roles.Practitioner, team);
        var client = await factory.SignedInClientAsync("repeat.open@test.familyfirst.test");
        await AssertSafeToRetryAsync(
            client,
            "/families/new",
            n => [("FamilyName", $"Repeat open {n} family"), ("ReasonForInvolvement", "School worried"), ("LeadPractitioner", $"{lead:D}:{team:D}"), ("AttachToFamilyFirst", "no")],
            db => db.FamilyCases.CountAsync(f => f.FamilyName.StartsWith("Repeat open")));
    }

    [Fact]
    public async Task Person_SentAgain_IsAddedOnce()
    {
        var (client, family) = await PractitionerWithFamilyAsync("people");
        await AssertSafeToRetryAsync(
            client,
            $"/families/{family.Id}/people/add",
            n => [("Details.GivenName", n == 1 ? "Zebedee" : "Quentin"), ("Details.FamilyName", "Repeatson"), ("Details.DateOfBirth.Day", "4"), ("Details.DateOfBirth.Month", "3"), ("Details.DateOfBirth.Year", n == 1 ? "2012" : "2015"), ("Details.Gender", "Male"), ("Role", "ChildOrYoungPerson")],
            db => db.People.CountAsync(p => p.FamilyName == "Repeatson"));
    }

    [Fact]
    public async Task BottomLine_SentAgain_IsWrittenOnce()
    {
        var (client, family) = await PractitionerWithFamilyAsync("lines");
        await AssertSafeToRetryAsync(
            client,
            $"/families/{family.Id}/bottom-lines/new",
            n => [("Text", $"Kai does not have unsupervised contact with Mark ({n})")],
            db => db.BottomLines.CountAsync(l => l.FamilyId == family.Id));
    }

    [Fact]
    public async Task ApiToken_SentAgain_IsIssuedOnce()
    {
        await factory.CreateUserAsync("repeat.tokens@example.gov.uk", Roles.Analyst);
        var client = await factory.SignedInClientAsync("repeat.tokens@example.gov.uk");
        await AssertSafeToRetryAsync(
            client,
            "/account/api-tokens/new",
            n => [("Name", $"Repeat token {n}"), ("ValidForDays", "90")],
            db => db.ApiTokens.CountAsync(t => t.Name.StartsWith("Repeat token")));
    }

    [Fact]
    public async Task TeamAndInvitation_SentAgain_AreAddedOnce()
    {
        await factory.CreateUserAsync("repeat.admin@example.gov.uk", Roles.Administrator);
        var admin = await factory.SignedInClientAsync("repeat.admin@example.gov.uk");
        await AssertSafeToRetryAsync(
            admin,
            "/admin/teams",
            n => [("Name", $"Repeat team {n}")],
            db => db.Teams.CountAsync(t => t.Name.StartsWith("Repeat team")));
        await AssertSafeToRetryAsync(
            admin,
            "/admin/users/invite",
            n => [("DisplayName", $"Repeat Invitee {n}"), ("Email", $"repeat.invitee{n}@example.gov.uk"), ("SelectedRoles", Roles.Analyst)],
            db => db.Users.CountAsync(u => u.Email!.StartsWith("repeat.invitee")));
    }

    [Fact]
    public async Task TrainingCourseSessionAndBooking_SentAgain_AreAddedOnce()
    {
        await factory.CreateUserAsync("repeat.trainer@example.gov.uk", Roles.Trainer);
        var trainer = await factory.SignedInClientAsync("repeat.trainer@example.gov.uk");
        var title = "Repeat course " + Guid.NewGuid().ToString("N")[..6];
        await AssertSafeToRetryAsync(
            trainer,
            "/training/courses/new",
            n => [("Title", $"{title} {n}"), ("Summary", "Working with, not to or for"), ("LengthHours", "6"), ("Outcomes", "Use the restorative questions")],
            db => db.TrainingCourses.CountAsync(c => c.Title.StartsWith(title)));
        var courseId = await factory.WithDbAsync(db => db.TrainingCourses.Where(c => c.Title.StartsWith(title)).Select(c => c.Id).FirstAsync());

        var trainerId = (await trainer.GetPageAsync($"/training/courses/{courseId}/sessions/new")).QuerySelector<IHtmlSelectElement>("#TrainerId")!.Value!;
        await AssertSafeToRetryAsync(
            trainer,
            $"/training/courses/{courseId}/sessions/new",
            n => [("Date.Day", (10 + n).ToString(CultureInfo.InvariantCulture)), ("Date.Month", "2"), ("Date.Year", "2031"), ("StartTime", "9:30"), ("EndTime", "15:30"), ("Venue", "Town Hall, Room 2"), ("OnlineLink", string.Empty), ("TrainerId", trainerId), ("Capacity", "12")],
            db => db.TrainingSessions.CountAsync(s => s.CourseId == courseId));
        var sessionId = await factory.WithDbAsync(db => db.TrainingSessions.Where(s => s.CourseId == courseId).Select(s => s.Id).FirstAsync());

        await AssertSafeToRetryAsync(
            trainer,
            $"/training/book?sessionId={sessionId}",
            n => [("SessionId", sessionId.ToString()), ("Name", $"Dee Repeat {n}"), ("Email", $"dee.repeat{n}@example.org"), ("Phone", string.Empty), ("Kind", "PartnerAgency"), ("OrganisationType", "School"), ("OrganisationName", "Northmoor Academy"), ("JobRole", "Teaching assistant")],
            db => db.Set<Booking>().CountAsync(b => b.SessionId == sessionId));
    }

    [Fact]
    public async Task TwoIdenticalPosts_AtOnce_SaveOneCaseNote_AndBothGoWhereItWent()
    {
        var (client, family) = await PractitionerWithFamilyAsync("together");
        var url = $"/families/{family.Id}/notes/new";
        var fields = Fields(await client.GetPageAsync(url), null, [("Type", "Visit"), ("OccurredOn.Day", "10"), ("OccurredOn.Month", "11"), ("OccurredOn.Year", "2026"), ("Text", "Sent twice at once")]);

        var responses = await Task.WhenAll(
            client.PostAsync(url, new FormUrlEncodedContent(fields)),
            client.PostAsync(url, new FormUrlEncodedContent(fields)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(responses[0].Headers.Location, responses[1].Headers.Location);
        Assert.Equal(1, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(c => c.FamilyCaseId == family.Id)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ChronologyEntries.CountAsync(c => c.FamilyCaseId == family.Id && c.RecordType == nameof(CaseNote))));
    }

    [Fact]
    public async Task TheSameKey_WithOtherValues_IsANewSubmission_AndAFormRefusedForErrors_CanBeSentAgainCorrected()
    {
        // The Back button brings back a sent form with its key; what is typed into it afterwards is new.
        var (client, family) = await PractitionerWithFamilyAsync("changed");
        var url = $"/families/{family.Id}/notes/new";
        var page = await client.GetPageAsync(url);

        var refused = await client.PostAsync(url, new FormUrlEncodedContent(Fields(page, null, [("Type", "Visit"), ("Text", "No date yet")])));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var first = await client.PostAsync(url, new FormUrlEncodedContent(Fields(page, null, [("Type", "Visit"), ("OccurredOn.Day", "10"), ("OccurredOn.Month", "11"), ("OccurredOn.Year", "2026"), ("Text", "No date yet")])));
        var changed = await client.PostAsync(url, new FormUrlEncodedContent(Fields(page, null, [("Type", "Visit"), ("OccurredOn.Day", "11"), ("OccurredOn.Month", "11"), ("OccurredOn.Year", "2026"), ("Text", "Another visit")])));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(2, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(c => c.FamilyCaseId == family.Id)));
    }

    [Fact]
    public async Task AnotherPersonsKey_IsTheirs_NotARepeat()
    {
        var team = await factory.CreateTeamAsync("Repeat shared team");
        var lead = await factory.CreateStaffAsync("repeat.shared.one@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("repeat.shared.two@test.familyfirst.test", Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync("Repeat shared family", lead, team);
        var one = await factory.SignedInClientAsync("repeat.shared.one@test.familyfirst.test");
        var two = await factory.SignedInClientAsync("repeat.shared.two@test.familyfirst.test");
        var url = $"/families/{family.Id}/notes/new";
        var key = (await one.GetPageAsync(url)).QuerySelector($"main form input[name={RepeatSubmissions.FieldName}]")!.GetAttribute("value")!;
        (string, string)[] note = [("Type", "Visit"), ("OccurredOn.Day", "10"), ("OccurredOn.Month", "11"), ("OccurredOn.Year", "2026"), ("Text", "Same words")];

        Assert.Equal(HttpStatusCode.Redirect, (await one.PostAsync(url, new FormUrlEncodedContent(Fields(await one.GetPageAsync(url), key, note)))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await two.PostAsync(url, new FormUrlEncodedContent(Fields(await two.GetPageAsync(url), key, note)))).StatusCode);

        Assert.Equal(2, await factory.WithDbAsync(db => db.CaseNotes.CountAsync(c => c.FamilyCaseId == family.Id)));
    }

    /// <summary>
    /// Sends the form twice with one key (a lost response, then the browser's resubmit): one record, the second answer
    /// goes where the first went and shows the first's confirmation. Then a new form (a new key): a second record.
    /// </summary>
    private async Task AssertSafeToRetryAsync(HttpClient client, string url, Func<int, (string Name, string Value)[]> values, Func<AppDbContext, Task<int>> count, string? confirmation = null)
    {
        var before = await factory.WithDbAsync(count);
        var fields = Fields(await client.GetPageAsync(url), null, values(1));

        var first = await client.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.True(first.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{url}: {first.StatusCode}");
        var firstPage = first.StatusCode == HttpStatusCode.Redirect ? await client.GetPageAsync(first.Headers.Location!.OriginalString) : await first.ReadPageAsync();
        Assert.Empty(firstPage.ErrorSummary());
        Assert.Equal(before + 1, await factory.WithDbAsync(count));

        var again = await client.PostAsync(url, new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var expected = first.StatusCode == HttpStatusCode.Redirect ? first.Headers.Location!.OriginalString : new Uri(url, UriKind.Relative).OriginalString;
        Assert.Equal(expected, again.Headers.Location!.OriginalString);
        var shown = await client.GetPageAsync(again.Headers.Location!.OriginalString);
        Assert.Equal(first.StatusCode == HttpStatusCode.Redirect ? firstPage.SuccessBanner() : RepeatSubmissions.AlreadySent, shown.SuccessBanner());
        if (confirmation is not null)
        {
            Assert.Equal(confirmation, shown.SuccessBanner());
        }

        Assert.Equal(before + 1, await factory.WithDbAsync(count));

        var anew = await client.PostAsync(url, new FormUrlEncodedContent(Fields(await client.GetPageAsync(url), null, values(2))));
        Assert.True(anew.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, $"{url}: {anew.StatusCode}");
        Assert.Equal(before + 2, await factory.WithDbAsync(count));
    }

    /// <summary>The main form's antiforgery token and submission key (or the key given) with the values.</summary>
    private static List<KeyValuePair<string, string>> Fields(IDocument page, string? key, (string Name, string Value)[] values)
    {
        var form = page.QuerySelectorAll("main form[method=post]").LastOrDefault() ?? throw new InvalidOperationException("The page has no form.");
        var fields = values.Select(v => new KeyValuePair<string, string>(v.Name, v.Value)).ToList();
        fields.Add(new("__RequestVerificationToken", form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value));
        fields.Add(new(RepeatSubmissions.FieldName, key ?? form.QuerySelector<IHtmlInputElement>($"input[name={RepeatSubmissions.FieldName}]")!.Value));
        return fields;
    }

    private async Task<(HttpClient Client, FamilyCase Family)> PractitionerWithFamilyAsync(string name)
    {
        var team = await factory.CreateTeamAsync($"Repeat {name} team");
        var email = $"repeat.{name}@test.familyfirst.test";
        var lead = await factory.CreateStaffAsync(email, Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync($"Repeat {name} family", lead, team);
        return (await factory.SignedInClientAsync(email), family);
    }
}
