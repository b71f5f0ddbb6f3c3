using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Tests.Enquiry;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Enquiries;

/// <summary>
/// An administrator gives postcode districts to teams; a family enquiry from a district on the list goes straight to
/// that team's queue, any other stays at the front door, and a manager can still route it by hand.
/// </summary>
public class EnquiryAreaRoutingTests(EnquiryFactory factory) : IClassFixture<EnquiryFactory>
{
    private const string Areas = "/admin/enquiry-areas";

    private async Task<HttpClient> AdministratorAsync(string email)
    {
        await factory.CreateUserAsync(email, Roles.Administrator);
        var admin = factory.CreateBrowserlessClient();
        await admin.SignInAsync(email);
        return admin;
    }

    private Task<EnquiryArea?> AreaAsync(string district) =>
        factory.WithDbAsync(db => db.EnquiryAreas.AsNoTracking().SingleOrDefaultAsync(a => a.District == district));

    private async Task<FamilyFirst.Domain.Enquiries.Enquiry> SendFamilyEnquiryAsync(string postcode)
    {
        var client = factory.CreateBrowserlessClient();
        await client.FillInSupportRequestAsync(email: null, postcode: postcode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendAsync()).StatusCode);
        var reference = (await client.GetPageAsync("/enquiry/confirmation")).GetElementById("enquiry-reference")!.TextContent.Trim();
        return await factory.WithDbAsync(db => db.Enquiries.AsNoTracking().Include(e => e.History).SingleAsync(e => e.Reference == reference));
    }

    [Fact]
    public async Task AnAdministrator_AddsChangesAndRemovesAnArea_WithABannerAndAnAuditRowForEach()
    {
        var north = await factory.CreateTeamAsync("Area North");
        var south = await factory.CreateTeamAsync("Area South");
        var admin = await AdministratorAsync("admin.areas@example.gov.uk");

        var list = await admin.GetPageAsync(Areas);
        Assert.Equal("Areas for routing family enquiries", list.Heading());
        var added = await admin.PostFormAsync(Areas, list, ("District", " nm71 "), ("TeamId", north.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        list = await admin.GetPageAsync(Areas);
        Assert.Equal("Family enquiries from NM71 will go to Area North", list.SuccessBanner());
        var row = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("NM71", StringComparison.Ordinal));
        Assert.Contains("Area North", row.TextContent, StringComparison.Ordinal);
        var area = (await AreaAsync("NM71"))!;
        Assert.Equal(north, area.TeamId);

        var edit = await admin.GetPageAsync($"{Areas}/{area.Id}");
        Assert.Equal("Change NM71", edit.Heading());
        var changed = await admin.PostFormAsync($"{Areas}/{area.Id}", edit, ("District", "NM72"), ("TeamId", south.ToString()));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        list = await admin.GetPageAsync(changed.Headers.Location!.OriginalString);
        Assert.Equal("Family enquiries from NM72 will now go to Area South", list.SuccessBanner());
        Assert.Null(await AreaAsync("NM71"));
        Assert.Equal(south, (await AreaAsync("NM72"))!.TeamId);

        var removed = await admin.PostFormAsync($"{Areas}?handler=Remove&id={area.Id}", list, [], "form[action*='handler=Remove']");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        list = await admin.GetPageAsync(Areas);
        Assert.Equal("NM72 removed. Family enquiries from there will stay in the front-door queue for a manager to route.", list.SuccessBanner());
        Assert.Null(await AreaAsync("NM72"));

        var audit = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Administration && e.RecordType == AdministrationAudit.EnquiryAreaRecord && e.RecordId == area.Id.ToString("D"))
            .OrderBy(e => e.Sequence).Select(e => e.Detail).ToListAsync());
        Assert.Equal(
            ["family enquiries from NM71 go to ‘Area North’", "changed NM71 → ‘Area North’ to NM72 → ‘Area South’", "removed NM72 (was ‘Area South’): its family enquiries stay in the front-door queue"],
            audit);
    }

    [Theory]
    [InlineData("", "District", "Enter a postcode district")]
    [InlineData("NM7 1AA", "District", "Enter a postcode district in the right format, like NM1 or NM12 (the first half of a postcode)")]
    [InlineData("NM73", "TeamId", "Select the team its enquiries go to")]
    public async Task BadInput_ShowsTheErrorBesideTheField_AndAddsNothing(string district, string field, string message)
    {
        var admin = await AdministratorAsync($"admin.areas.{field.ToLowerInvariant()}.{district.Length}@example.gov.uk");
        var before = await factory.WithDbAsync(db => db.EnquiryAreas.CountAsync());
        var list = await admin.GetPageAsync(Areas);

        var page = await (await admin.PostFormAsync(Areas, list, ("District", district), ("TeamId", string.Empty))).ReadPageAsync();

        page.AssertFieldError(field, message);
        Assert.Equal(before, await factory.WithDbAsync(db => db.EnquiryAreas.CountAsync()));
    }

    [Fact]
    public async Task ADistrictAlreadyGivenToATeam_IsRefused()
    {
        var team = await factory.CreateTeamAsync("Area Twice");
        await factory.WithDbAsync(async db =>
        {
            db.EnquiryAreas.Add(new EnquiryArea { Id = Guid.NewGuid(), District = "NM74", TeamId = team });
            return await db.SaveChangesAsync();
        });
        var admin = await AdministratorAsync("admin.areas.twice@example.gov.uk");
        var list = await admin.GetPageAsync(Areas);

        var page = await (await admin.PostFormAsync(Areas, list, ("District", "nm74"), ("TeamId", team.ToString()))).ReadPageAsync();

        page.AssertFieldError("District", "NM74 is already given to a team: change it in the list");
        Assert.Equal(1, await factory.WithDbAsync(db => db.EnquiryAreas.CountAsync(a => a.District == "NM74")));
    }

    [Fact]
    public async Task AManager_CannotChangeTheAreas()
    {
        var team = await factory.CreateTeamAsync("Area Manager Team");
        await factory.CreateStaffAsync("manager.areas@example.gov.uk", Roles.Manager, team);
        var manager = await factory.SignedInClientAsync("manager.areas@example.gov.uk");

        var response = await manager.GetAsync(Areas);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFamilyEnquiryFromAGivenDistrict_ArrivesInThatTeamsQueue_OthersStayAtTheFrontDoor_AndAManagerCanReRouteIt()
    {
        var east = await factory.CreateTeamAsync("Area East");
        var west = await factory.CreateTeamAsync("Area West");
        await factory.WithDbAsync(async db =>
        {
            db.EnquiryAreas.Add(new EnquiryArea { Id = Guid.NewGuid(), District = "NM81", TeamId = east });
            return await db.SaveChangesAsync();
        });

        var routed = await SendFamilyEnquiryAsync("nm81 2ab");
        var unrouted = await SendFamilyEnquiryAsync("NM82 2AB");

        Assert.Equal(east, routed.TeamId);
        Assert.Equal("Area East", routed.TeamName);
        Assert.Equal(EnquiryStatus.New, routed.Status);
        Assert.Equal("Routed to Area East by area (postcode district NM81)", routed.History.OrderBy(h => h.AtUtc).Last(h => h.Event == EnquiryEvent.RoutedToTeam).Description);
        Assert.Null(unrouted.TeamId);
        Assert.DoesNotContain(unrouted.History, h => h.Event == EnquiryEvent.RoutedToTeam);

        await factory.CreateStaffAsync("manager.east@example.gov.uk", Roles.Manager, east);
        var manager = await factory.SignedInClientAsync("manager.east@example.gov.uk");
        var detail = await manager.GetPageAsync($"/enquiries/{routed.Id}");
        Assert.Equal("Area East", detail.SummaryValue("Team"));
        var moved = await manager.PostFormAsync($"/enquiries/{routed.Id}?handler=Route", detail, [new("RouteTeamId", west.ToString())], "form[action*='handler=Route']");

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(west, await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == routed.Id).Select(e => e.TeamId).SingleAsync()));
    }
}
