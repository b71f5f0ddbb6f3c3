using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Domain.Safety;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace FamilyFirst.Web.Tests.FamilyView;

/// <summary>
/// Field level: with every kind of information a family member must never see seeded with a recognisable value (case
/// notes, identifiers, special category data, the reason for involvement, third parties' contact details, another
/// member's contact details and comments, assessments, draft bottom lines, meeting records, professionals' meetings,
/// another family), every family view page, in English and in Welsh, contains none of those values.
/// </summary>
public class FamilyViewFieldLevelTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task EveryFamilyViewPage_ShowsNoneOfTheFieldsAFamilyMemberMustNotSee()
    {
        var family = await FamilyViewFamily.CreateAsync(factory, "Fields");
        var other = await FamilyViewFamily.CreateAsync(factory, "Neighbours");
        var secrets = await SeedSecretsAsync(family, other);

        var leeToken = await family.InviteAsync(factory, family.Lee, "lee.secret.contact@example.com");
        var lee = await FamilyViewFamily.SignInAsync(factory, leeToken, "lee.secret.contact@example.com");
        var leesComment = await lee.GetPageAsync("/family/comment");
        await lee.PostFormAsync("/family/comment", leesComment, ("Text", "SECRET-LEES-OWN-COMMENT")).Redirected();
        secrets["another member's contact details"] = "lee.secret.contact@example.com";
        secrets["another member's comment"] = "SECRET-LEES-OWN-COMMENT";

        var token = await family.InviteAsync(factory, family.Dana, "dana.fields@example.com");
        var dana = await FamilyViewFamily.SignInAsync(factory, token, "dana.fields@example.com");
        var comment = await dana.GetPageAsync("/family/comment");
        await dana.PostFormAsync("/family/comment", comment, ("Text", "Dana's own comment is shown to Dana")).Redirected();

        var pages = FamilyViewPages(family);
        Assert.True(pages.Count >= 6, string.Join(", ", pages));
        var rendered = 0;
        foreach (var culture in new[] { "cy", "en-GB" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await dana.GetAsync($"/family/language?culture={culture}&returnUrl=/family")).StatusCode);
            foreach (var url in pages.Append($"/family/invitation/{token}").Append($"/family/invitation/{token}/code").Append("/family/sign-in"))
            {
                var response = await dana.GetAsync(url);
                var html = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Assert.True(response.StatusCode is HttpStatusCode.Gone or HttpStatusCode.NotFound, $"GET {url} returned {(int)response.StatusCode}");
                }
                else
                {
                    rendered++;
                }

                Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
                Assert.DoesNotContain("/api/", html, StringComparison.OrdinalIgnoreCase);
                foreach (var (field, value) in secrets)
                {
                    Assert.False(html.Contains(value, StringComparison.OrdinalIgnoreCase), $"GET {url} ({culture}) shows {field}: {value}");
                }
            }
        }

        // The test could fail: the family's own plan, bottom line and comment are on the pages it read.
        var home = await (await dana.GetAsync("/family")).Content.ReadAsStringAsync();
        Assert.Contains(FamilyViewFamily.DanasActionText, home, StringComparison.Ordinal);
        Assert.Contains("Dana&#x27;s own comment is shown to Dana", home, StringComparison.Ordinal);
        Assert.True(rendered >= pages.Count * 2);
    }

    /// <summary>Every family view page a signed-in family member can open, from the endpoint data source.</summary>
    private List<string> FamilyViewPages(FamilyViewFamily family)
    {
        _ = factory.Server;
        return factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == Policies.FamilyMember))
            // The folder's convention names the policy on its public sign-in steps too; those are not the family's pages.
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern)
            .DistinctBy(p => p.RawText)
            .Select(p => "/" + string.Join('/', p.PathSegments.Select(s => string.Concat(s.Parts.Select(part => part switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart { Name: "actionKey" } => family.DanasAction.ToString(),
                _ => throw new InvalidOperationException($"The field-level test has no value for {p.RawText}: add one."),
            })))))
            .Where(url => url != "/family/sign-out")
            .ToList();
    }

    private async Task<Dictionary<string, string>> SeedSecretsAsync(FamilyViewFamily family, FamilyViewFamily other)
    {
        var secrets = new Dictionary<string, string>
        {
            ["case note"] = "SECRET-CASE-NOTE-TEXT",
            ["reason for involvement"] = "SECRET-REASON-FOR-INVOLVEMENT",
            ["NHS number"] = "943 476 5919",
            ["National Insurance number"] = "QQ 12 34 56 C",
            ["NHS number, as digits"] = "9434765919",
            ["National Insurance number, as typed"] = "QQ123456C",
            ["ethnicity"] = "SECRET-ETHNICITY",
            ["network member's phone"] = "07700 900 111",
            ["network member's email"] = "secret.gran@example.com",
            ["network member's address"] = "SECRET-GRAN-STREET",
            ["why a network member may not be contacted"] = "SECRET-NOT-TO-BE-CONTACTED",
            ["draft bottom line"] = "SECRET-DRAFT-BOTTOM-LINE",
            ["worry from the safety assessment"] = "SECRET-WORRY",
            ["meeting summary"] = "SECRET-MEETING-SUMMARY",
            ["professionals' meeting"] = "SECRET-PROFESSIONALS-VENUE",
            ["another family's bottom line"] = "Kai goes to school every day (Neighbours)",
            ["another family's name"] = "Neighbours family",
        };

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTimeOffset.UtcNow;
        var practitioner = family.Team.PractitionerId;
        await factory.WithDbAsync(async db =>
        {
            db.CaseNotes.Add(CaseNote.Write(family.FamilyId, CaseNoteType.Visit, today, secrets["case note"], practitioner, today, now).Value!);
            var familyCase = await db.FamilyCases.SingleAsync(f => f.Id == family.FamilyId);
            Assert.True(familyCase.ChangeReasonForInvolvement(secrets["reason for involvement"]).Succeeded);
            var dana = await db.People.SingleAsync(p => p.Id == family.Dana);
            secrets["person reference"] = dana.Reference;
            dana.RecordIdentifiers(NhsNumber.TryParse("9434765919").Value, null, NationalInsuranceNumber.TryParse("QQ123456C").Value);
            Assert.True(dana.RecordEthnicity(secrets["ethnicity"], "Equality monitoring").Succeeded);
            var gran = NetworkMember.Add(family.FamilyId, "Gran Fields", "Maternal grandmother", false).Value!;
            Assert.True(gran.ChangeContactDetails("07700 900 111", "secret.gran@example.com", Address.Create("1 SECRET-GRAN-STREET", null, "Northmoor", null, "NM1 1AA").Value).Succeeded);
            Assert.True(gran.RefuseContact(secrets["why a network member may not be contacted"]).Succeeded);
            db.NetworkMembers.Add(gran);
            db.BottomLines.Add(BottomLine.Write(family.FamilyId, secrets["draft bottom line"], practitioner, now).Value!);
            db.SafetyAssessments.Add(SafetyAssessment.Create(family.FamilyId, today, practitioner, [WorryItem.Harm(secrets["worry from the safety assessment"])], [], []).Value!);
            var upcoming = Meeting.Schedule(family.FamilyId, MeetingType.RestorativeConference, now.AddDays(3), now.AddDays(3).AddHours(1), "Family room, Town Hall", StaffKey(practitioner)).Value!;
            Assert.True(upcoming.RecordSummary(secrets["meeting summary"]).Succeeded);
            Assert.True(upcoming.AddParticipant(new NewParticipant("Dana Fields", ParticipantKind.Family, family.Dana)).Succeeded);
            db.Meetings.Add(upcoming);
            db.Meetings.Add(Meeting.Schedule(family.FamilyId, MeetingType.ProfessionalsMeeting, now.AddDays(4), null, secrets["professionals' meeting"], StaffKey(practitioner)).Value!);
            return await db.SaveChangesAsync();
        });
        Assert.NotNull(other);
        return secrets;
    }

    private static string StaffKey(Guid id) => id.ToString("D");
}
