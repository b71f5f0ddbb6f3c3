using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.Data;
using static FamilyFirst.Web.Tests.Enquiries.SeededEnquiries;

namespace FamilyFirst.Web.Tests.Enquiries;

public class EnquiryTriageTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private async Task<HttpClient> SignedInAsync(string email, params string[] roles)
    {
        await factory.CreateUserAsync(email, roles);
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ActAsync(HttpClient client, Guid id, string handler, params (string, string)[] values)
    {
        var page = await client.GetPageAsync($"/enquiries/{id}");
        var response = await client.PostFormAsync($"/enquiries/{id}?handler={handler}", page, values.Select(v => new KeyValuePair<string, string>(v.Item1, v.Item2)), $"form[action*='handler={handler}']");
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return await client.GetPageAsync(response.Headers.Location!.OriginalString);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadPageAsync();
    }

    private static IReadOnlyList<string> History(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".app-history-row").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Skip(1).Select(td => td.TextContent.Trim()))).ToList();

    [Fact]
    public async Task TriageOfficer_AssignsNotesAndAccepts_AndEveryChangeIsInTheHistory()
    {
        var (id, reference) = await factory.AddAsync(EnquiryType.ReferringAFamily, DateTimeOffset.UtcNow, "Triage family");
        await factory.CreateUserAsync("colleague.triage@example.gov.uk", Roles.Practitioner);
        await factory.CreateUserAsync("trainer.triage@example.gov.uk", Roles.Trainer);
        var client = await SignedInAsync("officer.triage@example.gov.uk", Roles.Practitioner);

        var detail = await client.GetPageAsync($"/enquiries/{id}");
        Assert.Equal(reference, detail.Heading());
        Assert.Equal("Triage family", detail.SummaryValue("Names"));
        var colleagues = detail.QuerySelectorAll("#AssigneeId option").Select(o => o.TextContent).ToList();
        Assert.Contains("colleague.triage", colleagues);
        Assert.DoesNotContain("trainer.triage", colleagues);

        var assigned = await ActAsync(client, id, "AssignToMe");
        Assert.Equal("The enquiry is assigned to you", assigned.SuccessBanner());
        Assert.Equal(("In triage", "officer.triage"), (assigned.SummaryValue("Status"), assigned.SummaryValue("Assigned to")));

        var colleagueId = assigned.QuerySelectorAll("#AssigneeId option").Single(o => o.TextContent == "colleague.triage").GetAttribute("value")!;
        var reassigned = await ActAsync(client, id, "Assign", ("AssigneeId", colleagueId));
        Assert.Equal("The enquiry is assigned to colleague.triage", reassigned.SuccessBanner());

        var noted = await ActAsync(client, id, "Note", ("Note", "Spoke to <b>school</b> & family"));
        Assert.Equal("Triage note added", noted.SuccessBanner());
        Assert.Contains("Spoke to <b>school</b> & family", noted.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(noted.QuerySelector("main b"));

        var accepted = await ActAsync(client, id, "Accept");
        Assert.Equal("The enquiry is accepted for a family case", accepted.SuccessBanner());
        Assert.Equal("Accepted", accepted.SummaryValue("Status"));
        Assert.Equal(
            [
                "officer.triage | Accepted for a family case",
                "officer.triage | Triage note added",
                "officer.triage | Assigned to colleague.triage",
                "officer.triage | officer.triage assigned the enquiry to themselves",
                "Online form | Enquiry received through the online form",
            ],
            History(accepted));

        var reopened = await ActAsync(client, id, "Reopen");
        Assert.Equal("The enquiry is reopened for triage", reopened.SuccessBanner());
        Assert.Equal("In triage", reopened.SummaryValue("Status"));
    }

    [Fact]
    public async Task Actions_WithMissingAnswers_ShowGovUkErrors()
    {
        var (id, _) = await factory.AddAsync(EnquiryType.SupportForMyFamily, DateTimeOffset.UtcNow);
        var client = await SignedInAsync("errors.triage@example.gov.uk", Roles.Manager);

        (await ActAsync(client, id, "Note", ("Note", " "))).AssertFieldError("Note", "Enter a triage note");
        (await ActAsync(client, id, "Note", ("Note", new string('a', 2001)))).AssertFieldError("Note", "Triage note must be 2,000 characters or less");
        (await ActAsync(client, id, "Assign", ("AssigneeId", ""))).AssertFieldError("AssigneeId", "Select a colleague to assign the enquiry to");
        (await ActAsync(client, id, "Assign", ("AssigneeId", "not-a-colleague"))).AssertFieldError("AssigneeId", "Select a colleague to assign the enquiry to");

        await using var scope = factory.Services.CreateAsyncScope();
        var enquiry = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Enquiries.Include(e => e.History).SingleAsync(e => e.Id == id);
        Assert.Equal(EnquiryStatus.New, enquiry.Status);
        Assert.Single(enquiry.History);
    }

    [Fact]
    public async Task Close_NeedsAReason_ThenRecordsIt()
    {
        var (id, _) = await factory.AddAsync(EnquiryType.SupportForMyFamily, DateTimeOffset.UtcNow);
        var client = await SignedInAsync("closer.triage@example.gov.uk", Roles.Practitioner);
        var form = await client.GetPageAsync($"/enquiries/{id}/close");

        var missing = await (await client.PostFormAsync($"/enquiries/{id}/close", form, ("Note", "no reason given"))).ReadPageAsync();
        missing.AssertFieldError("ReasonId", "Select a reason for closing the enquiry");
        Assert.Equal("no reason given", missing.QuerySelector("textarea[name=Note]")!.TextContent.Trim());

        var duplicate = form.QuerySelectorAll("input[name=ReasonId]").Single(i => i.NextElementSibling!.TextContent == "Duplicate").GetAttribute("value")!;
        var response = await client.PostFormAsync($"/enquiries/{id}/close", form, ("ReasonId", duplicate), ("Note", "Same as ENQ-2222-3333"));
        var closed = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("The enquiry is closed: Duplicate", closed.SuccessBanner());
        Assert.Equal(("Closed", "Duplicate"), (closed.SummaryValue("Status"), closed.SummaryValue("Reason for closing")));
        Assert.Contains("closer.triage | Closed: Duplicate", History(closed)[0], StringComparison.Ordinal);
        Assert.Null(closed.QuerySelector("form[action*='handler=Accept']"));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/enquiries/{id}/close")).StatusCode);
    }

    [Fact]
    public async Task TrainingEnquiry_CannotBeAcceptedForAFamilyCase()
    {
        var (id, _) = await factory.AddAsync(EnquiryType.TrainingOrConsultancy, DateTimeOffset.UtcNow);
        var client = await SignedInAsync("trainer.accept@example.gov.uk", Roles.Trainer);
        var page = await client.GetPageAsync($"/enquiries/{id}");
        Assert.Null(page.QuerySelector("form[action*='handler=Accept']"));

        var response = await client.PostFormAsync($"/enquiries/{id}?handler=Accept", page, [], "form[action*='handler=AssignToMe']");

        Assert.Contains("cannot be accepted for a family case", (await response.ReadPageAsync()).ErrorSummary().Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_EditsTheClosureReasons_WhichTheClosePageOffers()
    {
        var admin = await SignedInAsync("admin.reasons@example.gov.uk", Roles.Administrator);
        var page = await admin.GetPageAsync("/admin/enquiry-closure-reasons");
        Assert.Contains("Signposted elsewhere", page.QuerySelector("table")!.TextContent, StringComparison.Ordinal);

        var added = await admin.PostFormAsync("/admin/enquiry-closure-reasons", page, ("Name", "Moved out of the area"));
        Assert.Equal("Added the reason \u201cMoved out of the area\u201d", (await admin.GetPageAsync(added.Headers.Location!.OriginalString)).SuccessBanner());
        var again = await (await admin.PostFormAsync("/admin/enquiry-closure-reasons", page, ("Name", "Moved out of the area"))).ReadPageAsync();
        again.AssertFieldError("Name", "A reason with this name already exists");
        (await (await admin.PostFormAsync("/admin/enquiry-closure-reasons", page, ("Name", ""))).ReadPageAsync()).AssertFieldError("Name", "Enter the reason");

        page = await admin.GetPageAsync("/admin/enquiry-closure-reasons");
        var stop = page.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("Answered", StringComparison.Ordinal)).QuerySelector("form")!;
        await admin.PostFormAsync(stop.GetAttribute("action")!, page, [], $"form[action='{stop.GetAttribute("action")}']");

        var (id, _) = await factory.AddAsync(EnquiryType.SupportForMyFamily, DateTimeOffset.UtcNow);
        var practitioner = await SignedInAsync("reasons.practitioner@example.gov.uk", Roles.Practitioner);
        var offered = (await practitioner.GetPageAsync($"/enquiries/{id}/close")).QuerySelectorAll(".govuk-radios__label").Select(l => l.TextContent).ToList();
        Assert.Contains("Moved out of the area", offered);
        Assert.DoesNotContain("Answered", offered);
        Assert.StartsWith("/access-denied", (await practitioner.GetAsync("/admin/enquiry-closure-reasons")).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }
}
