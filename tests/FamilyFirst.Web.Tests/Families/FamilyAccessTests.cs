using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Web.Infrastructure.Access;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>Need to know: the database filter agrees with the domain rule, and pages refuse families the user may not see with 404.</summary>
public class FamilyAccessTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task VisibleTo_AgreesWithTheDomainRule_ForEveryKindOfStaffAndFamily()
    {
        var teamA = await factory.CreateTeamAsync("Access team A");
        var teamB = await factory.CreateTeamAsync("Access team B");
        var lead = Guid.NewGuid();
        var named = Guid.NewGuid();
        var families = new List<FamilyCase>
        {
            await factory.CreateFamilyAsync("Team A family", lead, teamA),
            await factory.CreateFamilyAsync("Team B family", Guid.NewGuid(), teamB),
            await factory.CreateFamilyAsync("Restricted A family", lead, teamA, f => f.Restrict([named])),
            await factory.CreateFamilyAsync("Restricted B family", Guid.NewGuid(), teamB, f => f.Restrict([named])),
        };

        var staffKinds = new List<StaffMember>();
        foreach (var roles in new[] { new[] { StaffRole.Practitioner }, [StaffRole.Manager], [StaffRole.Coordinator], [StaffRole.Administrator], [StaffRole.Analyst], [StaffRole.Trainer], [StaffRole.Administrator, StaffRole.Practitioner] })
        {
            foreach (var user in new[] { lead, named, Guid.NewGuid() })
            {
                foreach (var teams in new[] { Array.Empty<Guid>(), [teamA], [teamB], [teamA, teamB] })
                {
                    staffKinds.Add(new StaffMember(user, roles, teams));
                }
            }
        }

        var ids = families.Select(f => f.Id).ToList();
        await factory.WithDbAsync(async db =>
        {
            foreach (var staff in staffKinds)
            {
                var visible = await FamilyAccess.VisibleTo(db.FamilyCases.Where(f => ids.Contains(f.Id)), staff).Select(f => f.Id).ToListAsync();
                var expected = families.Where(f => FamilyAccessRule.CanView(staff, f.AccessFacts())).Select(f => f.Id).ToList();
                Assert.True(expected.Order().SequenceEqual(visible.Order()), $"Staff with roles {string.Join(",", staff.Roles)} and {staff.TeamIds.Count} teams: expected {expected.Count}, the query gave {visible.Count}");
            }

            return true;
        });
    }

    [Fact]
    public async Task FamilyPage_ForAPractitionerInAnotherTeam_IsNotFound()
    {
        var north = await factory.CreateTeamAsync("North access");
        var south = await factory.CreateTeamAsync("South access");
        var northPractitioner = await factory.CreateStaffAsync("north.one@test.familyfirst.test", Roles.Practitioner, north);
        await factory.CreateStaffAsync("south.one@test.familyfirst.test", Roles.Practitioner, south);
        await factory.CreateStaffAsync("north.two@test.familyfirst.test", Roles.Practitioner, north);
        var family = await factory.CreateFamilyAsync("Access family", northPractitioner, north);

        var outsider = await factory.SignedInClientAsync("south.one@test.familyfirst.test");
        var colleague = await factory.SignedInClientAsync("north.two@test.familyfirst.test");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/families/{family.Id}")).StatusCode);
        var page = await colleague.GetPageAsync($"/families/{family.Id}");
        Assert.Equal("Access family", page.Heading());

        // The view and the refusal are both in the audit trail, against the family.
        var rows = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.FamilyCaseId == family.Id).OrderBy(e => e.Sequence).ToListAsync());
        Assert.Collection(
            rows,
            denied =>
            {
                Assert.Equal(AuditAction.AccessDenied, denied.Action);
                Assert.Equal("South One", denied.UserDisplayName);
            },
            viewed =>
            {
                Assert.Equal(AuditAction.View, viewed.Action);
                Assert.Equal("North Two", viewed.UserDisplayName);
                Assert.Equal($"/families/{family.Id}", viewed.Detail);
            });
    }

    [Fact]
    public async Task RestrictedFamily_IsSeenOnlyByThePeopleNamedOnIt_EvenInTheSameTeam()
    {
        var team = await factory.CreateTeamAsync("Restricted team");
        var lead = await factory.CreateStaffAsync("restricted.lead@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("restricted.colleague@test.familyfirst.test", Roles.Practitioner, team);
        await factory.CreateStaffAsync("restricted.manager@test.familyfirst.test", Roles.Manager, team);
        var family = await factory.CreateFamilyAsync("Restricted family", lead, team, f => f.Restrict([]));

        var leadClient = await factory.SignedInClientAsync("restricted.lead@test.familyfirst.test");
        var colleague = await factory.SignedInClientAsync("restricted.colleague@test.familyfirst.test");
        var manager = await factory.SignedInClientAsync("restricted.manager@test.familyfirst.test");

        Assert.Equal("Restricted family", (await leadClient.GetPageAsync($"/families/{family.Id}")).Heading());
        Assert.Equal(HttpStatusCode.NotFound, (await colleague.GetAsync($"/families/{family.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/families/{family.Id}")).StatusCode);

        // Nor does it appear in their lists.
        var list = await colleague.GetPageAsync("/families?show=team");
        Assert.DoesNotContain("Restricted family", list.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalystsAndTrainers_CannotReachFamilyRecordsAtAll()
    {
        await factory.CreateUserAsync("records.analyst@test.familyfirst.test", Roles.Analyst);
        var client = await factory.SignedInClientAsync("records.analyst@test.familyfirst.test");

        var response = await client.GetAsync("/families");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
