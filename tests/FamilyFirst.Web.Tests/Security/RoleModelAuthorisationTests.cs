using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Tests.Families;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>
/// The role model (<see cref="RoleModel"/>, written out in <c>docs/roles.md</c>) is what the app does: every
/// state-changing staff handler, found from the app's own endpoints, names its action in the model, and for every role
/// (and each way of standing towards a family) each handler is allowed or refused exactly as the model says.
/// </summary>
public class RoleModelAuthorisationTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public void EveryStateChangingStaffHandler_NamesAnActionInTheRoleModel()
    {
        var handlers = StaffPostHandlers();
        Assert.True(handlers.Count >= 90, $"Expected every staff form to be found; found {handlers.Count}");

        var unnamed = handlers.Where(h => h.Action is null).Select(h => h.ToString()).ToList();
        Assert.True(unnamed.Count == 0, "Handlers that change something but name no action in the role model ([ForAction(StaffAction...)]): " + string.Join(", ", unnamed));
    }

    [Fact]
    public void EveryActionInTheRoleModel_IsDoneBySomeHandler_AndWrittenUpInTheRolesPage()
    {
        var used = StaffPostHandlers().Select(h => h.Action).OfType<StaffAction>().ToHashSet();
        var roles = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "roles.md"));

        Assert.All(Enum.GetValues<StaffAction>(), a => Assert.Contains(a, used));
        Assert.All(RoleModel.Rules, r => Assert.Contains(r.Name, roles, StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryRoleAndEveryStateChangingHandler_IsAllowedOrRefusedAsTheRoleModelSays()
    {
        var north = await factory.CreateTeamAsync("Model north");
        var conferences = await factory.CreateTeamAsync("Model conferences");
        var people = new List<(string Email, StaffMember Staff)>();
        async Task<Guid> Staff(string email, StaffRole role, Guid team)
        {
            var id = await factory.CreateStaffAsync(email, role.ToString(), team);
            people.Add((email, new StaffMember(id, [role], [team])));
            return id;
        }

        var lead = await Staff("model.lead@test.familyfirst.test", StaffRole.Practitioner, north);
        await Staff("model.practitioner@test.familyfirst.test", StaffRole.Practitioner, north);
        var manager = await Staff("model.manager@test.familyfirst.test", StaffRole.Manager, north);
        var coordinator = await Staff("model.coordinator@test.familyfirst.test", StaffRole.Coordinator, conferences);
        await Staff("model.team.coordinator@test.familyfirst.test", StaffRole.Coordinator, north);
        await Staff("model.administrator@test.familyfirst.test", StaffRole.Administrator, north);
        await Staff("model.analyst@test.familyfirst.test", StaffRole.Analyst, north);
        await Staff("model.trainer@test.familyfirst.test", StaffRole.Trainer, north);
        var family = await factory.CreateFamilyAsync("Model family", lead, north, null, ("Ada", "Model", new DateOnly(2015, 1, 2), FamilyRole.ChildOrYoungPerson), ("Ben", "Model", new DateOnly(1985, 1, 2), FamilyRole.Parent));
        var values = await factory.AddOneOfEveryRecordAsync(family, lead, manager, coordinator);
        var facts = new FamilyAccessFacts(lead, north, [coordinator], false, []);

        var handlers = StaffPostHandlers().Where(h => h.Action is not null).ToList();
        var wrong = new List<string>();
        foreach (var (email, staff) in people)
        {
            var client = await factory.SignedInClientAsync(email);
            var token = (await client.GetPageAsync("/")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            foreach (var handler in handlers)
            {
                var rule = RoleModel.For(handler.Action!.Value);
                var expected = RoleModel.Allows(staff, rule.Action, rule.OnAFamily ? facts : null);
                var url = Fill(handler.Route, values) + (handler.Name is null ? string.Empty : "?handler=" + handler.Name);
                var response = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                var refused = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/access-denied", StringComparison.Ordinal));
                if (refused == expected || (int)response.StatusCode >= 500 || location.Contains("/sign-in", StringComparison.Ordinal))
                {
                    wrong.Add($"{staff.Roles.Single()} {email}: POST {url} ({rule.Action}) was {(refused ? "refused" : "allowed")} ({(int)response.StatusCode} {location}); the role model says {(expected ? "allowed" : "refused")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {people.Count * handlers.Count} checks differ from the role model:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public async Task EveryRole_IsRefusedTheFormOfAPageWhoseActionsItMayNotDo_AsTheRoleModelSays()
    {
        var north = await factory.CreateTeamAsync("Forms north");
        var conferences = await factory.CreateTeamAsync("Forms conferences");
        var people = new List<(string Email, StaffMember Staff)>();
        async Task<Guid> Staff(string email, StaffRole role, Guid team)
        {
            var id = await factory.CreateStaffAsync(email, role.ToString(), team);
            people.Add((email, new StaffMember(id, [role], [team])));
            return id;
        }

        var lead = await Staff("forms.lead@test.familyfirst.test", StaffRole.Practitioner, north);
        await Staff("forms.practitioner@test.familyfirst.test", StaffRole.Practitioner, north);
        var manager = await Staff("forms.manager@test.familyfirst.test", StaffRole.Manager, north);
        var coordinator = await Staff("forms.coordinator@test.familyfirst.test", StaffRole.Coordinator, conferences);
        await Staff("forms.team.coordinator@test.familyfirst.test", StaffRole.Coordinator, north);
        await Staff("forms.administrator@test.familyfirst.test", StaffRole.Administrator, north);
        await Staff("forms.analyst@test.familyfirst.test", StaffRole.Analyst, north);
        await Staff("forms.trainer@test.familyfirst.test", StaffRole.Trainer, north);
        var family = await factory.CreateFamilyAsync("Forms family", lead, north, null, ("Ada", "Forms", new DateOnly(2015, 1, 2), FamilyRole.ChildOrYoungPerson), ("Ben", "Forms", new DateOnly(1985, 1, 2), FamilyRole.Parent));
        var values = await factory.AddOneOfEveryRecordAsync(family, lead, manager, coordinator);
        var facts = new FamilyAccessFacts(lead, north, [coordinator], false, []);

        // Every GET of a staff page held to actions: a form page's GET to its POST handlers' actions (generated from
        // the pages themselves; a page that shows a record to all who may see it says so with [ShowsTheRecord]).
        var forms = StaffGetHandlers().ToList();
        Assert.True(forms.Count >= 60, $"Expected every staff form page to be found; found {forms.Count}");
        var coordinatorRefused = new List<string>();
        var wrong = new List<string>();
        foreach (var (email, staff) in people)
        {
            var client = await factory.SignedInClientAsync(email);
            foreach (var (route, name, actions) in forms)
            {
                var expected = actions.Any(a => RoleModel.Allows(staff, a, RoleModel.For(a).OnAFamily ? facts : null));
                var url = Fill(route, values) + (name is null ? string.Empty : "?handler=" + name);
                var response = await client.GetAsync(url);
                var location = response.Headers.Location?.OriginalString ?? string.Empty;
                var refused = response.StatusCode == HttpStatusCode.Forbidden
                    || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/access-denied", StringComparison.Ordinal));
                if (refused && email == "forms.coordinator@test.familyfirst.test")
                {
                    coordinatorRefused.Add(route.RawText!);
                }

                if (refused == expected || (int)response.StatusCode >= 500 || location.Contains("/sign-in", StringComparison.Ordinal))
                {
                    wrong.Add($"{staff.Roles.Single()} {email}: GET {url} ({string.Join(" or ", actions)}) was {(refused ? "refused" : "allowed")} ({(int)response.StatusCode} {location}); the role model says {(expected ? "allowed" : "refused")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {people.Count * forms.Count} checks differ from the role model:\n" + string.Join("\n", wrong));

        // The case-work forms a coordinator of the family's conference may not send, they may not open either.
        Assert.Contains("families/{id:guid}/status", coordinatorRefused);
        Assert.Contains("families/{id:guid}/notes/new", coordinatorRefused);
        Assert.Contains("families/{id:guid}/people/add", coordinatorRefused);
        Assert.Contains("families/{id:guid}/conferences/{conferenceId:guid}/decision", coordinatorRefused);
        var coordinatorClient = await factory.SignedInClientAsync("forms.coordinator@test.familyfirst.test");
        var page = await coordinatorClient.GetAsync($"/families/{family.Id}/notes/new");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var denied = await coordinatorClient.GetAsync(page.Headers.Location);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("You do not have access to this page", (await denied.ReadPageAsync()).Heading());

        // ...while a page that shows the record stays open to them.
        Assert.Equal(HttpStatusCode.OK, (await coordinatorClient.GetAsync($"/families/{family.Id}/conferences/{values["conferenceId"]}")).StatusCode);
    }

    /// <summary>Every GET handler of a staff page that the role model holds to actions (<see cref="RoleModelFilter.ActionsOf"/>).</summary>
    private List<(RoutePattern Route, string? Name, IReadOnlyList<StaffAction> Actions)> StaffGetHandlers()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().All(a => a.Policy != Policies.FamilyMember))
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<CompiledPageActionDescriptor>()))
            .Where(p => p.Page is not null)
            .GroupBy(p => p.Endpoint.RoutePattern.RawText)
            .Select(g => g.First())
            .SelectMany(p => p.Page!.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "Get", StringComparison.OrdinalIgnoreCase))
                .Select(h => (p.Endpoint.RoutePattern, h.Name, RoleModelFilter.ActionsOf(h, p.Page!))))
            .Where(h => h.Item3.Count > 0)
            .ToList();
    }

    private sealed record Handler(RoutePattern Route, string? Name, StaffAction? Action)
    {
        public override string ToString() => $"POST {Route.RawText}{(Name is null ? string.Empty : "?handler=" + Name)}";
    }

    /// <summary>Every POST handler of a staff page (not public, not the family's own view).</summary>
    private List<Handler> StaffPostHandlers()
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().All(a => a.Policy != Policies.FamilyMember))
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<CompiledPageActionDescriptor>()))
            .Where(p => p.Page is not null)
            .GroupBy(p => p.Endpoint.RoutePattern.RawText)
            .Select(g => g.First())
            .SelectMany(p => p.Page!.HandlerMethods
                .Where(h => string.Equals(h.HttpMethod, "Post", StringComparison.OrdinalIgnoreCase))
                .Select(h => new Handler(p.Endpoint.RoutePattern, h.Name, ForActionAttribute.Of(h.MethodInfo))))
            .ToList();
    }

    // A route filled from the family's records; any other parameter (a user, an enquiry, an import) gets an id that
    // finds nothing, which is enough to see whether the handler refused the person before looking.
    private static string Fill(RoutePattern pattern, IReadOnlyDictionary<string, string> values) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => values.TryGetValue(parameter.Name, out var value) ? value : Guid.NewGuid().ToString(),
            _ => string.Empty,
        }))));
}
