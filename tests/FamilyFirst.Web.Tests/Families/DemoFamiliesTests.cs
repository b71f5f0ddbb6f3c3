using FamilyFirst.Domain.Outcomes;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Outcomes;
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
            // Four families on the original framework and three on Supporting Families.
            Assert.Equal(7, await db.FamilyCases.CountAsync());
            Assert.Equal(3, await db.FamilyCases.CountAsync(f => f.Framework == OutcomeFramework.SupportingFamilies2022));
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
    public async Task SeedDemo_AddsSupportingFamiliesFamilies_OneClaimable_OneNotYet_WithNeedsUnderThreeOrMoreHeadlines()
    {
        using var demo = new FamilyFirstFactory().WithSetting("DemoData:Password", DemoPassword);
        await Verbs.Find(["seed-demo"])!.RunAsync(demo.Services, [], new StringReader(string.Empty), new StringWriter(), new StringWriter());

        await using var scope = demo.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var today = scope.ServiceProvider.GetRequiredService<TimeProvider>().Today;
        var ids = await db.FamilyCases.Where(f => f.Framework == OutcomeFramework.SupportingFamilies2022).ToDictionaryAsync(f => f.Reference, f => f.Id);
        Assert.Equal(new[] { DemoFamilies.AhmedReference, DemoFamilies.BrennanReference, DemoFamilies.ClarkeReference }.Order(StringComparer.Ordinal), ids.Keys.Order(StringComparer.Ordinal));
        foreach (var id in ids.Values)
        {
            var headlines = await db.RecordedNeeds.Where(n => n.FamilyCaseId == id).Select(n => n.Headline).Distinct().CountAsync();
            Assert.True(headlines >= 3);
        }

        var results = scope.ServiceProvider.GetRequiredService<SupportingFamiliesResultsService>();
        var ahmed = (await results.ForFamilyAsync(ids[DemoFamilies.AhmedReference], today, default))!;
        Assert.True(ahmed.Claimable, string.Join("; ", ahmed.Working));
        Assert.Equal(today.AddMonths(-8).AddMonths(6), ahmed.ClaimableFrom);

        var brennan = (await results.ForFamilyAsync(ids[DemoFamilies.BrennanReference], today, default))!;
        Assert.False(brennan.Claimable);
        Assert.Equal(brennan.Needs, brennan.NeedsSustained);
        Assert.Equal(today.AddMonths(-2), brennan.ClosedOn);

        var clarke = (await results.ForFamilyAsync(ids[DemoFamilies.ClarkeReference], today, default))!;
        Assert.Null(clarke.ClosedOn);
        Assert.True(clarke.DependentChildOrExpectant);

        // The impact report's Supporting Families figures count them.
        var figures = await results.FiguresAsync(today, default);
        Assert.Equal((3, 1), (figures.Families, figures.Claimable));
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
