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
/// and in the list of claims an analyst reads. Every page is checked with axe.
/// </summary>
public class ResultsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Manager_ReadsAFamilysResultsWithTheWorking_AndClaimsTheResult()
    {
        // Arrange: the Rivers family (North) joined four months ago; Jade had two ASB incidents in the months
        // before, none since. Seven months later the outcome window is wholly after attachment.
        var attachedOn = await ImportAntiSocialBehaviourBeforeAttachmentAsync(DemoFamilies.RiversReference, "Jade");
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
