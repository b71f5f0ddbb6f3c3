using FamilyFirst.Web.Tests.Families;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace FamilyFirst.Web.Tests.FamilyView;

/// <summary>
/// A family member's sign-in opens their own family's view and nothing else: every other page and endpoint of the
/// service, found from the app's endpoint data source, refuses them; another family's actions are a 404; and staff
/// sign-in does not open the family view.
/// </summary>
public class FamilyViewAuthorisationTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task FamilyMember_CannotReachAnyStaffPageOrEndpoint()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Staff pages");
        var token = await family.InviteAsync(factory, family.Dana, "dana.staffpages@example.com");
        var dana = await FamilyViewFamily.SignInAsync(factory, token, "dana.staffpages@example.com");
        var values = new Dictionary<string, string>
        {
            ["id"] = family.FamilyId.ToString(),
            ["personId"] = family.Dana.ToString(),
        };

        var staffRoutes = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.FamilyMember))
            .ToList();
        Assert.True(staffRoutes.Count > 50, $"Expected every staff page to be found; found {staffRoutes.Count}");

        foreach (var route in staffRoutes)
        {
            var url = Fill(route.RoutePattern, values);
            var response = await dana.GetAsync(url);
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            var refused = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed
                || (response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("http://localhost/sign-in", StringComparison.Ordinal))
                || (response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/sign-in", StringComparison.Ordinal));
            Assert.True(refused, $"GET {url} as a signed-in family member returned {(int)response.StatusCode} {location}");
        }

        // Still signed in to the family view afterwards: the refusals above were about the pages, not a lost session.
        Assert.Equal(HttpStatusCode.OK, (await dana.GetAsync("/family")).StatusCode);
    }

    [Fact]
    public void EveryFamilyViewPage_IsForFamilyMembersOnly_OrIsTheSignInItself()
    {
        var familyRoutes = Endpoints().Where(e => e.RoutePattern.RawText!.StartsWith("family/", StringComparison.Ordinal) || e.RoutePattern.RawText == "family").ToList();
        Assert.True(familyRoutes.Count >= 10, $"Found {familyRoutes.Count} family view routes");
        var anonymous = new[] { "family/sign-in", "family/language", "family/invitation/{token}", "family/invitation/{token}/code" };
        foreach (var route in familyRoutes)
        {
            var policies = route.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (anonymous.Contains(route.RoutePattern.RawText))
            {
                Assert.NotNull(route.Metadata.GetMetadata<IAllowAnonymous>());
            }
            else
            {
                Assert.Equal([Policies.FamilyMember], policies);
            }
        }
    }

    [Fact]
    public async Task FamilyMember_CannotReachAnotherFamilysPlan()
    {
        var ours = await FamilyViewFamily.CreateAsync(factory, "Ours");
        var theirs = await FamilyViewFamily.CreateAsync(factory, "Theirs");
        var token = await ours.InviteAsync(factory, ours.Dana, "dana.ours@example.com");
        var dana = await FamilyViewFamily.SignInAsync(factory, token, "dana.ours@example.com");

        var home = await dana.GetPageAsync("/family");
        Assert.DoesNotContain("Theirs", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await dana.GetAsync($"/family/actions/{theirs.DanasAction}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dana.PostFormAsync($"/family/actions/{theirs.DanasAction}", home, [new("Progress", "Done")], "header form")).StatusCode);
        foreach (var url in new[] { $"/families/{theirs.FamilyId}/plan", $"/families/{theirs.FamilyId}", $"/families/{theirs.FamilyId}/family-view" })
        {
            var response = await dana.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StaffSignIn_DoesNotOpenTheFamilyView()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Staff cookie");
        var practitioner = await factory.SignedInClientAsync(family.Team.Practitioner);

        foreach (var url in new[] { "/family", "/family/meetings", "/family/who-can-see", $"/family/actions/{family.DanasAction}" })
        {
            var response = await practitioner.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/family/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    private IReadOnlyList<RouteEndpoint> Endpoints()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .GroupBy(e => e.RoutePattern.RawText)
            .Select(g => g.First())
            .ToList();
    }

    /// <summary>Route values: the family's own ids where named, any GUID (or 1 for numbers) otherwise, so pages are reached, not 404 for a bad address.</summary>
    private static string Fill(RoutePattern pattern, IReadOnlyDictionary<string, string> values) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => values.TryGetValue(parameter.Name, out var value) ? value
                : parameter.ParameterPolicies.Any(p => p.Content == "int") ? "1"
                : Guid.NewGuid().ToString(),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => throw new InvalidOperationException($"Unexpected route part in {pattern.RawText}"),
        }))));
}
