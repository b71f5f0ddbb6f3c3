using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Infrastructure.Demo;
using FamilyFirst.Web.Infrastructure.Notifications;
using FamilyFirst.Web.Pages.Families;

namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// The Hughes family's plan is led by Margaret Hughes, the children's paternal grandmother, who is in the wider network
/// with no person record and owns an action in it; their uncle Gary owns one too but must not be contacted. Sam, the
/// practitioner, invites Margaret to see the plan online (Gary is refused, with the reason); on a phone, without
/// JavaScript, Margaret opens the link, enters the code from her message, sees her action and records progress; Sam
/// sees it on the plan. Every page is checked with axe.
/// </summary>
public class NetworkMemberFamilyViewJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string MargaretsEmail = "margaret.hughes@example.com";
    private const string GarysEmail = "gary.hughes@example.com";
    private const string MargaretsAction = "Nan Margaret collects Ella from school on Wednesdays";

    [Fact]
    public async Task Grandmother_WhoLeadsThePlan_IsInvited_SignsInOnAPhone_AndRecordsProgress_AndTheRestrictedUncleIsRefused()
    {
        var familyId = await SeedPlanAsync();
        var sam = await browser.NewPageAsync();
        await sam.SignInAsync("practitioner.south@demo.familyfirst.test");
        await sam.GotoAsync($"/families/{familyId}");
        await sam.GetByRole(AriaRole.Link, new() { Name = "Family members' online access to their plan" }).ClickAsync();
        await sam.AssertAccessibleAsync();
        await sam.GetByRole(AriaRole.Button, new() { Name = "Invite a family member" }).ClickAsync();
        await Assertions.Expect(sam.Locator("main")).ToContainTextAsync("Paternal grandmother, wider network. Leads the family plan");
        await Assertions.Expect(sam.Locator("main")).ToContainTextAsync("Must not be contacted");
        await sam.AssertAccessibleAsync();

        // Gary must not be contacted: refused with the reason, and nothing is sent.
        await sam.GetByLabel("Gary Hughes").CheckAsync();
        await sam.GetByLabel("Their email address or mobile phone number").FillAsync(GarysEmail);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(sam.Locator(".govuk-error-summary")).ToContainTextAsync("Gary Hughes must not be contacted (Non-molestation order");
        await Assertions.Expect(sam.Locator(".govuk-error-summary")).ToContainTextAsync("so they cannot be given online access to the family's plan");
        await sam.AssertAccessibleAsync();
        Assert.Null(await LatestOrNullAsync(GarysEmail, NotificationTemplates.FamilyViewInvitation));

        await sam.GetByLabel("Margaret Hughes").CheckAsync();
        await sam.GetByLabel("Their email address or mobile phone number").FillAsync(MargaretsEmail);
        await sam.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await sam.ExpectSuccessAsync("Invitation sent to Margaret Hughes");
        await Assertions.Expect(sam.Locator("main table")).ToContainTextAsync("Margaret Hughes");
        await sam.AssertAccessibleAsync();

        // On her phone, without JavaScript: the link, then the code from her message.
        var link = (await LatestOrNullAsync(MargaretsEmail, NotificationTemplates.FamilyViewInvitation))!["link"];
        var phone = await browser.NewPageAsync(javaScript: false, width: 375, height: 812);
        await phone.GotoAsync(new Uri(link).PathAndQuery);
        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Check it is you");
        await phone.AssertAccessibleAsync();
        await phone.GetByRole(AriaRole.Button, new() { Name = "Send me a code" }).ClickAsync();
        await phone.AssertAccessibleAsync();
        var code = (await LatestOrNullAsync(MargaretsEmail, NotificationTemplates.FamilyViewCode))!["code"];
        await phone.GetByLabel("Enter the 6-digit code").FillAsync(code);
        await phone.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(phone.Locator("h1")).ToHaveTextAsync("Your family plan");
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync(MargaretsAction);
        await phone.AssertAccessibleAsync();
        var update = phone.Locator("a[href^='/family/actions/']");
        await Assertions.Expect(update).ToHaveCountAsync(1);
        await update.ClickAsync();
        await phone.AssertAccessibleAsync();
        await phone.GetByLabel("I have started but not finished").CheckAsync();
        await phone.GetByLabel("Your update (optional)").FillAsync("Collected Ella the last two Wednesdays");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(phone.Locator(".govuk-notification-banner--success")).ToContainTextAsync("your practitioner can see it");
        await phone.AssertAccessibleAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Who can see your information", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.Locator("main")).ToContainTextAsync("Margaret Hughes");
        await phone.AssertAccessibleAsync();
        await phone.ScreenshotAsync("family-view-network-member-375");

        await sam.GotoAsync($"/families/{familyId}/plan");
        var row = sam.Locator("tr", new() { HasText = MargaretsAction }).First;
        await Assertions.Expect(row).ToContainTextAsync("In progress");
        await Assertions.Expect(row).ToContainTextAsync("Latest update from Margaret Hughes");
        await Assertions.Expect(row).ToContainTextAsync("Collected Ella the last two Wednesdays");
        await sam.AssertAccessibleAsync();
    }

    /// <summary>
    /// The Hughes family's agreed plan, as a practitioner would have written it: Margaret leads it and owns an action,
    /// Tom and Gary own one each; Gary's non-molestation order was recorded after the plan was agreed.
    /// </summary>
    private async Task<Guid> SeedPlanAsync()
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var today = time.Today;
        var now = time.GetUtcNow();
        var family = await db.FamilyCases.SingleAsync(f => f.Reference == DemoFamilies.HughesReference);
        var tom = await db.People.Where(p => p.GivenName == "Tom" && p.FamilyName == "Hughes").Select(p => p.Id).SingleAsync();
        var margaret = await db.NetworkMembers.SingleAsync(n => n.FamilyCaseId == family.Id && n.Name == "Margaret Hughes");
        var gary = NetworkMember.Add(family.Id, "Gary Hughes", "Tom's brother", isFriend: false).Value!;
        db.NetworkMembers.Add(gary);
        await db.SaveChangesAsync();

        var contacts = await db.FamilyContactsAsync(family);
        var practitioner = family.LeadPractitionerId!.Value;
        var plan = FamilyPlan.StartDirect(family.Id, practitioner, now);
        Assert.True(plan.AddAction(new PlanActionDetails(MargaretsAction, new ActionOwner(ActionOwnerKind.NetworkMember, null, margaret.Name) { NetworkMemberId = margaret.Id }, today.AddDays(20), new ActionChecker(tom, null)), contacts, today).Succeeded);
        Assert.True(plan.AddAction(new PlanActionDetails("Gary takes Callum to football on Saturdays", new ActionOwner(ActionOwnerKind.NetworkMember, null, gary.Name) { NetworkMemberId = gary.Id }, today.AddDays(20), new ActionChecker(tom, null)), contacts, today).Succeeded);
        Assert.True(plan.AddAction(new PlanActionDetails("Tom rings the school every Friday", new ActionOwner(ActionOwnerKind.FamilyMember, tom, null), today.AddDays(20), new ActionChecker(null, "Sam South")), contacts, today).Succeeded);
        Assert.True(plan.UpdateDetails(new PlanDetails("If Tom is working late, Margaret has the children", null, PlanLead.NetworkMember(margaret.Id), "We meet at Margaret's house with Sam", today.AddDays(60)), contacts, today).Succeeded);
        var agreed = plan.Agree([tom, margaret.Id, gary.Id], "Agreed: the children are looked after every day", [], null, null, practitioner, now);
        Assert.True(agreed.Succeeded, agreed.Error);
        db.FamilyPlans.Add(plan);
        Assert.True(gary.RestrictContact("Threats towards Tom", "Non-molestation order", today.AddDays(300), today).Succeeded);
        await db.SaveChangesAsync();
        return family.Id;
    }

    private async Task<IReadOnlyDictionary<string, string>?> LatestOrNullAsync(string recipient, string template)
    {
        await using var scope = browser.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var message = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Recipient == recipient && m.Template == template)
            .OrderByDescending(m => m.CreatedAtUtc)
            .FirstOrDefaultAsync();
        // As the sender sees it: the link and code are sealed in the outbox.
        return message is null ? null : scope.ServiceProvider.GetRequiredService<OutboxSecrets>().Reveal(message);
    }
}
