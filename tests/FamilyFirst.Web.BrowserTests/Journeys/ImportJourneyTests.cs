using System.Globalization;
using System.Text;
using FamilyFirst.Web.Infrastructure.Demo;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// An analyst imports a partner data file: uploads it, checks the preview, applies it, reads the import's
/// record, and matches the row that named nobody to the right person from the unmatched queue. Every page is
/// checked with axe.
/// </summary>
public class ImportJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Analyst = "analyst@demo.familyfirst.test";

    [Fact]
    public async Task Analyst_UploadsPreviewsAppliesAndMatchesAnUnmatchedRow()
    {
        // Arrange: two anti-social behaviour incidents, one for Kai Rivers and one for a reference the records do not hold.
        var kai = await PersonReferenceAsync(DemoFamilies.RiversReference, "Kai");
        var today = PageChecks.CouncilToday(browser.Clock);
        var csv = new StringBuilder("person_ref,incident_date,incident_type\n")
            .Append(CultureInfo.InvariantCulture, $"{kai},{today.AddDays(-20):yyyy-MM-dd},Noise\n")
            .Append(CultureInfo.InvariantCulture, $"PER-NOBODY99,{today.AddDays(-10):yyyy-MM-dd},Vandalism\n")
            .ToString();

        var ash = await browser.NewPageAsync();
        await ash.SignInAsync(Analyst);
        await ash.GetByRole(AriaRole.Link, new() { Name = "Partner data imports" }).ClickAsync();
        await Assertions.Expect(ash.Locator("h1")).ToHaveTextAsync("Partner data imports");
        await ash.AssertAccessibleAsync();

        // Upload: nothing chosen is refused with an error.
        await ash.GetByRole(AriaRole.Button, new() { Name = "Import a file" }).ClickAsync();
        await ash.AssertAccessibleAsync();
        await ash.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();
        await Assertions.Expect(ash.Locator(".govuk-error-summary")).ToContainTextAsync("Select a CSV file");
        await ash.AssertAccessibleAsync();
        await ash.GetByLabel("Anti-social behaviour incidents").CheckAsync();
        await ash.GetByLabel("Upload a file").SetInputFilesAsync(new FilePayload { Name = "asb-journey.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await ash.GetByRole(AriaRole.Button, new() { Name = "Check the file" }).ClickAsync();

        // Preview: what the file would do, and the row that matches nobody.
        await Assertions.Expect(ash.Locator("h1")).ToHaveTextAsync("Check the import");
        await Assertions.Expect(ash.SummaryValue("Rows read")).ToHaveTextAsync("2");
        await Assertions.Expect(ash.SummaryValue("Would be added")).ToHaveTextAsync("1");
        await Assertions.Expect(ash.SummaryValue("Unmatched")).ToHaveTextAsync("1");
        await Assertions.Expect(ash.SummaryValue("Invalid")).ToHaveTextAsync("0");
        await Assertions.Expect(ash.GetByRole(AriaRole.Table, new() { Name = "Rows that match nobody" })).ToContainTextAsync("PER-NOBODY99");
        await ash.AssertAccessibleAsync();
        await ash.ScreenshotAsync("import-preview");

        // Apply: the import's own record.
        await ash.GetByRole(AriaRole.Button, new() { Name = "Apply the import" }).ClickAsync();
        await ash.ExpectSuccessAsync("asb-journey.csv imported: 1 row applied, 0 duplicates skipped, 1 unmatched.");
        await Assertions.Expect(ash.Locator("h1")).ToHaveTextAsync("asb-journey.csv");
        await Assertions.Expect(ash.SummaryValue("Result")).ToHaveTextAsync("Imported");
        await Assertions.Expect(ash.SummaryValue("Imported by")).ToHaveTextAsync("Ash Analyst");
        await Assertions.Expect(ash.SummaryValue("Added")).ToHaveTextAsync("1");
        await Assertions.Expect(ash.SummaryValue("Unmatched")).ToHaveTextAsync("1");
        await ash.AssertAccessibleAsync();
        await ash.ScreenshotAsync("import-detail");

        // The unmatched row: a wrong reference is refused, the right one applies it.
        await ash.GetByRole(AriaRole.Link, new() { Name = "unmatched queue" }).ClickAsync();
        await Assertions.Expect(ash.Locator("h1")).ToHaveTextAsync("Unmatched rows");
        await Assertions.Expect(ash.GetByRole(AriaRole.Heading, new() { Name = "Anti-social behaviour incidents row, line 3" })).ToBeVisibleAsync();
        await ash.AssertAccessibleAsync();
        await ash.GetByLabel("Person reference").FillAsync("PER-NOBODY99");
        await ash.GetByRole(AriaRole.Button, new() { Name = "Match and apply line 3" }).ClickAsync();
        await Assertions.Expect(ash.Locator(".govuk-error-summary")).ToContainTextAsync("No one in the family records has the person reference PER-NOBODY99");
        await ash.AssertAccessibleAsync();
        await ash.GetByLabel("Person reference").FillAsync(kai.ToLowerInvariant());
        await ash.GetByRole(AriaRole.Button, new() { Name = "Match and apply line 3" }).ClickAsync();
        await ash.ExpectSuccessAsync($"Row matched to {kai} and applied.");
        await Assertions.Expect(ash.Locator("main")).ToContainTextAsync("There are no rows waiting.");
        await ash.AssertAccessibleAsync();

        // The list of imports shows the file, and nothing waits.
        await ash.GetByRole(AriaRole.Link, new() { Name = "Back to imports" }).ClickAsync();
        await Assertions.Expect(ash.GetByRole(AriaRole.Table, new() { Name = "Imports, newest first" })).ToContainTextAsync("asb-journey.csv");
        await Assertions.Expect(ash.Locator("main")).ToContainTextAsync("0 waiting to be matched to a person");
        await ash.AssertAccessibleAsync();
    }

    private async Task<string> PersonReferenceAsync(string familyReference, string givenName)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var people = await db.FamilyCases.Where(f => f.Reference == familyReference).SelectMany(f => f.Members.Select(m => m.PersonId)).ToListAsync();
        return await db.People.Where(p => people.Contains(p.Id) && p.GivenName == givenName).Select(p => p.Reference).SingleAsync();
    }
}
