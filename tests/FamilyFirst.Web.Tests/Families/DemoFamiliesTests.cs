using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.CommandLine;
using FamilyFirst.Web.Infrastructure.Demo;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>The demo families: added once, allocated across the two demo teams, and seen only by those who should.</summary>
public class DemoFamiliesTests
{
    private const string DemoPassword = "demo password for tests";

    [Fact]
    public async Task SeedDemo_AddsTheDemoFamiliesOnce_AndEachTeamSeesOnlyItsOwn()
    {
        using var demo = new FamilyFirstFactory().WithSetting("DemoData:Password", DemoPassword);
        await Verbs.Find(["seed-demo"])!.RunAsync(demo.Services, [], new StringReader(string.Empty), new StringWriter(), new StringWriter());
        await Verbs.Find(["seed-demo"])!.RunAsync(demo.Services, [], new StringReader(string.Empty), new StringWriter(), new StringWriter());

        await using (var scope = demo.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.Equal(4, await db.FamilyCases.CountAsync());
            Assert.True(await db.People.CountAsync() >= 14);
            Assert.True(await db.People.AnyAsync(p => p.ExpectedDateOfBirth != null && p.DateOfBirth == null));
            Assert.Single(await db.FamilyCases.Where(f => f.IsRestricted).ToListAsync());
        }

        var ids = await demo.WithDbAsync(db => db.FamilyCases.ToDictionaryAsync(f => f.Reference, f => f.Id));
        var north = demo.CreateBrowserlessClient();
        await north.SignInAsync("practitioner@demo.familyfirst.test", DemoPassword);
        var south = demo.CreateBrowserlessClient();
        await south.SignInAsync("practitioner.south@demo.familyfirst.test", DemoPassword);

        var rivers = await north.GetPageAsync($"/families/{ids[DemoFamilies.RiversReference]}");
        Assert.Equal("Rivers family", rivers.Heading());
        Assert.Equal(HttpStatusCode.NotFound, (await south.GetAsync($"/families/{ids[DemoFamilies.RiversReference]}")).StatusCode);
        Assert.Equal("Hughes family", (await south.GetPageAsync($"/families/{ids[DemoFamilies.HughesReference]}")).Heading());
        Assert.Equal(HttpStatusCode.NotFound, (await north.GetAsync($"/families/{ids[DemoFamilies.HughesReference]}")).StatusCode);
    }

    [Fact]
    public async Task MyWork_ShowsTheLeadPractitionerTheirFamilysOverduePlanActions()
    {
        using var demo = new FamilyFirstFactory().WithSetting("DemoData:Password", DemoPassword);
        await Verbs.Find(["seed-demo"])!.RunAsync(demo.Services, [], new StringReader(string.Empty), new StringWriter(), new StringWriter());
        var north = demo.CreateBrowserlessClient();
        await north.SignInAsync("practitioner@demo.familyfirst.test", DemoPassword);

        var myWork = await north.GetPageAsync("/my-work");

        // The demo plan's school-run action was due 10 days ago and is still in progress.
        Assert.Contains("Plan action: I will walk Kai and Mia to school every morning, leaving at 8:15", myWork.Body!.TextContent);
    }
}
