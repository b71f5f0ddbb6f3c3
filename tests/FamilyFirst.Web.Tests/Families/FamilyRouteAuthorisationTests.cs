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
        var values = await factory.WithDbAsync(async db =>
        {
            var personId = family.Members[0].PersonId;
            var note = CaseNote.Write(family.Id, CaseNoteType.Visit, new DateOnly(2026, 11, 1), "A visit", lead, new DateOnly(2026, 11, 20), FamilyTestData.Now).Value!;
            var consent = Consent.Record(family.Id, personId, ConsentType.WorkingWithService, null, new DateOnly(2026, 11, 1), ConsentMethod.Verbal, lead, new DateOnly(2026, 11, 20), FamilyTestData.Now).Value!;
            var member = NetworkMember.Add(family.Id, "Gran Route", "Grandmother", false).Value!;
            var line = BottomLine.Write(family.Id, "Ada is never left alone with Uncle Route", lead, FamilyTestData.Now).Value!;
            // An agreed plan (for its review and version pages) with a new draft open (for its editing pages).
            var ben = family.Members[1].PersonId;
            var plan = FamilyPlan.StartDirect(family.Id, lead, FamilyTestData.Now);
            Assert.True(plan.AddAction(new PlanActionDetails("Ben will walk Ada to school", new ActionOwner(ActionOwnerKind.FamilyMember, ben, null), new DateOnly(2026, 12, 1), new ActionChecker(null, "School"), null, line.Id)).Succeeded);
            Assert.True(plan.UpdateDetails("Gran Route will have Ada", null, ben, "A family meeting", new DateOnly(2027, 1, 1)).Succeeded);
            Assert.True(plan.Agree([ben], "Agreed", [line], null, manager, FamilyTestData.Now).Succeeded);
            Assert.True(plan.StartRevision().Succeeded);
            var meeting = Meeting.Schedule(family.Id, MeetingType.ProactiveCircle, FamilyTestData.Now.AddDays(7), null, "Route Family Hub", StaffIds.ToUserKey(lead)).Value!;
            var participant = meeting.AddParticipant(new NewParticipant("Ben Route", ParticipantKind.Family, family.Members[1].PersonId)).Value!;
            var conference = FamilyGroupConference.Refer(
                family.Id,
                StaffIds.ToUserKey(lead),
                new FamilyFirst.Domain.Conferences.Consent("Ben Route", family.Members[1].PersonId, true, new DateOnly(2026, 11, 1), true, true),
                ["Ada is missing school"],
                ["How will Ada get to school every day?"],
                [line.Id],
                FamilyTestData.Now).Value!;
            Assert.True(conference.AllocateCoordinator(StaffIds.ToUserKey(coordinator), new CaseInvolvement(StaffIds.ToUserKey(lead), [StaffIds.ToUserKey(manager)]), FamilyTestData.Now, StaffIds.ToUserKey(manager)).Succeeded);
            var invitation = conference.AddToInvitationList("Gran Route", ParticipantKind.Family, "grandmother", null).Value!;
            var offer = PreProceedingsOffer.Record(family.Id, new DateOnly(2026, 11, 1), OfferMethod.Letter, new DateOnly(2026, 11, 20)).Value!;
            var relationship = Relationship.Record(personId, family.Members[1].PersonId, RelationshipType.ChildOf, lead, FamilyTestData.Now).Value!;
            db.AddRange(note, consent, member, line, plan, meeting, conference, offer, relationship);
            await db.SaveChangesAsync();
            return new Dictionary<string, string>
            {
                ["id"] = family.Id.ToString(),
                ["personId"] = personId.ToString(),
                ["noteId"] = note.Id.ToString(),
                ["consentId"] = consent.Id.ToString(),
                ["memberId"] = member.Id.ToString(),
                ["lineId"] = line.Id.ToString(),
                ["version"] = plan.CurrentVersion!.Number.ToString(CultureInfo.InvariantCulture),
                ["actionKey"] = string.Empty,
                ["meetingId"] = meeting.Id.ToString(),
                ["participantId"] = participant.Id.ToString(),
                ["conferenceId"] = conference.Id.ToString(),
                ["invitationId"] = invitation.Id.ToString(),
                ["ending"] = "withdraw",
                ["offerId"] = offer.Id.ToString(),
                ["relationshipId"] = relationship.Id.ToString(),
            };
        });

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
