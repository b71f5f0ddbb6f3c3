using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Demo;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// Results and claims: seven months on, a manager follows the impact report's offending figure to the family
/// behind it, reads its results with the working, and claims the result; the claim is on the family's results
/// and in the list of claims an analyst reads. The manager also puts the Okafor family (closed, with its needs met)
/// on the Supporting Families framework, sees it claimable in the impact report, claims it and finds it in the
/// quarter's claims. Every page is checked with axe.
/// </summary>
public class ResultsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_ReadsAFamilysResultsWithTheWorking_AndClaimsTheResult()
    {
        // Arrange: the Rivers family (North) joined four months ago; Jade had two ASB incidents in the months
        // before, none since. Seven months later the outcome window is wholly after attachment.
        var attachedOn = await ImportAntiSocialBehaviourBeforeAttachmentAsync(DemoFamilies.RiversReference, "Jade");
        var okafor = await CloseWithNeedsMetAsync(DemoFamilies.OkaforReference);
        var startedOn = PageChecks.CouncilToday(browser.Clock);
        browser.Clock.Advance(TimeSpan.FromDays(213));

        // The manager follows the figure to the family.
        var morgan = await browser.NewPageAsync();
        await morgan.SignInAsync("manager@demo.familyfirst.test");
        await morgan.GetByRole(AriaRole.Link, new() { Name = "Impact report", Exact = true }).ClickAsync();
        await morgan.GetByRole(AriaRole.Link, new() { Name = "See the 1 family who significantly reduced (or stopped) their offending" }).ClickAsync();
        await morgan.AssertAccessibleAsync();
        await morgan.GetByRole(AriaRole.Link, new() { Name = "Rivers family" }).ClickAsync();

        // The results, with the working.
        await Assertions.Expect(morgan.Locator("h1")).ToHaveTextAsync("Family First results");
        await Assertions.Expect(morgan.SummaryValue("Attached to Family First")).ToHaveTextAsync(attachedOn.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(morgan.SummaryValue("Crime, ASB and education result")).ToHaveTextAsync("Yes: Met: crime and ASB met.");
        await Assertions.Expect(morgan.SummaryValue("Turned around")).ToHaveTextAsync("Yes: Turned around: crime, ASB and education result met.");
        await Assertions.Expect(morgan.SummaryValue("Anti-social behaviour")).ToContainTextAsync("fell from 2 to 0");
        await Assertions.Expect(morgan.SummaryValue("Result")).ToContainTextAsync("Met and stopped: no youth offences or ASB incidents in the outcome window");
        await Assertions.Expect(morgan.GetByRole(AriaRole.Table, new() { Name = "Results claimed" })).ToHaveCountAsync(0);
        await morgan.AssertAccessibleAsync();
        await morgan.ScreenshotAsync("family-results");

        // The claim.
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Claim the crime, anti-social behaviour and education result" }).ClickAsync();
        await morgan.ExpectSuccessAsync("The crime, anti-social behaviour and education result was claimed.");
        var claimed = morgan.GetByRole(AriaRole.Table, new() { Name = "Results claimed" });
        await Assertions.Expect(claimed).ToContainTextAsync("crime, anti-social behaviour and education");
        await Assertions.Expect(claimed).ToContainTextAsync("Morgan Manager");
        await Assertions.Expect(morgan.GetByRole(AriaRole.Button, new() { Name = "Claim the crime, anti-social behaviour and education result" })).ToHaveCountAsync(0);
        await morgan.AssertAccessibleAsync();

        // The analyst's list of claims.
        var ash = await browser.NewPageAsync();
        await ash.SignInAsync("analyst@demo.familyfirst.test");
        await ash.GetByRole(AriaRole.Link, new() { Name = "Claimed results" }).ClickAsync();
        await Assertions.Expect(ash.Locator("h1")).ToHaveTextAsync("Claimed results");
        var claims = ash.GetByRole(AriaRole.Table, new() { Name = "Claims, newest first" });
        await Assertions.Expect(claims.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await Assertions.Expect(claims).ToContainTextAsync(DemoFamilies.RiversReference);
        await Assertions.Expect(claims).ToContainTextAsync("Morgan Manager");
        await ash.AssertAccessibleAsync();
        await ash.ScreenshotAsync("claimed-results");

        // The Okafor family onto Supporting Families, with its assessment and plan dates.
        await morgan.GotoAsync($"/families/{okafor}/needs");
        await morgan.GetByRole(AriaRole.Link, new() { Name = "Change the outcome framework and dates" }).ClickAsync();
        await morgan.GetByLabel("Supporting Families (2022 to 2025)").CheckAsync();
        await morgan.FillDateAsync("Date of the whole-family assessment (optional)", startedOn.AddDays(-70));
        await morgan.FillDateAsync("Date the plan was agreed (optional)", startedOn.AddDays(-60));
        await morgan.AssertAccessibleAsync();
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Save framework" }).ClickAsync();
        await morgan.ExpectSuccessAsync("The family's outcome framework is Supporting Families (2022 to 2025)");
        await Assertions.Expect(morgan.Locator("main")).ToContainTextAsync("Claimable from");
        await morgan.AssertAccessibleAsync();

        // In the impact report, then claimed from its results, then in the quarter's claims.
        await morgan.GotoAsync("/reports/impact");
        // Okafor, and of the demo's three Supporting Families families the Ahmeds and (seven months on, nine after their
        // case closed) the Brennans; the Clarkes' case is open.
        await Assertions.Expect(morgan.SummaryValue("Claimable")).ToContainTextAsync("3 of 4");
        await morgan.GotoAsync($"/results/families/{okafor}");
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Claim the Supporting Families outcome" }).ClickAsync();
        await morgan.ExpectSuccessAsync("The Supporting Families successful family outcome result was claimed.");
        await morgan.AssertAccessibleAsync();
        await ash.ReloadAsync();
        await Assertions.Expect(claims.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(claims).ToContainTextAsync("Supporting Families (2022 to 2025)");
        await ash.GetByRole(AriaRole.Link, new() { Name = "Evidence for " + DemoFamilies.OkaforReference }).ClickAsync();
        await Assertions.Expect(ash.GetByRole(AriaRole.Table, new() { Name = "Each need and its outcome" }).GetByRole(AriaRole.Row)).ToHaveCountAsync(4);
        await ash.AssertAccessibleAsync();
    }

    /// <summary>
    /// Needs under three headline outcomes identified two months ago, each met ten days ago, imported as a council
    /// would; then the case closed today. Returns the family's id.
    /// </summary>
    private async Task<Guid> CloseWithNeedsMetAsync(string familyReference)
    {
        var today = PageChecks.CouncilToday(browser.Clock);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await using var scope = browser.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<PartnerDataImporter>();
        async Task ImportAsync(ImportKind kind, string csv)
        {
            using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            var outcome = await importer.ImportAsync(new ImportRequest(kind, kind + ".csv", ImportSource.CommandLine), file, Actor.CommandLine);
            Assert.Equal(3, outcome.Added);
        }

        await ImportAsync(ImportKind.Needs, "family_ref,headline,need,identified_on,identified_by,evidence_source\n"
            + $"{familyReference},education,exclusion,{Day(-60)},School,school-records\n"
            + $"{familyReference},family-relationships,parental-conflict,{Day(-60)},Lead practitioner,practitioner-assessment\n"
            + $"{familyReference},housing,rent-arrears,{Day(-60)},Housing officer,housing-records\n");
        await ImportAsync(ImportKind.Outcomes, "family_ref,headline,need,achieved_on,evidence_source,evidence\n"
            + $"{familyReference},education,exclusion,{Day(-10)},school-records,No exclusions this term\n"
            + $"{familyReference},family-relationships,parental-conflict,{Day(-10)},practitioner-assessment,Restorative meeting held\n"
            + $"{familyReference},housing,rent-arrears,{Day(-10)},housing-records,Arrears cleared\n");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var family = await db.FamilyCases.SingleAsync(f => f.Reference == familyReference);
        Assert.True(family.Close("Plan completed", Guid.NewGuid(), browser.Clock.GetUtcNow(), today).Succeeded);
        await db.SaveChangesAsync();
        return family.Id;
    }

    /// <summary>Two ASB incidents for one person in the three months before their family joined Family First, imported as a partner file would be; returns the attachment date.</summary>
    private async Task<DateOnly> ImportAntiSocialBehaviourBeforeAttachmentAsync(string familyReference, string givenName)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var family = await db.FamilyCases.AsNoTracking()
            .Where(f => f.Reference == familyReference)
            .Select(f => new { AttachedOn = f.Programmes.First(p => p.Programme == Programme.FamilyFirst).AttachedOn, People = f.Members.Select(m => m.PersonId).ToList() })
            .SingleAsync();
        var person = await db.People.AsNoTracking().Where(p => family.People.Contains(p.Id) && p.GivenName == givenName).Select(p => p.Reference).SingleAsync();
        var csv = new StringBuilder("person_ref,incident_date,incident_type\n")
            .Append(CultureInfo.InvariantCulture, $"{person},{family.AttachedOn.AddMonths(-3):yyyy-MM-dd},Noise\n")
            .Append(CultureInfo.InvariantCulture, $"{person},{family.AttachedOn.AddMonths(-1):yyyy-MM-dd},Vandalism\n");
        var importer = scope.ServiceProvider.GetRequiredService<PartnerDataImporter>();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        var outcome = await importer.ImportAsync(new ImportRequest(ImportKind.Asb, "asb.csv", ImportSource.CommandLine), file, Actor.CommandLine);
        Assert.Equal(2, outcome.Added);
        return family.AttachedOn;
    }
}
