using System.Globalization;
using System.Text.RegularExpressions;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Infrastructure.Demo;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// Issue 4's journey. A parent asks for support through the public enquiry form; a practitioner accepts the
/// enquiry, opens a family case from it (name and reason filled in from the enquiry), adds the people the enquiry
/// names, then adds the children's grandmother, whom the service already knows: the duplicate check warns and the
/// practitioner chooses the match. The practitioner records how they are related, consent and a case note, and finds
/// the family by search; then the team manager allocates the case to another practitioner. Every page is checked
/// with axe, and each step waits for its page before reading or checking it.
/// <para>
/// Everyone uses JavaScript here, so the conditional reveals (opening a case, consent) are checked as GOV.UK Frontend
/// leaves them after the app's script has kept their ARIA valid (see wwwroot/js/app.js); the enquiry journey and the
/// family view journeys cover the same pages' HTML without JavaScript.
/// </para>
/// </summary>
public class FamilyRecordJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Practitioner = "practitioner@demo.familyfirst.test";
    private const string Manager = "manager@demo.familyfirst.test";

    [Fact]
    public async Task Practitioner_OpensACaseFromAnEnquiry_AddsThePeopleAndAKnownPerson_ThenTheManagerAllocatesIt()
    {
        await AddNorthPractitionerAsync("nia.north@demo.familyfirst.test", "Nia North");

        // 1. The family's enquiry arrives through the public form.
        var enquiryReference = await SendEnquiryAsync();

        // 2. The practitioner finds it in the queue and accepts it.
        var page = await browser.NewPageAsync();
        await page.SignInAsync(Practitioner);
        await page.GetByRole(AriaRole.Link, new() { Name = "Enquiries", Exact = true }).ClickAsync();
        await ExpectPageAsync(page, "Enquiries");
        await page.Locator(".app-enquiry-row", new() { HasText = enquiryReference }).GetByRole(AriaRole.Link, new() { Name = enquiryReference }).ClickAsync();
        await ExpectPageAsync(page, enquiryReference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept for a family case" }).ClickAsync();
        await page.ExpectSuccessAsync("The enquiry is accepted for a family case");
        await page.AssertAccessibleAsync();

        // 3. A family case opened from the enquiry, filled in from its answers.
        await page.GetByRole(AriaRole.Button, new() { Name = "Open a family case from this enquiry" }).ClickAsync();
        await ExpectPageAsync(page, "Open a family case");
        await Assertions.Expect(page.Locator(".govuk-caption-xl")).ToHaveTextAsync($"From enquiry {enquiryReference}");
        await Assertions.Expect(page.GetByLabel("Family name")).ToHaveValueAsync("Brook family");
        await Assertions.Expect(page.GetByLabel("Reason for involvement")).ToHaveValueAsync(new Regex("^What is happening: Ollie has stopped going to school\\..*Asked for by Nadia Brook, enquiry " + Regex.Escape(enquiryReference) + "$", RegexOptions.Singleline));
        await Assertions.Expect(page.GetByLabel("Priya Practitioner")).ToBeCheckedAsync();
        await page.GetByLabel("No, not yet").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Open case" }).ClickAsync();
        await page.ExpectSuccessAsync("opened for Brook family");
        await ExpectPageAsync(page, "Brook family");
        var reference = (await page.Locator(".govuk-caption-xl").InnerTextAsync()).Trim();
        Assert.Matches("^FAM-", reference);
        await Assertions.Expect(page.SummaryValue("Opened from enquiry")).ToHaveTextAsync(enquiryReference);
        await Assertions.Expect(page.SummaryValue("Lead practitioner")).ToHaveTextAsync("Priya Practitioner");
        var casePath = new Uri(page.Url).AbsolutePath;

        // 4. The people the enquiry names, each offered on the case page with their name filled in.
        await AddNamedPersonAsync(page, "Nadia Brook", new DateOnly(1990, 6, 12), "Female", "Parent");
        await page.GotoAsync(casePath);
        await ExpectPageAsync(page, "Brook family");
        await AddNamedPersonAsync(page, "Ollie Brook", new DateOnly(2016, 2, 3), "Male", "Child or young person");
        await page.GotoAsync(casePath);
        await ExpectPageAsync(page, "Brook family");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Named in the enquiry" })).ToHaveCountAsync(0);

        // 5. Ollie's grandmother, whom the service already knows from another family: the duplicate check warns,
        // shows why she may be the same person, and the practitioner adds the person the service already holds.
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a person" }).ClickAsync();
        await ExpectPageAsync(page, "Add a person");
        await page.GetByLabel("Given name").FillAsync("Carol");
        await page.GetByLabel("Family name", new() { Exact = true }).FillAsync("Rivers");
        await page.FillDateByIdAsync("Details_DateOfBirth", new DateOnly(1965, 1, 30));
        await page.GetByLabel("Female").CheckAsync();
        await page.GetByLabel("Extended family").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-warning-text")).ToContainTextAsync("This person may already be known to the service");
        var match = page.Locator("table", new() { HasText = "Possible matches" }).Locator("tbody tr", new() { HasText = "Carol Rivers" });
        await Assertions.Expect(match).ToHaveCountAsync(1);
        await Assertions.Expect(match).ToContainTextAsync("30 January 1965");
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("family-record-duplicate-warning");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add this person (Carol Rivers)" }).ClickAsync();
        await page.ExpectSuccessAsync("Carol Rivers has been added to the family");
        await ExpectPageAsync(page, "Carol Rivers");

        // The case now holds the three people, the grandmother as the person the service already knew.
        await page.GotoAsync(casePath);
        await ExpectPageAsync(page, "Brook family");
        var people = page.Locator("table", new() { HasText = "3 people" }).Locator("tbody tr");
        await Assertions.Expect(people).ToHaveCountAsync(3);
        await Assertions.Expect(people.Locator("td:first-child")).ToHaveTextAsync(["Carol Rivers", "Nadia Brook", "Ollie Brook"]);
        Assert.Equal(1, await PeopleCalledAsync("Carol", "Rivers"));
        await page.AssertAccessibleAsync();

        // Nadia is expecting a baby: the date it is due goes on her details (a date over ten months ahead is refused).
        await people.Locator("a", new() { HasText = "Nadia Brook" }).ClickAsync();
        await ExpectPageAsync(page, "Nadia Brook");
        await Assertions.Expect(page.SummaryValue("Expecting a baby")).ToHaveTextAsync("Not recorded");
        await page.Locator(".govuk-summary-list__row", new() { HasText = "Expecting a baby" }).GetByRole(AriaRole.Link).ClickAsync();
        await page.FillDateByIdAsync("Details_ExpectingOn", Today().AddMonths(11));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The date the baby is due must be no more than 10 months from today");
        await page.AssertAccessibleAsync();
        var due = Today().AddMonths(4);
        await page.FillDateByIdAsync("Details_ExpectingOn", due);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await page.ExpectSuccessAsync("Nadia Brook's details have been updated");
        await Assertions.Expect(page.SummaryValue("Expecting a baby")).ToHaveTextAsync("Due " + due.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")));
        await page.AssertAccessibleAsync();
        await page.GotoAsync(casePath);

        // 6. How they are related, as a list and as the network diagram.
        await page.GetByRole(AriaRole.Link, new() { Name = "Relationships and network diagram" }).ClickAsync();
        await ExpectPageAsync(page, "Relationships");
        await page.GetByLabel("Person", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Nadia Brook" });
        await page.GetByLabel("Relationship", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "is the parent of" });
        await page.GetByLabel("To whom", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Ollie Brook" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add relationship" }).ClickAsync();
        await page.ExpectSuccessAsync("Relationship recorded: Nadia Brook is the parent of Ollie Brook");
        await Assertions.Expect(page.Locator("svg.app-network-diagram line")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("svg.app-network-diagram rect")).ToHaveCountAsync(3);
        await page.AssertAccessibleAsync();
        await page.ScreenshotAsync("family-record-network-diagram");

        // 7. Consent to work with the service.
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the family" }).ClickAsync();
        await ExpectPageAsync(page, "Brook family");
        await page.GetByRole(AriaRole.Link, new() { Name = "Consent" }).ClickAsync();
        await ExpectPageAsync(page, "Consent");
        await page.GetByLabel("Who gave consent?").SelectOptionAsync(new SelectOptionValue { Label = "Nadia Brook" });
        await page.GetByLabel("Working with the service").CheckAsync();
        await page.FillDateByIdAsync("GivenOn", Today());
        await page.GetByLabel("In writing").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record consent" }).ClickAsync();
        await page.ExpectSuccessAsync("recorded for Nadia Brook");
        await page.AssertAccessibleAsync();

        // 8. A case note about the first visit, after the error for an empty note.
        await page.GotoAsync($"{casePath}/notes/new");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save case note" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the case note");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Visit", new() { Exact = true }).CheckAsync();
        await page.FillDateByIdAsync("OccurredOn", Today());
        await page.GetByLabel("Case note").FillAsync("First home visit. Nadia and Ollie talked about mornings before school; Carol walks Ollie to school on Fridays.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();
        await page.ExpectSuccessAsync("Case note saved");
        await page.AssertAccessibleAsync();

        // 9. Found again by search.
        await page.GotoAsync("/families/search");
        await Assertions.Expect(page.GetByLabel("Name, reference or identifier")).ToBeVisibleAsync();
        await page.GetByLabel("Name, reference or identifier").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Brook family" }).First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // 10. The team manager allocates the case to another practitioner in the team.
        var manager = await browser.NewPageAsync();
        await manager.SignInAsync(Manager);
        await manager.GotoAsync("/families/search");
        await manager.GetByLabel("Name, reference or identifier").FillAsync(reference);
        await manager.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await manager.GetByRole(AriaRole.Link, new() { Name = "Brook family" }).First.ClickAsync();
        await ExpectPageAsync(manager, "Brook family");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Allocate lead practitioner" }).ClickAsync();
        await ExpectPageAsync(manager, "Allocation");
        await Assertions.Expect(manager.Locator("table", new() { HasText = "Every lead practitioner" }).Locator("tbody tr")).ToHaveCountAsync(1);
        await manager.GetByLabel("Nia North").CheckAsync();
        await manager.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await manager.ExpectSuccessAsync("Brook family has been allocated to Nia North");
        await ExpectPageAsync(manager, "Brook family");
        await Assertions.Expect(manager.SummaryValue("Lead practitioner")).ToHaveTextAsync("Nia North");
        await manager.ScreenshotAsync("family-record-case");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Allocation history" }).ClickAsync();
        await ExpectPageAsync(manager, "Allocation");
        var history = manager.Locator("table", new() { HasText = "Every lead practitioner" }).Locator("tbody tr");
        await Assertions.Expect(history).ToHaveCountAsync(2);
        await Assertions.Expect(history.First).ToContainTextAsync("Nia North");
        await Assertions.Expect(history.Last).ToContainTextAsync("Priya Practitioner");
    }

    /// <summary>A parent sends the online enquiry form, naming herself and her son; returns the enquiry's reference.</summary>
    private async Task<string> SendEnquiryAsync()
    {
        var parent = await browser.NewPageAsync();
        await parent.GotoAsync("/enquiry");
        await ExpectPageAsync(parent, "Contact Family First online");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await AnswerAsync(parent, () => parent.GetByLabel("Parent or carer").CheckAsync());
        await AnswerAsync(parent, () => parent.GetByLabel("Support for my family").CheckAsync());
        await AnswerAsync(parent, async () =>
        {
            await parent.GetByLabel("Names of the people in the family").FillAsync("Nadia Brook and Ollie Brook");
            await parent.GetByLabel("Children's ages").FillAsync("Ollie is 9");
            await parent.GetByLabel("Postcode").FillAsync("NM1 2AB");
        });
        await AnswerAsync(parent, async () =>
        {
            await parent.GetByLabel("What is happening for the family?").FillAsync("Ollie has stopped going to school. We argue every morning.");
            await parent.GetByLabel("What would help?").FillAsync("Someone to help us talk to each other, and to the school.");
        });
        await AnswerAsync(parent, async () =>
        {
            await parent.GetByLabel("Your name").FillAsync("Nadia Brook");
            await parent.GetByLabel("Email address").FillAsync("nadia.brook@example.com");
            await parent.GetByLabel("By email").CheckAsync();
            await parent.GetByLabel("Yes").CheckAsync();
        });
        await AnswerAsync(parent, () => parent.GetByLabel("I have read the privacy notice").CheckAsync());
        await ExpectPageAsync(parent, "Check your answers before sending your enquiry");
        await parent.GetByRole(AriaRole.Button, new() { Name = "Send enquiry" }).ClickAsync();
        await Assertions.Expect(parent.Locator(".govuk-panel__title")).ToHaveTextAsync("Enquiry sent");
        await parent.AssertAccessibleAsync();
        var reference = (await parent.Locator("#enquiry-reference").InnerTextAsync()).Trim();
        await parent.Context.CloseAsync();
        return reference;
    }

    /// <summary>Checks the question page with axe, answers it and continues to the next page.</summary>
    private static async Task AnswerAsync(IPage page, Func<Task> answer)
    {
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Continue" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await answer();
        var before = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        // Waits for the next page's DOM, not its load event, which Playwright rarely misses after a post (see PageChecks).
        await page.WaitForURLAsync(url => url != before, new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToHaveCountAsync(0);
    }

    /// <summary>Follows the case page's link for a person the enquiry names, checks the name is filled in, and adds them.</summary>
    private static async Task AddNamedPersonAsync(IPage page, string name, DateOnly dateOfBirth, string gender, string role)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = $"Add {name} to the family" }).ClickAsync();
        await ExpectPageAsync(page, "Add a person");
        var (given, family) = (name.Split(' ')[0], name.Split(' ')[1]);
        await Assertions.Expect(page.GetByLabel("Given name")).ToHaveValueAsync(given);
        await Assertions.Expect(page.GetByLabel("Family name", new() { Exact = true })).ToHaveValueAsync(family);
        await page.FillDateByIdAsync("Details_DateOfBirth", dateOfBirth);
        await page.GetByLabel(gender, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(role, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.ExpectSuccessAsync($"{name} has been added to the family");
        await ExpectPageAsync(page, name);
    }

    /// <summary>Waits for the page's heading, then checks the page with axe.</summary>
    private static async Task ExpectPageAsync(IPage page, string heading)
    {
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(heading);
        await page.AssertAccessibleAsync();
    }

    private DateOnly Today() => PageChecks.CouncilToday(browser.Clock);

    private async Task<int> PeopleCalledAsync(string givenName, string familyName)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.People.CountAsync(p => p.GivenName == givenName && p.FamilyName == familyName && p.MergedIntoPersonId == null);
    }

    /// <summary>A second practitioner in the manager's team, created the way the app creates staff accounts.</summary>
    private async Task AddNorthPractitionerAsync(string email, string name)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var north = await db.Teams.Where(t => t.Name == DemoData.NorthTeam).Select(t => t.Id).SingleAsync();
        var created = await StaffAccounts.CreateAsync(scope.ServiceProvider, email, name, [Roles.Practitioner], [north], BrowserFixture.DemoPassword);
        Assert.True(created.Succeeded, string.Join(' ', created.Errors.Select(e => e.Description)));
    }
}
