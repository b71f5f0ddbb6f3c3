using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>Deny by default: every endpoint makes an explicit decision, and nothing private is reachable signed out.</summary>
public class EndpointAuthorisationTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public void EveryEndpoint_HasAnExplicitAuthorisationDecision()
    {
        var undecided = Undecided(Endpoints());

        Assert.True(undecided.Count == 0, "Endpoints with no [Authorize] policy and no [AllowAnonymous] (from the page or its folder's Conventions.cs): " + string.Join(", ", undecided));
    }

    [Fact]
    public void AuthorisationCheck_WhenAPageHasNoPolicyFromItsFolderOrItself_ReportsIt()
    {
        var page = Page("/undecided");
        var decidedByFolder = Page("/decided", new AuthorizeAttribute(Policies.FamilyRecords));
        var publicPage = Page("/public", new AllowAnonymousAttribute());

        var undecided = Undecided([page, decidedByFolder, publicPage]);

        Assert.Equal(["/undecided"], undecided);
    }

    [Fact]
    public void EveryPageEndpoint_InAFeatureFolder_TakesItsPolicyFromTheFolderConventions()
    {
        // The folder conventions put their decision in the endpoint's metadata; a page in a folder whose
        // Conventions.cs was dropped would be left with nothing and fail the test above. This checks each
        // feature folder still has one.
        var folders = Endpoints()
            .Select(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>()?.ViewEnginePath)
            .OfType<string>()
            .Select(path => path.Split('/', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length > 1)
            .Select(parts => parts[0])
            .Distinct()
            .ToList();
        var withConventions = FolderConventions.All().Select(t => t.Namespace!.Split('.')[3]).ToHashSet();

        Assert.NotEmpty(folders);
        Assert.All(folders, f => Assert.Contains(f, withConventions));
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

    /// <summary>Endpoints that decide nothing: no policy, no roles and not public.</summary>
    private static List<string> Undecided(IEnumerable<RouteEndpoint> endpoints) =>
        endpoints
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0)
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName ?? string.Empty)
            .ToList();

    private static RouteEndpoint Page(string route, params object[] metadata) =>
        new(_ => Task.CompletedTask, Microsoft.AspNetCore.Routing.Patterns.RoutePatternFactory.Parse(route), 0, new Microsoft.AspNetCore.Http.EndpointMetadataCollection(metadata), route);

    private IReadOnlyList<RouteEndpoint> Endpoints()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
    }
}
