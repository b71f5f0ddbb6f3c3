using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.Tests.Families;
using static FamilyFirst.Web.Tests.Enquiries.SeededEnquiries;

namespace FamilyFirst.Web.Tests.Enquiries;

/// <summary>Family enquiries are routed to a team by a manager; a routed enquiry is in that team's queue only.</summary>
public class EnquiryRoutingTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private static List<string> References(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".app-enquiry-row td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [Fact]
    public async Task AManagerRoutesAnEnquiry_AndOnlyThatTeamSeesIt()
    {
        var north = await factory.CreateTeamAsync("Routing North");
        var south = await factory.CreateTeamAsync("Routing South");
        await factory.CreateStaffAsync("routing.manager@example.gov.uk", Roles.Manager, north);
        await factory.CreateStaffAsync("routing.north@example.gov.uk", Roles.Practitioner, north);
        await factory.CreateStaffAsync("routing.south@example.gov.uk", Roles.Practitioner, south);
        var (id, reference) = await factory.AddAsync(EnquiryType.ReferringAFamily, On(2031, 3, 2), "Routed family");
        var (_, unrouted) = await factory.AddAsync(EnquiryType.SupportForMyFamily, On(2031, 3, 3), "Front door family");
        var manager = await factory.SignedInClientAsync("routing.manager@example.gov.uk");
        var northPractitioner = await factory.SignedInClientAsync("routing.north@example.gov.uk");
        var southPractitioner = await factory.SignedInClientAsync("routing.south@example.gov.uk");
        Assert.Contains(reference, References(await southPractitioner.GetPageAsync(Year(2031))));

        var detail = await manager.GetPageAsync($"/enquiries/{id}");
        var routed = await manager.PostFormAsync($"/enquiries/{id}?handler=Route", detail, [new("RouteTeamId", north.ToString())], "form[action*='handler=Route']");

        Assert.Equal(HttpStatusCode.Redirect, routed.StatusCode);
        var after = await manager.GetPageAsync(routed.Headers.Location!.OriginalString);
        Assert.Equal("The enquiry is routed to Routing North", after.SuccessBanner());
        Assert.Equal("Routing North", after.SummaryValue("Team"));
        Assert.Contains("Routed to Routing North", after.QuerySelector(".app-history-row:last-child")!.TextContent);

        var northQueue = await northPractitioner.GetPageAsync(Year(2031));
        Assert.Contains(reference, References(northQueue));
        Assert.Contains(unrouted, References(northQueue));
        var southQueue = await southPractitioner.GetPageAsync(Year(2031));
        Assert.DoesNotContain(reference, References(southQueue));
        Assert.Contains(unrouted, References(southQueue));
        Assert.Equal(HttpStatusCode.NotFound, (await southPractitioner.GetAsync($"/enquiries/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await southPractitioner.GetAsync($"/enquiries/{id}/close")).StatusCode);
    }

    [Fact]
    public async Task RoutingWithoutATeam_ShowsAnError_AndChangesNothing()
    {
        var team = await factory.CreateTeamAsync("Routing Error Team");
        await factory.CreateStaffAsync("routing.error@example.gov.uk", Roles.Manager, team);
        var (id, _) = await factory.AddAsync(EnquiryType.ReferringAFamily, On(2032, 3, 2), "Unrouted family");
        var manager = await factory.SignedInClientAsync("routing.error@example.gov.uk");
        var detail = await manager.GetPageAsync($"/enquiries/{id}");

        var page = await (await manager.PostFormAsync($"/enquiries/{id}?handler=Route", detail, [new("RouteTeamId", string.Empty)], "form[action*='handler=Route']")).ReadPageAsync();

        page.AssertFieldError("RouteTeamId", "Select the team to route the enquiry to");
        Assert.Null(await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == id).Select(e => e.TeamId).SingleAsync()));
    }

    [Fact]
    public async Task APractitioner_IsNotOfferedRouting_AndIsRefusedIfTheyTry()
    {
        var team = await factory.CreateTeamAsync("Routing Refused Team");
        await factory.CreateStaffAsync("routing.refused@example.gov.uk", Roles.Practitioner, team);
        var (id, _) = await factory.AddAsync(EnquiryType.ReferringAFamily, On(2033, 3, 2), "Not for practitioners");
        var practitioner = await factory.SignedInClientAsync("routing.refused@example.gov.uk");
        var detail = await practitioner.GetPageAsync($"/enquiries/{id}");
        Assert.Null(detail.QuerySelector("form[action*='handler=Route']"));

        var response = await practitioner.PostFormAsync($"/enquiries/{id}?handler=Route", detail, [new("RouteTeamId", team.ToString())], "form[action*='handler=Note']");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Null(await factory.WithDbAsync(db => db.Enquiries.Where(e => e.Id == id).Select(e => e.TeamId).SingleAsync()));
    }
}
