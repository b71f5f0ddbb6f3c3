using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Conferences;

/// <summary>The pre-proceedings duty: offers, responses and meetings recorded with plain errors, and the report of applications made without an offer.</summary>
public class PreProceedingsPagesTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task Offer_Response_AndMeeting_AreRecorded_WithPlainErrors()
    {
        var team = await factory.CreateTeamAsync("Preproceedings team");
        var leadId = await factory.CreateStaffAsync("pp.lead@test.familyfirst.test", Roles.Practitioner, team);
        var family = await factory.CreateFamilyAsync("Preproceedings family", leadId, team, null, ("Kai", "Stone", new DateOnly(2015, 1, 2), FamilyRole.ChildOrYoungPerson));
        var client = await factory.SignedInClientAsync("pp.lead@test.familyfirst.test");
        var basePath = $"/families/{family.Id}/pre-proceedings";
        Assert.Contains((await client.GetPageAsync(basePath)).QuerySelectorAll("main p").Select(p => p.TextContent.Trim()), t => t == "No offer has been recorded.");

        var empty = await (await client.PostFormAsync(basePath + "/offers/new", await client.GetPageAsync(basePath + "/offers/new"))).ReadPageAsync();
        empty.AssertFieldError("OfferedOn", "Enter the date the offer was made");
        empty.AssertFieldError("Method", "Select how the offer was made");
        var future = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5);
        var tooLate = await (await client.PostFormAsync(basePath + "/offers/new", await client.GetPageAsync(basePath + "/offers/new"), ("OfferedOn.Day", future.Day.ToString()), ("OfferedOn.Month", future.Month.ToString()), ("OfferedOn.Year", future.Year.ToString()), ("Method", "Letter"))).ReadPageAsync();
        tooLate.AssertFieldError("OfferedOn", "The date of the offer must be today or in the past");
        Assert.Equal(0, await factory.WithDbAsync(db => db.PreProceedingsOffers.CountAsync(o => o.FamilyId == family.Id)));

        var offered = await client.PostFormAsync(basePath + "/offers/new", await client.GetPageAsync(basePath + "/offers/new"), ("OfferedOn.Day", "2"), ("OfferedOn.Month", "11"), ("OfferedOn.Year", "2026"), ("Method", "Letter"));
        Assert.Equal(basePath, offered.Headers.Location!.OriginalString);
        Assert.Equal("Offer recorded. Record the family's response when they give it", (await client.GetPageAsync(basePath)).SuccessBanner());
        var offerId = await factory.WithDbAsync(db => db.PreProceedingsOffers.Where(o => o.FamilyId == family.Id).Select(o => o.Id).SingleAsync());
        var offerPath = $"{basePath}/offers/{offerId}";

        var noAnswer = await (await client.PostFormAsync(offerPath + "?handler=Response", await client.GetPageAsync(offerPath))).ReadPageAsync();
        noAnswer.AssertFieldError("FamilyResponse", "Select the family's response");
        noAnswer.AssertFieldError("RespondedOn", "Enter the date of the response");
        var beforeOffer = await (await client.PostFormAsync(offerPath + "?handler=Response", await client.GetPageAsync(offerPath), ("FamilyResponse", "Accepted"), ("RespondedOn.Day", "1"), ("RespondedOn.Month", "11"), ("RespondedOn.Year", "2026"))).ReadPageAsync();
        beforeOffer.AssertFieldError("RespondedOn", "The date of the response must be on or after the date of the offer");

        await client.PostFormAsync(offerPath + "?handler=Response", await client.GetPageAsync(offerPath), ("FamilyResponse", "Accepted"), ("RespondedOn.Day", "4"), ("RespondedOn.Month", "11"), ("RespondedOn.Year", "2026"));
        Assert.Equal("Response recorded: accepted", (await client.GetPageAsync(basePath)).SuccessBanner());
        await client.PostFormAsync(offerPath + "?handler=MeetingHeld", await client.GetPageAsync(offerPath), ("HeldOn.Day", "10"), ("HeldOn.Month", "11"), ("HeldOn.Year", "2026"));
        var record = await client.GetPageAsync(basePath);
        Assert.Equal("Meeting recorded", record.SuccessBanner());
        Assert.Contains("Accepted on 4 November 2026", record.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("10 November 2026", record.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        var offer = await factory.WithDbAsync(db => db.PreProceedingsOffers.AsNoTracking().SingleAsync(o => o.Id == offerId));
        Assert.Equal((OfferResponse.Accepted, new DateOnly(2026, 11, 10)), (offer.Response, offer.MeetingHeldOn!.Value));
    }

    [Fact]
    public async Task ApplicationWithoutAnOffer_IsOnTheReport_ForThoseWhoMaySeeTheFamily()
    {
        var team = await factory.CreateTeamAsync("Report team");
        var other = await factory.CreateTeamAsync("Report other team");
        var leadId = await factory.CreateStaffAsync("ppr.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("ppr.manager@test.familyfirst.test", Roles.Manager, team);
        await factory.CreateStaffAsync("ppr.othermanager@test.familyfirst.test", Roles.Manager, other);
        var offeredFamily = await factory.CreateFamilyAsync("Offered family", leadId, team);
        var unofferedFamily = await factory.CreateFamilyAsync("Unoffered family", leadId, team);
        var lead = await factory.SignedInClientAsync("ppr.lead@test.familyfirst.test");

        await Post(lead, $"/families/{offeredFamily.Id}/pre-proceedings/offers/new", ("OfferedOn.Day", "1"), ("OfferedOn.Month", "10"), ("OfferedOn.Year", "2026"), ("Method", "InPerson"));
        await Post(lead, $"/families/{offeredFamily.Id}/pre-proceedings/applications/new", ("AppliedOn.Day", "1"), ("AppliedOn.Month", "11"), ("AppliedOn.Year", "2026"));
        Assert.Equal("Application recorded", (await lead.GetPageAsync($"/families/{offeredFamily.Id}/pre-proceedings")).SuccessBanner());
        await Post(lead, $"/families/{unofferedFamily.Id}/pre-proceedings/applications/new", ("AppliedOn.Day", "3"), ("AppliedOn.Month", "11"), ("AppliedOn.Year", "2026"));
        var warned = await lead.GetPageAsync($"/families/{unofferedFamily.Id}/pre-proceedings");
        Assert.StartsWith("Application recorded. No offer", warned.SuccessBanner(), StringComparison.Ordinal);
        Assert.Contains("The application on 3 November 2026 was made without an offer first. No offer recorded.", warned.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);

        var manager = await factory.SignedInClientAsync("ppr.manager@test.familyfirst.test");
        var report = await manager.GetPageAsync("/conferences/pre-proceedings");
        var rows = report.QuerySelectorAll("main table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Single(rows);
        Assert.Contains("Unoffered family", rows[0], StringComparison.Ordinal);
        var csv = await (await manager.GetAsync("/conferences/pre-proceedings?handler=Csv")).Content.ReadAsStringAsync();
        Assert.Contains($"{unofferedFamily.Reference},Unoffered family,2026-11-03,,No offer recorded", csv, StringComparison.Ordinal);

        // A manager of another team sees neither family; a practitioner cannot open the report.
        var otherManager = await factory.SignedInClientAsync("ppr.othermanager@test.familyfirst.test");
        Assert.Empty((await otherManager.GetPageAsync("/conferences/pre-proceedings")).QuerySelectorAll("main table tbody tr"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherManager.GetAsync($"/families/{unofferedFamily.Id}/pre-proceedings")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await lead.GetAsync("/conferences/pre-proceedings")).StatusCode);
    }

    private static async Task Post(HttpClient client, string url, params (string, string)[] values)
    {
        var response = await client.PostFormAsync(url, await client.GetPageAsync(url), values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await response.ReadPageAsync()).ErrorSummary()));
    }
}
