using System.Globalization;
using System.Text;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Imports;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Imports;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// The impact report: a manager reads the staff report (charts, tables, definitions, the families behind a
/// figure); an analyst asks for a snapshot, watches its progress (it is taken in the background) and reviews it; the
/// manager approves it; then anyone, signed out, reads the evidence of impact
/// page, which shows the approved snapshot (with the demo's Supporting Families figures) with small numbers hidden.
/// Every page is checked with axe.
/// </summary>
public class ImpactJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Manager = "manager@demo.familyfirst.test";
    private const string Analyst = "analyst@demo.familyfirst.test";

    [Fact]
    public async Task ImpactReport_SnapshotApproved_AndPublished()
    {
        await ImportAntiSocialBehaviourBeforeAttachmentAsync();

        // Nothing published yet.
        var visitor = await browser.NewPageAsync(javaScript: false);
        await visitor.GotoAsync("/");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Evidence of impact" }).First.ClickAsync();
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("We have not published any figures yet");
        await visitor.AssertAccessibleAsync();

        // The staff report, as at today.
        var morgan = await browser.NewPageAsync();
        await morgan.SignInAsync(Manager);
        await morgan.GetByRole(AriaRole.Link, new() { Name = "Impact report", Exact = true }).ClickAsync();
        await Assertions.Expect(morgan.Locator("h1")).ToHaveTextAsync("Impact report");
        await Assertions.Expect(morgan.Locator(".app-impact-figure").First).ToContainTextAsync("1 of 1 families significantly reduced (or stopped) their offending");
        await Assertions.Expect(morgan.Locator("svg.app-chart")).ToHaveCountAsync(4);
        await morgan.AssertAccessibleAsync();
        await morgan.ScreenshotAsync("impact-report");

        // A figure's definition, and the family behind it.
        await morgan.GetByRole(AriaRole.Link, new() { Name = "What this figure means (significantly reduced (or stopped) their offending)" }).ClickAsync();
        await Assertions.Expect(morgan.Locator("#offending")).ToBeVisibleAsync();
        await morgan.AssertAccessibleAsync();
        await morgan.GoBackAsync();
        await morgan.GetByRole(AriaRole.Link, new() { Name = "See the 1 family who significantly reduced (or stopped) their offending" }).ClickAsync();
        await Assertions.Expect(morgan.Locator("h1")).ToHaveTextAsync("Families who significantly reduced (or stopped) their offending");
        // The family is in the South team, so Morgan (North) is told it is there but not shown it: need to know.
        await Assertions.Expect(morgan.Locator(".govuk-inset-text")).ToContainTextAsync("1 family is in this figure but not listed");
        await Assertions.Expect(morgan.Locator("main")).ToContainTextAsync("There are no families you can see in this figure.");
        await morgan.AssertAccessibleAsync();
        await morgan.GetByRole(AriaRole.Link, new() { Name = "Back to the impact report" }).ClickAsync();

        // A bad choice of dates is refused with an error.
        await morgan.Locator("#From").FillAsync("1");
        await morgan.Locator("#From-month").FillAsync("1");
        await morgan.Locator("#From-year").FillAsync("2030");
        await morgan.Locator("#To").FillAsync("1");
        await morgan.Locator("#To-month").FillAsync("1");
        await morgan.Locator("#To-year").FillAsync("2020");
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Show the report" }).ClickAsync();
        await Assertions.Expect(morgan.Locator(".govuk-error-summary")).ToContainTextAsync("The start of the attachment period must be the same as or before the end");
        await morgan.AssertAccessibleAsync();
        await morgan.GotoAsync("/reports/impact");

        // Publishing needs two people: an analyst takes the snapshot, the manager reviews and approves it.
        var ash = await browser.NewPageAsync();
        await ash.SignInAsync(Analyst);
        await ash.GotoAsync("/reports/impact");
        // The progress page reloads itself (app.js) while the snapshot is under way: it is checked first as served
        // without that script, so that it cannot reload under the check, then with it.
        await ash.RouteAsync("**/js/app.js", route => route.AbortAsync());
        await ash.GetByRole(AriaRole.Button, new() { Name = "Take a snapshot of this report for publication" }).ClickAsync();

        // The snapshot is worked out in the background (ADR 0034): its page shows how far it has got and updates itself.
        await Assertions.Expect(ash.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Snapshot requested");
        await Assertions.Expect(ash.Locator(".govuk-summary-list").First).ToContainTextAsync("Asked for");
        await ash.AssertAccessibleAsync();
        await ash.ScreenshotAsync("impact-snapshot-progress");
        await ash.UnrouteAsync("**/js/app.js");
        await ash.ReloadAsync();

        // Once the worker has stored it, the page (reloading itself) leads to the snapshot to review.
        await Assertions.Expect(ash.GetByRole(AriaRole.Link, new() { Name = "Review the snapshot" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(ash.Locator(".govuk-summary-list").First).ToContainTextAsync("Done");
        await ash.AssertAccessibleAsync();
        await ash.GetByRole(AriaRole.Link, new() { Name = "Review the snapshot" }).ClickAsync();
        await Assertions.Expect(ash.Locator(".govuk-summary-list").First).ToContainTextAsync("Waiting for approval");
        await ash.AssertAccessibleAsync();
        await morgan.GotoAsync(new Uri(ash.Url).PathAndQuery);
        await morgan.GetByRole(AriaRole.Button, new() { Name = "Approve for publication" }).ClickAsync();
        await Assertions.Expect(morgan.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Snapshot approved");
        await Assertions.Expect(morgan.Locator(".govuk-summary-list").First).ToContainTextAsync("Approved and published");
        await morgan.AssertAccessibleAsync();
        await morgan.ScreenshotAsync("impact-snapshot-approved");
        await morgan.GetByRole(AriaRole.Link, new() { Name = "Back to snapshots" }).ClickAsync();
        await Assertions.Expect(morgan.Locator("tbody")).ToContainTextAsync("Published");
        await morgan.AssertAccessibleAsync();

        // Published: the public page, signed out, without JavaScript.
        await visitor.GotoAsync("/evidence-of-impact");
        await Assertions.Expect(visitor.Locator("[data-figure]")).ToHaveCountAsync(5);
        await Assertions.Expect(visitor.Locator("[data-figure='offending']")).ToContainTextAsync("fewer than 10 families significantly reduced (or stopped) their offending");

        // The demo's three Supporting Families families (one claimable), published with the snapshot: all small numbers.
        await Assertions.Expect(visitor.Locator("#published-supporting-families h2")).ToHaveTextAsync("Supporting Families (2022 to 2025)");
        await Assertions.Expect(visitor.Locator("[data-figure='sf-claimable']")).ToContainTextAsync("fewer than 10 families on the programme had a successful outcome, out of fewer than 10");
        await Assertions.Expect(visitor.Locator("[data-headline='housing']")).ToContainTextAsync("Secure housing");
        await visitor.AssertAccessibleAsync();
        await visitor.ScreenshotAsync("evidence-of-impact");
    }

    /// <summary>
    /// Two ASB incidents in the months before the demo family that joined longest ago (7 months, in the South team) joined the
    /// programme, and none since: the offending headline is met.
    /// </summary>
    private async Task ImportAntiSocialBehaviourBeforeAttachmentAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var family = await db.FamilyCases.AsNoTracking()
            .Where(f => f.Programmes.Any(p => p.Programme == Programme.FamilyFirst))
            .Select(f => new { AttachedOn = f.Programmes.First(p => p.Programme == Programme.FamilyFirst).AttachedOn, People = f.Members.Select(m => m.PersonId).ToList() })
            .OrderBy(f => f.AttachedOn)
            .FirstAsync();
        var person = await db.People.AsNoTracking().Where(p => family.People.Contains(p.Id) && p.DateOfBirth != null).Select(p => p.Reference).FirstAsync();
        var csv = new StringBuilder("person_ref,incident_date,incident_type\n");
        csv.Append(CultureInfo.InvariantCulture, $"{person},{family.AttachedOn.AddMonths(-3):yyyy-MM-dd},Noise\n");
        csv.Append(CultureInfo.InvariantCulture, $"{person},{family.AttachedOn.AddMonths(-1):yyyy-MM-dd},Vandalism\n");
        var importer = scope.ServiceProvider.GetRequiredService<PartnerDataImporter>();
        using var file = new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString()));
        var outcome = await importer.ImportAsync(new ImportRequest(ImportKind.Asb, "asb.csv", ImportSource.CommandLine), file, Actor.CommandLine);
        Assert.Equal(2, outcome.Added);
    }
}
