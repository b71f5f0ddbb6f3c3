using System.Globalization;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A practitioner books a restorative circle with a family, adds who is taking part (one invited by email),
/// then moves it to another day, time and place: the meeting, its invitation letter and the confirmation show
/// the new details. Every page is checked with axe.
/// </summary>
public class MeetingJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task Practitioner_BooksACircle_AndReschedulesIt()
    {
        var today = PageChecks.CouncilToday(browser.Clock);
        var booked = today.AddDays(10);
        var moved = today.AddDays(17);

        var priya = await browser.NewPageAsync();
        await priya.SignInAsync("practitioner@demo.familyfirst.test");
        await priya.GotoAsync("/families");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Okafor family" }).First.ClickAsync();
        await priya.GetByRole(AriaRole.Link, new() { Name = "Restorative conversations, circles and Family Group Conferences" }).ClickAsync();
        await Assertions.Expect(priya.Locator("h1")).ToHaveTextAsync("Meetings and conferences");
        await priya.AssertAccessibleAsync();

        // Book: an empty form is refused, then the circle is booked.
        await priya.GetByRole(AriaRole.Button, new() { Name = "Book a meeting or circle" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Book meeting" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Select what kind of meeting it is");
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Enter where the meeting will be held");
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("Responsive circle").CheckAsync();
        await priya.FillDateAsync("Date", booked);
        await priya.GetByLabel("Start time").FillAsync("10am");
        await priya.GetByLabel("End time (optional)").FillAsync("11:30");
        await priya.GetByLabel("Venue").FillAsync("Northmoor Primary School, the library");
        await Assertions.Expect(priya.GetByLabel("Facilitator (the keeper, in a circle)")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(".+"));
        await priya.GetByRole(AriaRole.Button, new() { Name = "Book meeting" }).ClickAsync();
        await priya.ExpectSuccessAsync($"Responsive circle booked for {Day(booked)} at 10am");
        await Assertions.Expect(priya.Locator("h1")).ToHaveTextAsync("Responsive circle");
        await Assertions.Expect(priya.SummaryValue("When")).ToHaveTextAsync($"{Day(booked)} at 10am to 11:30am");
        await Assertions.Expect(priya.SummaryValue("Keeper")).ToHaveTextAsync("Priya Practitioner");
        await priya.AssertAccessibleAsync();

        // Who is taking part: Grace, invited by email, and the head of year.
        await priya.GetByRole(AriaRole.Link, new() { Name = "Add someone taking part" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("Full name").FillAsync("Grace Okafor");
        await priya.GetByLabel("Family", new() { Exact = true }).CheckAsync();
        await priya.GetByLabel("Relationship to the child, or job (optional)").FillAsync("Mother");
        await priya.GetByLabel("Email address for the invitation (optional)").FillAsync("grace.okafor@example.com");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await priya.ExpectSuccessAsync("Grace Okafor added. An invitation will be emailed to them");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Add someone taking part" }).ClickAsync();
        await priya.GetByLabel("Full name").FillAsync("Mr Patel");
        await priya.GetByLabel("Professional").CheckAsync();
        await priya.GetByLabel("Relationship to the child, or job (optional)").FillAsync("Head of Year 10");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await priya.ExpectSuccessAsync("Mr Patel added");
        var participants = priya.GetByRole(AriaRole.Table, new() { Name = "Participants" });
        await Assertions.Expect(participants).ToContainTextAsync("Grace Okafor");
        await Assertions.Expect(participants).ToContainTextAsync("Professional: Head of Year 10");
        await priya.AssertAccessibleAsync();

        // Reschedule: a new day, time and venue; Grace is sent a new invitation.
        await priya.GetByRole(AriaRole.Link, new() { Name = "Change date, time or venue" }).ClickAsync();
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync($"It is booked for {Day(booked)} at 10am to 11:30am, at Northmoor Primary School, the library.");
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("Start time").FillAsync("");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the start time");
        await priya.AssertAccessibleAsync();
        await priya.FillDateAsync("Date", moved);
        await priya.GetByLabel("Start time").FillAsync("2pm");
        await priya.GetByLabel("End time (optional)").FillAsync("3:30pm");
        await priya.GetByLabel("Venue").FillAsync("Northmoor Family Centre, room 2");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await priya.ExpectSuccessAsync($"Responsive circle is now on {Day(moved)} at 2pm, at Northmoor Family Centre, room 2. An updated invitation will be emailed to Grace Okafor");
        await Assertions.Expect(priya.SummaryValue("When")).ToHaveTextAsync($"{Day(moved)} at 2pm to 3:30pm");
        await Assertions.Expect(priya.SummaryValue("Where")).ToHaveTextAsync("Northmoor Family Centre, room 2");
        await priya.AssertAccessibleAsync();
        await priya.ScreenshotAsync("meeting-rescheduled");

        // The invitation letter has the new details, and the family's list of meetings the new date.
        await priya.GetByRole(AriaRole.Link, new() { Name = "Printable invitation letter" }).ClickAsync();
        await Assertions.Expect(priya.SummaryValue("When")).ToHaveTextAsync($"{Day(moved)} at 2pm to 3:30pm");
        await Assertions.Expect(priya.SummaryValue("Where")).ToHaveTextAsync("Northmoor Family Centre, room 2");
        await priya.AssertAccessibleAsync();
        await priya.GetByRole(AriaRole.Link, new() { Name = "Back to the meeting" }).ClickAsync();
        await priya.GetByRole(AriaRole.Link, new() { Name = "Back to meetings and conferences" }).ClickAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Link, new() { Name = $"{Day(moved)} at 2pm" })).ToBeVisibleAsync();
        await Assertions.Expect(priya.GetByRole(AriaRole.Link, new() { Name = $"{Day(booked)} at 10am" })).ToHaveCountAsync(0);
        await priya.AssertAccessibleAsync();
    }

    /// <summary>"Wednesday 3 February 2027", as the meeting pages write a day.</summary>
    private static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", English);
}
