using System.Globalization;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Web.BrowserTests.Infrastructure;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A practitioner opens a family case from an accepted enquiry, adds the people (one after a duplicate warning),
/// records how they are related and sees the network diagram, records consent, writes a case note and finds the
/// family by search; then the team manager allocates the case to a colleague. Run without JavaScript, as every
/// journey must work that way: with it, GOV.UK Frontend 6.6 puts <c>aria-expanded</c> on radios that reveal a
/// question (opening a case, consent), which axe 4.14 reports as a critical violation.
/// </summary>
public class FamilyRecordJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Practitioner_OpensACaseFromAnEnquiry_AndBuildsTheFamilyRecord_ThenTheManagerAllocatesIt()
    {
        await AddNorthPractitionerAsync("nia.north@demo.familyfirst.test", "Nia North");
        var enquiryId = await EnquiryIdAsync("Demo Parent, Demo Child (fictional)");
        var page = await browser.NewPageAsync(javaScript: false);
        await page.SignInAsync("practitioner@demo.familyfirst.test");

        // Accept the enquiry, then open the case from it.
        await page.GotoAsync($"/enquiries/{enquiryId}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept for a family case" }).ClickAsync();
        await ExpectSuccessAsync(page, "The enquiry is accepted for a family case");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open a family case from this enquiry" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Reason for involvement")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("stopped going to school"));
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Family name").FillAsync("Demo family");
        await page.GetByLabel("No, not yet").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
        await ExpectSuccessAsync(page, "opened for Demo family");
        var reference = (await page.Locator(".govuk-caption-xl").InnerTextAsync()).Trim();
        await page.AssertAccessibleAsync();

        // A person the enquiry names, pre-filled from it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Add Demo Parent" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Given name")).ToHaveValueAsync("Demo");
        await page.AssertAccessibleAsync();
        await FillDateAsync(page, "Details_DateOfBirth", new DateOnly(1988, 4, 2));
        await page.GetByLabel("Female").CheckAsync();
        await page.GetByLabel("Parent", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ExpectSuccessAsync(page, "Demo Parent has been added to the family");

        // Someone who sounds like a person the service knows: the duplicate check warns first.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the family" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a person" }).ClickAsync();
        await page.GetByLabel("Given name").FillAsync("Jayde");
        await page.GetByLabel("Family name", new() { Exact = true }).FillAsync("Rivers");
        await FillDateAsync(page, "Details_DateOfBirth", new DateOnly(1992, 5, 14));
        await page.GetByLabel("Female").CheckAsync();
        await page.GetByLabel("Child or young person").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("This person may already be known to the service");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("family-record-duplicate-warning");
        await page.GetByLabel("Why is this a different person from the possible matches?").FillAsync("A different person: her mother confirmed her date of birth and she has never lived with the Rivers family");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add as a new person" }).ClickAsync();
        await ExpectSuccessAsync(page, "Jayde Rivers has been added to the family");

        // How they are related, as a list and as the network diagram.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the family" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Relationships and network diagram" }).ClickAsync();
        await page.GetByLabel("Person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Demo Parent" });
        await page.GetByLabel("Relationship").SelectOptionAsync(new SelectOptionValue { Label = "is the parent of" });
        await page.GetByLabel("To whom").SelectOptionAsync(new SelectOptionValue { Label = "Jayde Rivers" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add relationship" }).ClickAsync();
        await ExpectSuccessAsync(page, "Relationship recorded: Demo Parent is the parent of Jayde Rivers");
        await Assertions.Expect(page.Locator("svg.app-network-diagram line")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("svg.app-network-diagram rect")).ToHaveCountAsync(2);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("family-record-network-diagram");

        // Consent to work with the service.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the family" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Consent" }).ClickAsync();
        await page.GetByLabel("Who gave consent?").SelectOptionAsync(new SelectOptionValue { Label = "Demo Parent" });
        await page.GetByLabel("Working with the service").CheckAsync();
        await FillDateAsync(page, "GivenOn", DateOnly.FromDateTime(DateTime.UtcNow));
        await page.GetByLabel("In writing").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // A case note about the first visit.
        await page.GotoAsync(page.Url.Replace("/consent", "/notes/new", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the case note");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Visit", new() { Exact = true }).CheckAsync();
        await FillDateAsync(page, "OccurredOn", DateOnly.FromDateTime(DateTime.UtcNow));
        await page.GetByLabel("Case note").FillAsync("First home visit. Demo Parent and Jayde talked about mornings before school.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // Found again by search.
        await page.GotoAsync("/families/search");
        await page.GetByLabel("Name, reference or identifier").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Demo family" }).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The team manager allocates the case to a colleague.
        var manager = await browser.NewPageAsync(javaScript: false);
        await manager.SignInAsync("manager@demo.familyfirst.test");
        await manager.GotoAsync("/families/search");
        await manager.GetByLabel("Name, reference or identifier").FillAsync(reference);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Demo family" }).First.ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Allocation history" }).ClickAsync();
        await manager.AssertAccessibleAsync();
        await manager.GetByLabel("Nia North").CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await ExpectSuccessAsync(manager, "Demo family has been allocated to Nia North");
        await manager.AssertAccessibleAsync();
        await manager.ScreenshotAsync("family-record-allocated");
    }

    /// <summary>Expects the success banner, or fails with what the page said instead (its heading and any errors).</summary>
    private static async Task ExpectSuccessAsync(IPage page, string text)
    {
        var errors = page.Locator(".govuk-error-summary");
        if (await errors.CountAsync() > 0)
        {
            Assert.Fail($"{page.Url}: {await page.Locator("h1").InnerTextAsync()}: {await errors.InnerTextAsync()}");
        }

        await ExpectSuccessAsync(page, text);
    }

    private static async Task FillDateAsync(IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(CultureInfo.InvariantCulture));
    }

    private async Task<Guid> EnquiryIdAsync(string familyNames)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Enquiries.Where(e => e.FamilyNames == familyNames && e.Status == EnquiryStatus.New).Select(e => e.Id).SingleAsync();
    }

    private async Task AddNorthPractitionerAsync(string email, string name)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var north = await db.Teams.Where(t => t.Name == DemoData.NorthTeam).Select(t => t.Id).SingleAsync();
        var created = await StaffAccounts.CreateAsync(scope.ServiceProvider, email, name, [Roles.Practitioner], [north], BrowserFixture.DemoPassword);
        Assert.True(created.Succeeded, string.Join(' ', created.Errors.Select(e => e.Description)));
    }
}
