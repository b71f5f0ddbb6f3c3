using AngleSharp.Dom;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Tests.Enquiries;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>Opening a family case from an accepted enquiry: pre-filled from it, linked both ways, once only.</summary>
public class OpenFromEnquiryTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private static readonly EnquiryActor Triage = new("triage", "Triage Officer");

    [Fact]
    public async Task AcceptedEnquiry_OpensAPreFilledCase_LinkedBothWays_AndOffersToAddThePeopleItNames()
    {
        var team = await factory.CreateTeamAsync("From enquiry team");
        var lead = await factory.CreateStaffAsync("from.enquiry@test.familyfirst.test", Roles.Practitioner, team);
        var (enquiryId, reference) = await factory.AddAsync(EnquiryType.ReferringAFamily, DateTimeOffset.UtcNow, "Sam and Alex Kestrel (mum)", e => e.Accept(Triage, DateTimeOffset.UtcNow));
        var client = await factory.SignedInClientAsync("from.enquiry@test.familyfirst.test");

        var enquiryPage = await client.GetPageAsync($"/enquiries/{enquiryId}");
        var openLink = enquiryPage.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Open a family case from this enquiry");
        Assert.Equal($"/families/new?enquiry={enquiryId}", openLink.GetAttribute("href"));

        var form = await client.GetPageAsync(openLink.GetAttribute("href")!);
        Assert.Equal($"From enquiry {reference}", form.QuerySelector(".govuk-caption-xl")!.TextContent.Trim());
        Assert.Equal("Kestrel family", form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#FamilyName")!.Value);
        var reason = form.QuerySelector<AngleSharp.Html.Dom.IHtmlTextAreaElement>("#ReasonForInvolvement")!.Value;
        Assert.Contains("What is happening: Something is happening", reason, StringComparison.Ordinal);
        Assert.EndsWith($"Referred by Seed Contact (Seed School), enquiry {reference}", reason, StringComparison.Ordinal);

        var response = await client.PostFormAsync($"/families/new?enquiry={enquiryId}", form,
            ("FamilyName", "Kestrel family"), ("ReasonForInvolvement", reason), ("LeadPractitioner", $"{lead:D}:{team:D}"), ("AttachToFamilyFirst", "no"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var family = await factory.WithDbAsync(db => db.FamilyCases.SingleAsync(f => f.SourceEnquiryId == enquiryId));
        var casePage = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(reference, casePage.SummaryValue("Opened from enquiry"));
        var addLinks = casePage.QuerySelectorAll("a").Where(a => a.TextContent.StartsWith("Add ", StringComparison.Ordinal) && a.GetAttribute("href")!.Contains("givenName", StringComparison.Ordinal)).Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/families/{family.Id}/people/add?givenName=Sam&familyName=Kestrel", $"/families/{family.Id}/people/add?givenName=Alex&familyName=Kestrel"], addLinks);

        var addForm = await client.GetPageAsync(addLinks[0]!);
        Assert.Equal(("Sam", "Kestrel"), (addForm.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Details_GivenName")!.Value, addForm.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Details_FamilyName")!.Value));

        var enquiryAfter = await client.GetPageAsync($"/enquiries/{enquiryId}");
        Assert.Equal(family.Reference, enquiryAfter.SummaryValue("Family case"));
        Assert.Contains(enquiryAfter.QuerySelectorAll(".app-history-row td"), td => td.TextContent.Trim() == $"Family case {family.Reference} opened from this enquiry");
        Assert.DoesNotContain(enquiryAfter.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Open a family case from this enquiry");
        var stored = await factory.WithDbAsync(db => db.Enquiries.SingleAsync(e => e.Id == enquiryId));
        Assert.Equal(family.Id, stored.FamilyCaseId);
        var opened = await factory.WithDbAsync(db => db.ChronologyEntries.Where(e => e.FamilyCaseId == family.Id && e.Type == ChronologyEventType.CaseStatus).Select(e => e.Summary).SingleAsync());
        Assert.StartsWith($"Case opened from enquiry {reference}", opened, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == family.Id && a.Action == AuditAction.Create && a.Detail == $"Opened from enquiry {reference}")));

        // A second attempt (another tab, the back button) opens nothing.
        var again = await client.GetPageAsync($"/families/new?enquiry={enquiryId}");
        Assert.Contains($"Family case {family.Reference} has already been opened from enquiry {reference}", again.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var repost = await client.PostFormAsync($"/families/new?enquiry={enquiryId}", form,
            ("FamilyName", "Kestrel family"), ("ReasonForInvolvement", reason), ("LeadPractitioner", $"{lead:D}:{team:D}"), ("AttachToFamilyFirst", "no"));
        Assert.Equal(HttpStatusCode.OK, repost.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.FamilyCases.CountAsync(f => f.SourceEnquiryId == enquiryId)));
    }

    [Fact]
    public async Task EnquiryNotYetAccepted_CannotHaveACaseOpenedFromIt()
    {
        var team = await factory.CreateTeamAsync("Not accepted team");
        var lead = await factory.CreateStaffAsync("not.accepted@test.familyfirst.test", Roles.Practitioner, team);
        var (enquiryId, reference) = await factory.AddAsync(EnquiryType.SupportForMyFamily, DateTimeOffset.UtcNow, "Wren family");
        var client = await factory.SignedInClientAsync("not.accepted@test.familyfirst.test");

        var page = await client.GetPageAsync($"/families/new?enquiry={enquiryId}");
        Assert.Contains($"Accept enquiry {reference} before opening a family case from it", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#FamilyName"));

        var token = await client.GetPageAsync("/families/new");
        var post = await client.PostFormAsync($"/families/new?enquiry={enquiryId}", token,
            ("FamilyName", "Wren family"), ("ReasonForInvolvement", "Help"), ("LeadPractitioner", $"{lead:D}:{team:D}"), ("AttachToFamilyFirst", "no"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.FamilyCases.AnyAsync(f => f.SourceEnquiryId == enquiryId)));
    }

    [Fact]
    public async Task TrainingEnquiry_OrOneThatDoesNotExist_IsNotFound()
    {
        var team = await factory.CreateTeamAsync("Training enquiry team");
        await factory.CreateStaffAsync("training.enquiry@test.familyfirst.test", Roles.Manager, team);
        var (trainingId, _) = await factory.AddAsync(EnquiryType.TrainingOrConsultancy, DateTimeOffset.UtcNow, "Circle training", e => e.Close("Answered", null, Triage, DateTimeOffset.UtcNow));
        var client = await factory.SignedInClientAsync("training.enquiry@test.familyfirst.test");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/families/new?enquiry={trainingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/families/new?enquiry={Guid.NewGuid()}")).StatusCode);
    }
}
