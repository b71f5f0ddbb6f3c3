using System.Globalization;
using FamilyFirst.Web.Infrastructure.Demo;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// Before care proceedings: the practitioner offers one family a family group decision-making meeting, records
/// that they accepted and that it was held, then the application to court; for another family she records an
/// application with no offer first. The manager's report lists only that one, on screen and as CSV. Every page
/// is checked with axe.
/// </summary>
public class PreProceedingsJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task Practitioner_OffersAMeetingBeforeProceedings_AndTheReportListsApplicationsWithoutOne()
    {
        var today = PageChecks.CouncilToday(browser.Clock);
        var offeredOn = today.AddDays(-20);

        // The Okafors: the offer, by letter.
        var priya = await browser.NewPageAsync();
        await priya.SignInAsync("practitioner@demo.familyfirst.test");
        await OpenPreProceedingsAsync(priya, DemoFamilies.OkaforReference);
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync("No offer has been recorded.");
        await priya.AssertAccessibleAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record an offer" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record the offer" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the date the offer was made");
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Select how the offer was made");
        await priya.AssertAccessibleAsync();
        await priya.FillDateAsync("Date of the offer", offeredOn);
        await priya.GetByLabel("By letter").CheckAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record the offer" }).ClickAsync();
        await priya.ExpectSuccessAsync("Offer recorded. Record the family's response when they give it");
        var offers = priya.GetByRole(AriaRole.Table, new() { Name = "Offers of a family group decision-making meeting" });
        await Assertions.Expect(offers).ToContainTextAsync("Awaiting a response");
        await priya.AssertAccessibleAsync();

        // The update: accepted, then the meeting held.
        await priya.GetByRole(AriaRole.Link, new() { Name = $"Update the offer made on {LongDate(offeredOn)}" }).ClickAsync();
        await Assertions.Expect(priya.Locator("h1")).ToHaveTextAsync($"Offer made on {LongDate(offeredOn)}");
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("They accepted the offer").CheckAsync();
        await priya.FillDateAsync("Date of the response", today.AddDays(-18));
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save the response" }).ClickAsync();
        await priya.ExpectSuccessAsync("Response recorded: accepted");
        await Assertions.Expect(offers).ToContainTextAsync($"Accepted on {LongDate(today.AddDays(-18))}");
        await priya.GetByRole(AriaRole.Link, new() { Name = $"Update the offer made on {LongDate(offeredOn)}" }).ClickAsync();
        await priya.FillDateAsync("Date the meeting was held", today.AddDays(-10));
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record the meeting held" }).ClickAsync();
        await priya.ExpectSuccessAsync("Meeting recorded");
        await Assertions.Expect(offers).ToContainTextAsync(LongDate(today.AddDays(-10)));
        await priya.AssertAccessibleAsync();

        // The application to court, after the offer.
        await priya.GetByRole(AriaRole.Link, new() { Name = "Record an application to court" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        await priya.FillDateAsync("Date of the application", today.AddDays(-5));
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record the application" }).ClickAsync();
        await priya.ExpectSuccessAsync("Application recorded");
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync($"Applied on {LongDate(today.AddDays(-5))}");
        await Assertions.Expect(priya.Locator(".govuk-warning-text")).ToHaveCountAsync(0);
        await priya.AssertAccessibleAsync();
        await priya.ScreenshotAsync("pre-proceedings-offer");

        // The Rivers family: an application with no offer first is flagged.
        await OpenPreProceedingsAsync(priya, DemoFamilies.RiversReference);
        await priya.GetByRole(AriaRole.Link, new() { Name = "Record an application to court" }).ClickAsync();
        await priya.FillDateAsync("Date of the application", today.AddDays(-3));
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record the application" }).ClickAsync();
        await priya.ExpectSuccessAsync("No offer of a family group decision-making meeting was recorded before it: it will appear on the pre-proceedings report");
        await Assertions.Expect(priya.Locator(".govuk-warning-text")).ToContainTextAsync($"The application on {LongDate(today.AddDays(-3))} was made without an offer first.");
        await priya.AssertAccessibleAsync();

        // The manager's report, on screen and as CSV.
        var morgan = await browser.NewPageAsync();
        await morgan.SignInAsync("manager@demo.familyfirst.test");
        await morgan.GetByRole(AriaRole.Link, new() { Name = "Family Group Conference dashboard" }).ClickAsync();
        await morgan.AssertAccessibleAsync();
        await morgan.GetByRole(AriaRole.Link, new() { Name = "Applications to court without an offer of a family meeting" }).ClickAsync();
        await Assertions.Expect(morgan.Locator("main")).ToContainTextAsync("1 of 2 applications had no offer first.");
        var report = morgan.GetByRole(AriaRole.Table, new() { Name = "Applications without an offer first" });
        await Assertions.Expect(report).ToContainTextAsync("Rivers family (FAM-DEMRVA)");
        await Assertions.Expect(report).ToContainTextAsync("No offer recorded");
        await Assertions.Expect(report).Not.ToContainTextAsync("Okafor");
        await morgan.AssertAccessibleAsync();
        await morgan.ScreenshotAsync("pre-proceedings-report");

        var download = await morgan.RunAndWaitForDownloadAsync(() => morgan.GetByRole(AriaRole.Link, new() { Name = "Download as CSV" }).ClickAsync());
        var csv = await File.ReadAllLinesAsync(await download.PathAsync());
        Assert.Equal("Family reference,Family,Application date,First offer,What went wrong", csv[0].TrimStart('\uFEFF'));
        Assert.Equal($"FAM-DEMRVA,Rivers family,{today.AddDays(-3):yyyy-MM-dd},,No offer recorded", csv[1]);
        Assert.Equal(2, csv.Count(l => l.Length > 0));
    }

    private async Task OpenPreProceedingsAsync(IPage page, string familyReference)
    {
        await page.GotoAsync($"/families/{await browser.FamilyIdAsync(familyReference)}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Restorative conversations, circles and Family Group Conferences" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Before care proceedings: offers of a family group decision-making meeting" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Before care proceedings");
    }

    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
