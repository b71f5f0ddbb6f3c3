using System.Net;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Tests.Families;
using FamilyFirst.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FamilyFirst.Web.Tests.Plans;

/// <summary>Bottom lines: written by the practitioner, approved only by a manager, retired with a reason, history kept.</summary>
public class BottomLinePageTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task Write_WithNothingEntered_AsksForTheBottomLine()
    {
        var team = await PlanTeam.CreateAsync(factory, "Blank line");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var form = await client.GetPageAsync($"/families/{team.Family.Id}/bottom-lines/new");

        var page = await (await client.PostFormAsync($"/families/{team.Family.Id}/bottom-lines/new", form)).ReadPageAsync();

        page.AssertFieldError("Text", "Enter the bottom line");
    }

    [Fact]
    public async Task Approval_IsForAManagerOnly_AndIsRecordedWithWhoAndWhen()
    {
        var team = await PlanTeam.CreateAsync(factory, "Approval");
        var practitioner = await factory.SignedInClientAsync(team.Practitioner);
        var manager = await factory.SignedInClientAsync(team.Manager);
        var basePath = $"/families/{team.Family.Id}/bottom-lines";
        var form = await practitioner.GetPageAsync($"{basePath}/new");
        Assert.Equal(HttpStatusCode.Redirect, (await practitioner.PostFormAsync($"{basePath}/new", form, ("Text", "Kai is not left alone with Mark"))).StatusCode);
        var lineId = await factory.WithDbAsync(db => db.BottomLines.Where(b => b.FamilyId == team.Family.Id).Select(b => b.Id).SingleAsync());

        var refused = await practitioner.GetAsync($"{basePath}/{lineId}/approve");
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"A practitioner got {(int)refused.StatusCode}");
        Assert.Equal(BottomLineStatus.Draft, await factory.WithDbAsync(db => db.BottomLines.Where(b => b.Id == lineId).Select(b => b.Status).SingleAsync()));

        var confirm = await manager.GetPageAsync($"{basePath}/{lineId}/approve");
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync($"{basePath}/{lineId}/approve", confirm)).StatusCode);
        var list = await manager.GetPageAsync(basePath);
        Assert.Equal("Bottom line approved. It now applies to this family's conferences and plans", list.SuccessBanner());

        var line = await factory.WithDbAsync(db => db.BottomLines.AsNoTracking().SingleAsync(b => b.Id == lineId));
        Assert.Equal(BottomLineStatus.Approved, line.Status);
        Assert.Equal(team.ManagerId, line.ApprovedById);
        Assert.Equal([BottomLineChangeKind.Written, BottomLineChangeKind.Approved], line.History.Select(h => h.Kind));
        var chronology = await factory.WithDbAsync(db => db.ChronologyEntries.AnyAsync(e => e.FamilyCaseId == team.Family.Id && e.Summary == "Bottom line approved: Kai is not left alone with Mark"));
        Assert.True(chronology);
    }

    [Fact]
    public async Task Retire_NeedsAReason_AndKeepsTheHistory()
    {
        var team = await PlanTeam.CreateAsync(factory, "Retiring");
        var lineId = await factory.WithDbAsync(async db =>
        {
            var line = BottomLine.Write(team.Family.Id, "Kai sleeps at home every night", team.PractitionerId, FamilyTestData.Now).Value!;
            line.Approve(team.ManagerId, FamilyTestData.Now);
            db.BottomLines.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var path = $"/families/{team.Family.Id}/bottom-lines/{lineId}/retire";
        var form = await client.GetPageAsync(path);

        var page = await (await client.PostFormAsync(path, form)).ReadPageAsync();
        page.AssertFieldError("Reason", "Enter why the bottom line is being retired");

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(path, form, ("Reason", "Mark has moved away"))).StatusCode);
        var line = await factory.WithDbAsync(db => db.BottomLines.AsNoTracking().SingleAsync(b => b.Id == lineId));
        Assert.Equal(BottomLineStatus.Retired, line.Status);
        Assert.Equal("Mark has moved away", line.RetirementReason);
        Assert.Equal(3, line.History.Count);
    }

    [Fact]
    public async Task Approve_ForAManagerInAnotherTeam_IsNotFound()
    {
        var team = await PlanTeam.CreateAsync(factory, "Guarded line");
        var lineId = await factory.WithDbAsync(async db =>
        {
            var line = BottomLine.Write(team.Family.Id, "Kai goes to school", team.PractitionerId, FamilyTestData.Now).Value!;
            db.BottomLines.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
        var other = await factory.CreateTeamAsync("Other line team");
        await factory.CreateStaffAsync("other.line.manager@test.familyfirst.test", Roles.Manager, other);
        var outsider = await factory.SignedInClientAsync("other.line.manager@test.familyfirst.test");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/families/{team.Family.Id}/bottom-lines/{lineId}/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/families/{team.Family.Id}/bottom-lines/{lineId}/retire")).StatusCode);
    }
}
