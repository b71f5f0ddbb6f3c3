using FamilyFirst.Domain.Audit;
using FamilyFirst.Web.Infrastructure.Security;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Security;

/// <summary>A role-based refusal (403) is written to the audit trail: who, which address, when.</summary>
public class AuditedRefusalTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task APageTheRoleDoesNotAllow_IsRefused_AndTheRefusalIsAudited()
    {
        var team = await factory.CreateTeamAsync("Refusal team");
        var practitionerId = await factory.CreateStaffAsync("refused.practitioner@test.familyfirst.test", Roles.Practitioner, team);
        var practitioner = await factory.SignedInClientAsync("refused.practitioner@test.familyfirst.test");

        var response = await practitioner.GetAsync("/admin/outbox");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var row = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.UserId == practitionerId.ToString() && e.Action == AuditAction.AccessDenied));
        Assert.Equal(AuditedRefusals.RecordType, row.RecordType);
        Assert.Equal("/admin/outbox", row.RecordId);
        Assert.Equal("Refused by role: GET /admin/outbox", row.Detail);
    }

    [Fact]
    public async Task AnAllowedPage_WritesNoRefusal()
    {
        var team = await factory.CreateTeamAsync("Allowed team");
        var practitionerId = await factory.CreateStaffAsync("allowed.practitioner@test.familyfirst.test", Roles.Practitioner, team);
        var practitioner = await factory.SignedInClientAsync("allowed.practitioner@test.familyfirst.test");

        Assert.Equal(HttpStatusCode.OK, (await practitioner.GetAsync("/staff")).StatusCode);

        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.UserId == practitionerId.ToString() && e.Action == AuditAction.AccessDenied)));
    }
}
