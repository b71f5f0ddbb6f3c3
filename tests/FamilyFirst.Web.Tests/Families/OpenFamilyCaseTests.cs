using AngleSharp.Dom;
using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>Opening a family case directly, from <c>/families/new</c>.</summary>
public class OpenFamilyCaseTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task Open_WithNothingEntered_ShowsEachErrorByItsFieldAndInTheSummary()
    {
        var team = await factory.CreateTeamAsync("Open errors team");
        await factory.CreateStaffAsync("open.errors@test.familyfirst.test", Roles.Manager, team);
        await factory.CreateStaffAsync("open.errors.practitioner@test.familyfirst.test", Roles.Practitioner, team);
        var client = await factory.SignedInClientAsync("open.errors@test.familyfirst.test");
        var form = await client.GetPageAsync("/families/new");

        var page = await (await client.PostFormAsync("/families/new", form)).ReadPageAsync();

        page.AssertFieldError("FamilyName", "Enter a name for the family, for example Smith family");
        page.AssertFieldError("ReasonForInvolvement", "Enter the reason for involvement");
        page.AssertFieldError("LeadPractitioner", "Select the lead practitioner");
        page.AssertFieldError("AttachToFamilyFirst", "Select yes if the family is attached to the Family First programme");
    }

    [Fact]
    public async Task Open_AttachedWithoutADate_AsksForTheDate()
    {
        var team = await factory.CreateTeamAsync("Open date team");
        await factory.CreateStaffAsync("open.date@test.familyfirst.test", Roles.Practitioner, team);
        var client = await factory.SignedInClientAsync("open.date@test.familyfirst.test");
        var form = await client.GetPageAsync("/families/new");

        var page = await (await client.PostFormAsync("/families/new", form, ("FamilyName", "Date family"), ("ReasonForInvolvement", "Help"), ("AttachToFamilyFirst", "yes"))).ReadPageAsync();

        page.AssertFieldError("AttachedOn", "Enter the date the family was attached to Family First");
    }

    [Fact]
    public async Task Open_NotYetAttached_WithTheDateLeftBlankAsABrowserSendsIt_OpensTheCase()
    {
        // A browser posts every field of the form, so the attachment date's three parts arrive empty.
        var team = await factory.CreateTeamAsync("Open blank date team");
        await factory.CreateStaffAsync("open.blank.date@test.familyfirst.test", Roles.Practitioner, team);
        var client = await factory.SignedInClientAsync("open.blank.date@test.familyfirst.test");
        var form = await client.GetPageAsync("/families/new");
        var lead = form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=LeadPractitioner]")!.Value;

        var response = await client.PostFormAsync("/families/new", form,
            ("FamilyName", "Blank date family"), ("ReasonForInvolvement", "Help with mornings"), ("LeadPractitioner", lead),
            ("AttachToFamilyFirst", "no"), ("AttachedOn.Day", ""), ("AttachedOn.Month", ""), ("AttachedOn.Year", ""));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Blank date family", page.Heading());
        Assert.Equal("Not attached to a programme", page.SummaryValue("Programmes"));
    }

    [Fact]
    public async Task Open_ByAManager_AllocatesToTheChosenPractitioner_AndShowsTheCase()
    {
        var team = await factory.CreateTeamAsync("Open manager team");
        await factory.CreateStaffAsync("open.manager@test.familyfirst.test", Roles.Manager, team);
        var practitioner = await factory.CreateStaffAsync("open.lead@test.familyfirst.test", Roles.Practitioner, team);
        var client = await factory.SignedInClientAsync("open.manager@test.familyfirst.test");
        var form = await client.GetPageAsync("/families/new");

        var response = await client.PostFormAsync("/families/new", form,
            ("FamilyName", "Lark family"),
            ("ReasonForInvolvement", "School worried about attendance"),
            ("LeadPractitioner", $"{practitioner:D}:{team:D}"),
            ("AttachToFamilyFirst", "yes"),
            ("AttachedOn.Day", "3"), ("AttachedOn.Month", "2"), ("AttachedOn.Year", "2026"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Lark family", page.Heading());
        Assert.StartsWith("Family case FAM-", page.SuccessBanner(), StringComparison.Ordinal);
        Assert.Equal("Open Lead", page.SummaryValue("Lead practitioner"));
        Assert.Equal("Open manager team", page.SummaryValue("Team"));
        Assert.Equal("Family First, attached 3 February 2026", page.SummaryValue("Programmes"));

        var family = await factory.WithDbAsync(db => db.FamilyCases.SingleAsync(f => f.FamilyName == "Lark family"));
        Assert.True(FamilyCaseReference.IsWellFormed(family.Reference));
        Assert.Equal(practitioner, family.LeadPractitionerId);
        var events = await factory.WithDbAsync(db => db.ChronologyEntries.Where(e => e.FamilyCaseId == family.Id).Select(e => e.Type).ToListAsync());
        Assert.Equal([ChronologyEventType.CaseStatus, ChronologyEventType.Allocation, ChronologyEventType.Programme], events.Order());
    }

    [Fact]
    public async Task Open_ByAPractitioner_CannotMakeSomeoneElseTheLead()
    {
        var team = await factory.CreateTeamAsync("Open practitioner team");
        await factory.CreateStaffAsync("open.self@test.familyfirst.test", Roles.Practitioner, team);
        var other = await factory.CreateStaffAsync("open.other@test.familyfirst.test", Roles.Practitioner, team);
        var client = await factory.SignedInClientAsync("open.self@test.familyfirst.test");
        var form = await client.GetPageAsync("/families/new");

        var page = await (await client.PostFormAsync("/families/new", form,
            ("FamilyName", "Wren family"), ("ReasonForInvolvement", "Help"), ("LeadPractitioner", $"{other:D}:{team:D}"), ("AttachToFamilyFirst", "no"))).ReadPageAsync();

        page.AssertFieldError("LeadPractitioner", "Select the lead practitioner");
    }
}
