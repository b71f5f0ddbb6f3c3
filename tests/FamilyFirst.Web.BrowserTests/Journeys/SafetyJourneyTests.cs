using System.Globalization;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A practitioner records a family's first safety assessment (worries, what is working well, what needs to
/// happen) and two scaling ratings from the mother a week apart; the safety page shows the assessment, the
/// chart and its summary. Every page is checked with axe.
/// </summary>
public class SafetyJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task Practitioner_RecordsAnAssessmentAndScalingRatings_AndSeesThemCharted()
    {
        var today = PageChecks.CouncilToday(browser.Clock);
        var weekAgo = today.AddDays(-7);

        var priya = await browser.NewPageAsync();
        await priya.SignInAsync("practitioner@demo.familyfirst.test");
        await priya.GotoAsync("/families");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Okafor family" }).First.ClickAsync();
        await priya.GetByRole(AriaRole.Link, new() { Name = "Worries, strengths and safety" }).ClickAsync();
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync("No safety assessment has been recorded for this family yet.");
        await priya.AssertAccessibleAsync();

        // The assessment: a danger statement without its safety goal is refused.
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record the first assessment" }).ClickAsync();
        await Assertions.Expect(priya.Locator("h1")).ToHaveTextAsync("Record the first safety assessment");
        await priya.AssertAccessibleAsync();
        await priya.FillDateAsync("Date of the assessment", today);
        await priya.GetByLabel("Harm: what has happened to the children").FillAsync("Daniel was hurt in a fight at school and was excluded for five days");
        await priya.GetByLabel("Danger statement 1", new() { Exact = true }).FillAsync("The school and Priya are worried that if Daniel keeps fighting he will be badly hurt or permanently excluded");
        await priya.GetByLabel("Complicating factors").FillAsync("Grace works nights, so mornings are hard");
        await priya.GetByLabel("Strengths", new() { Exact = true }).FillAsync("Grace and Daniel talk every evening\nPastor James knows the family well");
        await priya.GetByLabel("Existing safety", new() { Exact = true }).FillAsync("Grace walks Daniel to school when she can");
        await priya.GetByLabel("Next steps", new() { Exact = true }).FillAsync("A restorative circle with the school");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the safety goal for this danger statement");
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("Safety goal for danger statement 1", new() { Exact = true }).FillAsync("For the rest of the term, Daniel walks away from a fight and tells a teacher, every time");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();
        await priya.ExpectSuccessAsync("Safety assessment version 1 recorded");
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync($"Version 1, assessed on {LongDate(today)} by Priya Practitioner");
        await Assertions.Expect(priya.GetByRole(AriaRole.Region, new() { Name = "What are we worried about?" })).ToContainTextAsync("Safety goal: For the rest of the term, Daniel walks away from a fight");
        await Assertions.Expect(priya.GetByRole(AriaRole.Region, new() { Name = "What is working well?" })).ToContainTextAsync("Pastor James knows the family well");
        await Assertions.Expect(priya.GetByRole(AriaRole.Region, new() { Name = "What needs to happen?" })).ToContainTextAsync("A restorative circle with the school");
        await Assertions.Expect(priya.Locator("main")).ToContainTextAsync("No scaling ratings have been recorded yet.");
        await priya.AssertAccessibleAsync();

        // Scaling: Grace's rating a week ago, refused until it has a score, and today's.
        await priya.GetByRole(AriaRole.Button, new() { Name = "Add a scaling rating" }).ClickAsync();
        await priya.AssertAccessibleAsync();
        // Raters are people: Grace is chosen from the household, so both her ratings are one line.
        await priya.GetByRole(AriaRole.Radio, new() { Name = "Grace Okafor" }).CheckAsync();
        await priya.FillDateAsync("Date of the rating", weekAgo);
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save rating" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Select a rating from 0 to 10");
        await priya.AssertAccessibleAsync();
        await priya.GetByLabel("Rating", new() { Exact = true }).SelectOptionAsync("3");
        await priya.GetByLabel("Why did they give this rating? (optional)").FillAsync("Daniel is still angry about the exclusion");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save rating" }).ClickAsync();
        await priya.ExpectSuccessAsync("Scaling rating of 3 recorded");

        await priya.GetByRole(AriaRole.Button, new() { Name = "Add a scaling rating" }).ClickAsync();
        await priya.GetByRole(AriaRole.Radio, new() { Name = "Grace Okafor" }).CheckAsync();
        await priya.GetByLabel("Rating", new() { Exact = true }).SelectOptionAsync("5");
        await priya.FillDateAsync("Date of the rating", today);
        await priya.GetByLabel("Why did they give this rating? (optional)").FillAsync("He has walked away twice this week");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save rating" }).ClickAsync();
        await priya.ExpectSuccessAsync("Scaling rating of 5 recorded");

        // The chart, its summary and the table behind it.
        await Assertions.Expect(priya.GetByRole(AriaRole.Img, new() { Name = "Scaling ratings over time" })).ToBeVisibleAsync();
        await Assertions.Expect(priya.Locator("figcaption")).ToContainTextAsync($"The latest rating from Grace Okafor (family member) is 5 (up from 3 on {LongDate(weekAgo)})");
        var table = priya.GetByRole(AriaRole.Table, new() { Name = "Scaling ratings" });
        await Assertions.Expect(table.GetByRole(AriaRole.Row)).ToHaveCountAsync(3);
        await Assertions.Expect(table).ToContainTextAsync("He has walked away twice this week");
        await priya.AssertAccessibleAsync();
        await priya.ScreenshotAsync("safety-and-scaling");
    }

    private static string LongDate(DateOnly date) => date.ToString("d MMMM yyyy", English);
}
