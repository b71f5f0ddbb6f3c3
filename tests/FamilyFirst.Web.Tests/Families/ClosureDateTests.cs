using FamilyFirst.Domain.Families;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>
/// A closed case always has its closure date: closing records it, reopening clears it, and the database refuses a
/// closed case without one, whatever writes it (a data fix, an old path).
/// </summary>
public class ClosureDateTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    [Fact]
    public async Task TheDatabase_RefusesAClosedCaseWithoutItsClosureDate_ButNotAnOpenOne()
    {
        var team = await factory.CreateTeamAsync("Closure date team");
        var lead = await factory.CreateStaffAsync("closure.date.lead@test.familyfirst.test", Roles.Practitioner, team);
        var closed = await factory.CreateFamilyAsync("Closed", lead, team, f => Assert.True(f.Close("Plan achieved", lead, FamilyTestData.Now, new DateOnly(2026, 10, 31)).Succeeded));
        var open = await factory.CreateFamilyAsync("Open", lead, team);

        var refused = await Record.ExceptionAsync(() => factory.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE \"FamilyCases\" SET \"ClosedOn\" = NULL WHERE \"Id\" = {closed.Id}")));

        Assert.IsAssignableFrom<System.Data.Common.DbException>(refused);
        Assert.Equal(new DateOnly(2026, 10, 31), await factory.WithDbAsync(db => db.FamilyCases.Where(f => f.Id == closed.Id).Select(f => f.ClosedOn).SingleAsync()));
        Assert.Equal(1, await factory.WithDbAsync(db =>
            db.Database.ExecuteSqlAsync($"UPDATE \"FamilyCases\" SET \"ClosedOn\" = NULL WHERE \"Id\" = {open.Id}")));
        Assert.Equal(FamilyCaseStatus.Open, open.Status);
    }
}
