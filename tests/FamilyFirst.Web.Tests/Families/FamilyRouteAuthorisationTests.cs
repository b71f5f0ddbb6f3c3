using System.Globalization;
using System.Reflection;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using CaseInvolvement = FamilyFirst.Domain.Conferences.CaseInvolvement;
using FamilyGroupConference = FamilyFirst.Domain.Conferences.FamilyGroupConference;
using OfferMethod = FamilyFirst.Domain.Conferences.OfferMethod;
using PreProceedingsOffer = FamilyFirst.Domain.Conferences.PreProceedingsOffer;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>
/// Need to know on every family-scoped route: each page and endpoint under <c>/families/{id}</c>, found from the
/// app's own endpoint data sources (so a new page is covered the day it is added), answers 404 to staff of
/// another team, for reading and for posting, and refused reads are audited.
/// </summary>
public class FamilyRouteAuthorisationTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task EveryFamilyScopedRoute_ForStaffOfAnotherTeam_IsNotFound_ButWorksForTheFamilysTeam()
    {
        var north = await factory.CreateTeamAsync("Route north");
        var south = await factory.CreateTeamAsync("Route south");
        var lead = await factory.CreateStaffAsync("route.lead@test.familyfirst.test", Roles.Practitioner, north);
        var manager = await factory.CreateStaffAsync("route.manager@test.familyfirst.test", [Roles.Manager, Roles.Practitioner], [north]);
        var coordinator = await factory.CreateStaffAsync("route.coordinator@test.familyfirst.test", Roles.Coordinator, await factory.CreateTeamAsync("Route conferences"));
        await factory.CreateStaffAsync("route.south@test.familyfirst.test", Roles.Practitioner, south);
        await factory.CreateStaffAsync("route.south.manager@test.familyfirst.test", Roles.Manager, south);
        var family = await factory.CreateFamilyAsync("Route family", lead, north, null, ("Ada", "Route", new DateOnly(2015, 1, 2), FamilyRole.ChildOrYoungPerson), ("Ben", "Route", new DateOnly(1985, 1, 2), FamilyRole.Parent));
        var values = await factory.AddOneOfEveryRecordAsync(family, lead, manager, coordinator);

        var routes = FamilyScopedRoutes();
        Assert.True(routes.Count >= 15, $"Expected every family page to be found; found {routes.Count}: {string.Join(", ", routes.Select(r => r.RoutePattern.RawText))}");

        var insider = await factory.SignedInClientAsync("route.manager@test.familyfirst.test");
        foreach (var route in routes)
        {
            var url = Fill(route.RoutePattern, values);
            var response = await insider.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} as the family's team manager returned {(int)response.StatusCode}: the test's ids must reach the page for the 404 below to mean anything");
        }

        foreach (var email in new[] { "route.south@test.familyfirst.test", "route.south.manager@test.familyfirst.test" })
        {
            var outsider = await factory.SignedInClientAsync(email);
            var form = await outsider.GetPageAsync("/families/new");
            var deniedBefore = await DeniedCountAsync(family.Id);
            foreach (var route in routes)
            {
                var url = Fill(route.RoutePattern, values);
                Assert.True((await outsider.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, $"GET {url} as {email} was not 404");
            }

            // Every refused read is in the audit trail against the family.
            Assert.Equal(deniedBefore + routes.Count, await DeniedCountAsync(family.Id));

            foreach (var route in routes)
            {
                var url = Fill(route.RoutePattern, values);
                var post = await outsider.PostFormAsync(url, form, ("Reason", "x"), ("Text", "x"));
                Assert.True(post.StatusCode == HttpStatusCode.NotFound, $"POST {url} as {email} returned {(int)post.StatusCode}, not 404");
            }
        }
    }

    [Fact]
    public void EveryFamilyPage_LoadsTheFamilyThroughFamilyAccess()
    {
        // Pages under /families/{id} derive from FamilyPageModel, whose only way to load a family is FamilyAccess.
        var pageModels = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract && t.Namespace?.StartsWith("FamilyFirst.Web.Pages.Families", StringComparison.Ordinal) == true)
            .Where(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Any(m => m.Name.StartsWith("On", StringComparison.Ordinal) && m.GetParameters().Any(p => p.Name == "id" && p.ParameterType == typeof(Guid))))
            .ToList();

        Assert.NotEmpty(pageModels);
        Assert.All(pageModels, t => Assert.True(t.IsSubclassOf(typeof(FamilyFirst.Web.Pages.Families.FamilyPageModel)), $"{t.Name} takes a family id but does not derive from FamilyPageModel"));
    }

    private IReadOnlyList<RouteEndpoint> FamilyScopedRoutes()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.Parameters.Any(p => p.Name == "id") && e.RoutePattern.RawText!.Contains("families/{id", StringComparison.Ordinal))
            .GroupBy(e => e.RoutePattern.RawText)
            .Select(g => g.First())
            .ToList();
    }

    private static string Fill(RoutePattern pattern, IReadOnlyDictionary<string, string> values) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => values.TryGetValue(parameter.Name, out var value)
                ? value
                : throw new InvalidOperationException($"The authorisation test has no value for route parameter '{parameter.Name}' in {pattern.RawText}: add one."),
            _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}"),
        }))));

    private Task<int> DeniedCountAsync(Guid familyId) =>
        factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.FamilyCaseId == familyId && e.Action == AuditAction.AccessDenied));
}
