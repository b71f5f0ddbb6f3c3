using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace FamilyFirst.Web.BrowserTests.Infrastructure;

/// <summary>What every browser test checks on every page it visits, and the shared steps of journeys.</summary>
public static class PageChecks
{
    // For each context without JavaScript, the JavaScript-enabled page its pages are checked in (made at its first check).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IBrowserContext, Checker> WithoutJavaScript = new();

    internal static void MarkWithoutJavaScript(IBrowserContext context) => WithoutJavaScript.AddOrUpdate(context, new Checker());

    /// <summary>Closes the page a context without JavaScript was checked in, if one was made (its own context).</summary>
    internal static async Task CloseCheckerAsync(IBrowserContext context)
    {
        if (WithoutJavaScript.TryGetValue(context, out var checker) && checker.Page is { } page)
        {
            await page.CloseAsync();
        }
    }

    /// <summary>Fails with the list of axe violations (WCAG 2.2 A and AA and best practice) when there are any.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        // A click that navigates returns once the new page has started loading: check the page, not half of it.
        await WaitForLoadAsync(page);
        if (WithoutJavaScript.TryGetValue(page.Context, out var checker))
        {
            // axe needs JavaScript to run. Check the page exactly as served without it: its HTML, minus
            // scripts, in a JavaScript-enabled page on the same origin so the stylesheet still applies. That page
            // is made once per context: a new context for every check costs a renderer process each time.
            var html = System.Text.RegularExpressions.Regex.Replace(await page.ContentAsync(), "<script[\\s\\S]*?</script>", string.Empty, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
            var origin = new Uri(page.Url).GetLeftPart(UriPartial.Authority);
            if (checker.Page is null)
            {
                checker.Page = await page.Context.Browser!.NewPageAsync();
                await checker.Page.GotoAsync(origin + "/health/live");
            }

            await checker.Page.SetContentAsync(html);
            await AssertAxeAsync(checker.Page, page.Url + " (without JavaScript)");
            return;
        }

        await AssertAxeAsync(page, page.Url);
    }

    /// <summary>
    /// Waits for the page's load event. Rarely, after a form post, Playwright never records the load event of a page
    /// that has long loaded (the network idle, the heading shown): so every few seconds the document itself is asked.
    /// </summary>
    private static async Task WaitForLoadAsync(IPage page)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 5_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 6)
            {
                if (await page.EvaluateAsync<string>("() => document.readyState") == "complete")
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// Runs axe-core (the copy the Deque.AxeCore package bundles) in the page itself: injected once per document, then
    /// <c>axe.run</c> on the whole document. The package's own <c>RunAxe</c> runs axe frame by frame and then finishes the
    /// run in a new blank page: for these single-frame pages that second page cost about three quarters of every check
    /// (measured: 3.5 to 4.9 s a check against 0.3 to 1.2 s, docs/adr/0006). A page with frames is still checked the
    /// package's way, so every frame is checked.
    /// </summary>
    private static async Task AssertAxeAsync(IPage page, string description)
    {
        IReadOnlyList<string> violations;
        if (await page.EvaluateAsync<bool>("() => document.querySelector('iframe, frame') !== null"))
        {
            var results = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. AxeTags] },
                ResultTypes = [ResultType.Violations],
            });
            violations = [.. results.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join("; ", v.Nodes.Select(n => $"{string.Join(' ', n.Target)}: {string.Join(' ', n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))}"))}")];
        }
        else
        {
            if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            {
                await page.EvaluateAsync(AxeSource.Value);
            }

            violations = await page.EvaluateAsync<string[]>(RunAxeScript, AxeTags);
        }

        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {description}:\n" + string.Join('\n', violations));
    }

    /// <summary>WCAG 2.2 A and AA, and axe's best practice.</summary>
    private static readonly string[] AxeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    private static readonly Lazy<string> AxeSource = new(() => new Deque.AxeCore.Commons.BundledAxeScriptProvider().GetScript());

    // Only the violations are read: axe then skips describing every passing node. Each comes back as one line: the rule,
    // its impact and help, and each failing node's selector with what its checks said.
    private const string RunAxeScript = """
        async tags => {
            const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
            return results.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ` + v.nodes.map(n =>
                n.target.map(t => Array.isArray(t) ? t.join(' >>> ') : t).join(' ') + ': ' +
                [...n.any, ...n.all, ...n.none].map(c => c.message).join(' ')).join('; '));
        }
        """;

    /// <summary>Saves a full-page screenshot under TestResults/screenshots for people to look at.</summary>
    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public static async Task SignInAsync(this IPage page, string email, string password = BrowserFixture.DemoPassword)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Staff land on their home page; a coordinator-only user's home is "My conferences", an analyst-only user's
        // "Partner data and results to check".
        await page.WaitForURLAsync(url => url.EndsWith("/staff", StringComparison.Ordinal) || url.EndsWith("/my-conferences", StringComparison.Ordinal) || url.EndsWith("/data-and-results", StringComparison.Ordinal));
    }

    /// <summary>Waits for the success banner with the text, or fails with what the page said instead (its heading and errors).</summary>
    public static async Task ExpectSuccessAsync(this IPage page, string text)
    {
        var success = page.Locator(".govuk-notification-banner--success", new() { HasText = text });
        var errors = page.Locator(".govuk-error-summary");
        await Assertions.Expect(success.Or(errors).First).ToBeVisibleAsync();
        if (await errors.CountAsync() > 0)
        {
            Assert.Fail($"{page.Url}: {await page.Locator("h1").InnerTextAsync()}: {await errors.InnerTextAsync()}");
        }
    }

    /// <summary>The value of the summary-list row whose key is exactly the text given (the first such row).</summary>
    public static ILocator SummaryValue(this IPage page, string key) =>
        page.Locator(".govuk-summary-list__row", new() { Has = page.Locator(".govuk-summary-list__key", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^\\s*" + System.Text.RegularExpressions.Regex.Escape(key) + "\\s*$") }) })
            .Locator(".govuk-summary-list__value").First;

    /// <summary>Fills the GOV.UK date input whose fieldset has the legend given (exactly).</summary>
    public static async Task FillDateAsync(this IPage page, string legend, DateOnly date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Day").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await group.GetByLabel("Year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Fills the GOV.UK date input whose day field has the id given (its month and year are id-month and id-year).</summary>
    public static async Task FillDateByIdAsync(this IPage page, string id, DateOnly date)
    {
        await page.Locator($"#{id}").FillAsync(date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-month").FillAsync(date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator($"#{id}-year").FillAsync(date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Today in the council's time zone by the clock given.</summary>
    public static DateOnly CouncilToday(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    private sealed class Checker
    {
        public IPage? Page { get; set; }
    }
}
