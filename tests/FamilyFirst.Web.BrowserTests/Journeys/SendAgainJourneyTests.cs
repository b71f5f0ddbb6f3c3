namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A practitioner saves a case note and the answer is lost on the way back (as when a proxy times out after the
/// service has saved it), so the browser sends the same form again: she sees the first's confirmation and the note
/// once, never twice (ADR 0026). Every page is checked with axe.
/// </summary>
public class SendAgainJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Practitioner_WhoseAnswerIsLost_SendsTheCaseNoteAgain_AndItIsSavedOnce()
    {
        var priya = await browser.NewPageAsync();
        await priya.SignInAsync("practitioner@demo.familyfirst.test");
        await priya.GotoAsync("/families");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Okafor family" }).First.ClickAsync();
        await Assertions.Expect(priya.Locator("h1")).ToContainTextAsync("Okafor family");
        await priya.GotoAsync(new Uri(priya.Url).AbsolutePath + "/notes/new");
        await Assertions.Expect(priya.Locator("h1")).ToHaveTextAsync("Write a case note");
        await priya.AssertAccessibleAsync();

        // The first post reaches the service and is saved, but its answer never reaches the browser, which sends the
        // same form (the same values and the same key) again.
        var posts = 0;
        await priya.RouteAsync("**/notes/new", async route =>
        {
            if (route.Request.Method == "POST" && ++posts == 1)
            {
                var lost = await route.FetchAsync(new() { MaxRedirects = 0 });
                Assert.Equal(302, lost.Status);
            }

            await route.ContinueAsync();
        });
        await priya.GetByLabel("Phone call", new() { Exact = true }).CheckAsync();
        await priya.FillDateByIdAsync("OccurredOn", PageChecks.CouncilToday(browser.Clock));
        await priya.GetByLabel("Case note").FillAsync("Called Mrs Okafor about the lost answer; she will ring the school.");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save case note" }).ClickAsync();

        await priya.ExpectSuccessAsync("Case note saved");
        Assert.Equal(1, posts); // one press of the button, sent to the service twice (the fetch, then the browser's own)
        await Assertions.Expect(priya.GetByText("Called Mrs Okafor about the lost answer; she will ring the school.")).ToHaveCountAsync(1);
        await priya.AssertAccessibleAsync();
    }
}
