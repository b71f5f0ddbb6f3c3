using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FamilyFirst.Web.BrowserTests.Infrastructure;

/// <summary>What every browser test checks on every page it visits, and the shared steps of journeys.</summary>
public static class PageChecks
{
    /// <summary>Fails with the list of axe violations (WCAG 2.2 A and AA and best practice) when there are any.</summary>
    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        var violations = results.Violations
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(' ', n.Target)))}")
            .ToList();
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {page.Url}:\n" + string.Join('\n', violations));
    }

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
        await page.WaitForURLAsync(url => !url.Contains("/sign-in", StringComparison.Ordinal));
    }
}
