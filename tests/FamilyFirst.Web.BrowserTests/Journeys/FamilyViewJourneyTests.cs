using FamilyFirst.Web.Infrastructure.Notifications;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// A practitioner invites a family member to see the plan; on a phone (375 CSS pixels, without JavaScript) the family
/// member opens the link, enters the code from their message, sees the plan and marks their action done; the
/// practitioner sees the update. The same link then refuses to work again, and a link past 7 days says it has expired.
/// </summary>
public class FamilyViewJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string JadesEmail = "jade.rivers@example.com";

    [Fact]
    public async Task FamilyMember_InvitedOnAPhone_EntersTheCode_MarksTheirActionDone_AndThePractitionerSeesIt()
    {
        var staff = await browser.NewPageAsync();
        await staff.SignInAsync("practitioner@demo.familyfirst.test");
        await staff.GotoAsync("/families");
        await staff.GetByRole(AriaRole.Link, new() { Name = "Rivers family" }).First.ClickAsync();
        var familyUrl = staff.Url;
        await staff.GetByRole(AriaRole.Link, new() { Name = "Family members' online access to their plan" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Invite a family member" }).ClickAsync();
        await staff.AssertAccessibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".govuk-error-summary")).ToContainTextAsync("Select who to invite");
        await staff.AssertAccessibleAsync();
        await staff.GetByLabel("Jade Rivers").CheckAsync();
        await staff.GetByLabel("Their email address or mobile phone number").FillAsync(JadesEmail);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".govuk-notification-banner--success")).ToContainTextAsync("Invitation sent to Jade Rivers");
        await staff.AssertAccessibleAsync();

        var link = (await LatestAsync(NotificationTemplates.FamilyViewInvitation))["link"];
        var phone = await browser.NewPageAsync(javaScript: false, width: 375, height: 812);
        await phone.GotoAsync(new Uri(link).PathAndQuery); // the message carries the service's configured address
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Check it is you");
        await phone.AssertAccessibleAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send me a code" }).ClickAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(phone.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the 6-digit code");
        await phone.AssertAccessibleAsync();
        var code = (await LatestAsync(NotificationTemplates.FamilyViewCode))["code"];
        await phone.GetByLabel("Enter the 6-digit code").FillAsync(code);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Your family plan");
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("I will walk Kai and Mia to school every morning");
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("Kai and Mia go to school every day unless they are ill");
        await phone.AssertAccessibleAsync();
        await AssertFitsAsync(phone, 375);
        await phone.ScreenshotAsync("family-view-plan-375");

        var update = phone.Locator("a[href^='/family/actions/']");
        await Assertions.Expect(update).ToHaveCountAsync(1);
        await Assertions.Expect(update).ToContainTextAsync("Tell us how it is going");
        await update.ClickAsync();
        await phone.AssertAccessibleAsync();
        await phone.GetByLabel("I have done it").CheckAsync();
        await phone.GetByLabel("Your update (optional)").FillAsync("We made it every day for three weeks");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(phone.Locator(".govuk-notification-banner--success")).ToContainTextAsync("your practitioner can see it");
        await phone.AssertAccessibleAsync();

        foreach (var section in new[] { "Meetings", "Who can see your information" })
        {
            await phone.GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();
            await phone.AssertAccessibleAsync();
            await AssertFitsAsync(phone, 375);
        }

        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("Priya Practitioner");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Cymraeg" }).ClickAsync();
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Eich ymarferydd a phwy sy'n gallu gweld eich gwybodaeth");
        await phone.AssertAccessibleAsync();
        await phone.SetViewportSizeAsync(320, 640);
        await phone.GotoAsync("/family");
        await AssertFitsAsync(phone, 320);
        await phone.ScreenshotAsync("family-view-plan-welsh-320");

        await staff.GotoAsync(familyUrl + "/plan");
        var row = staff.Locator("tr", new() { HasText = "I will walk Kai and Mia to school every morning" }).First;
        await Assertions.Expect(row).ToContainTextAsync("Done");
        await Assertions.Expect(row).ToContainTextAsync("Latest update from Jade Rivers");
        await Assertions.Expect(row).ToContainTextAsync("We made it every day for three weeks");
        await staff.AssertAccessibleAsync();

        var again = await browser.NewPageAsync(javaScript: false, width: 375, height: 812);
        await again.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(again.Locator("h1")).ToHaveTextAsync("This link has already been used");
        await Assertions.Expect(again.Locator("main")).ToContainTextAsync("Ask your practitioner to send you a new link");
        await again.AssertAccessibleAsync();

        // A second invitation left unopened for 7 days.
        await staff.GotoAsync(familyUrl + "/family-view/invite");
        await staff.GetByLabel("Jade Rivers").CheckAsync();
        await staff.GetByLabel("Their email address or mobile phone number").FillAsync(JadesEmail);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        var secondLink = (await LatestAsync(NotificationTemplates.FamilyViewInvitation))["link"];
        Assert.NotEqual(link, secondLink);
        browser.Clock.Advance(TimeSpan.FromDays(7).Add(TimeSpan.FromMinutes(1)));
        await again.GotoAsync(new Uri(secondLink).PathAndQuery);
        await Assertions.Expect(again.Locator("h1")).ToHaveTextAsync("This link has expired");
        await again.AssertAccessibleAsync();
        await again.ScreenshotAsync("family-view-link-expired");
    }

    private async Task<IReadOnlyDictionary<string, string>> LatestAsync(string template)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var message = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Recipient == JadesEmail && m.Template == template)
            .OrderByDescending(m => m.CreatedAtUtc)
            .FirstAsync();
        // As the sender sees it: the link and code are sealed in the outbox.
        return scope.ServiceProvider.GetRequiredService<OutboxSecrets>().Reveal(message);
    }

    /// <summary>Nothing wider than the screen: no sideways scrolling on a phone.</summary>
    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"{page.Url} is {scrollWidth} CSS pixels wide at a {width}-pixel viewport");
    }
}
