using System.Net;
using FamilyFirst.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>Deny by default: every endpoint makes an explicit decision, and nothing private is reachable signed out.</summary>
public class EndpointAuthorisationTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public void EveryEndpoint_HasAnExplicitAuthorisationDecision()
    {
        var undecided = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName)
            .ToList();

        Assert.True(undecided.Count == 0, "Endpoints with no [Authorize] policy and no [AllowAnonymous]: " + string.Join(", ", undecided));
    }

    [Fact]
    public void EveryAuthorisedEndpoint_NamesAPolicyOrRoles()
    {
        var vague = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().All(a => a.Policy is null && a.Roles is null))
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        Assert.True(vague.Count == 0, "Endpoints that only require sign-in, with no policy: " + string.Join(", ", vague));
    }

    [Fact]
    public async Task EveryPrivatePage_WhenSignedOut_RedirectsToSignIn()
    {
        _ = factory.Server;
        var client = factory.CreateBrowserlessClient();
        var privateRoutes = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => "/" + string.Join('/', e.RoutePattern.PathSegments.Select(s => s.IsSimple && s.Parts[0] is Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal ? literal.Content : SampleValue(e, s))))
            .Distinct()
            .ToList();
        Assert.NotEmpty(privateRoutes);

        foreach (var route in privateRoutes)
        {
            var response = await client.GetAsync(route);
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            Assert.True(
                (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/sign-in", StringComparison.Ordinal)) || response.StatusCode == HttpStatusCode.Unauthorized,
                $"GET {route} signed out returned {(int)response.StatusCode} {location}");
        }
    }

    // A value the route's constraint accepts: a number for {name:int}, otherwise a GUID.
    private static string SampleValue(RouteEndpoint endpoint, Microsoft.AspNetCore.Routing.Patterns.RoutePatternPathSegment segment) =>
        segment.Parts[0] is Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter
            && endpoint.RoutePattern.GetParameter(parameter.Name)?.ParameterPolicies.Any(p => p.Content == "int") == true
                ? "1"
                : Guid.Empty.ToString();

    private IReadOnlyList<RouteEndpoint> Endpoints()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }
}
