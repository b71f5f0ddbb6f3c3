namespace FamilyFirst.Web.BrowserTests.Journeys;

/// <summary>
/// One journey from conference to plan, for a family with a network member who must not be contacted (Lee, Jade's
/// brother): referral, conference and private family time, the plan agreed with the grandmother from the wider network
/// as plan lead; Lee is refused as an invitee and as an action owner; the family plan shows the family's own words
/// and the grandmother as its lead. Every page is checked with axe.
/// </summary>
public class ConferenceToPlanJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Practitioner = "practitioner@demo.familyfirst.test";
    private const string Coordinator = "coordinator@demo.familyfirst.test";
    private const string FamilysWords = "Nan Carol takes Kai to school on Mondays and Tuesdays. Jade sets two alarms. If it is not working, Jade rings Carol the night before.";

    [Fact]
    public async Task FromReferralToTheFamilyPlan_WithTheGrandmotherAsPlanLead_AndTheRestrictedUncleRefused()
    {
        var familyId = await browser.FamilyIdAsync("FAM-DEMRVA");

        // 1. Referral and an independent coordinator.
        var priya = await browser.NewPageAsync();
        await priya.SignInAsync(Practitioner);
        await priya.GotoAsync($"/families/{familyId}");
        await priya.GetByRole(AriaRole.Link, new() { Name = "Restorative conversations, circles and Family Group Conferences" }).ClickAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Refer for a Family Group Conference" }).ClickAsync();
        await priya.Locator("#ConsentGivenBy").FillAsync("Jade Rivers");
        await priya.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await priya.FillDateByIdAsync("ConsentGivenOn", Today().AddDays(-1));
        await priya.GetByLabel("Taking part in a Family Group Conference").CheckAsync();
        await priya.GetByLabel("Information being shared with the family network at the conference").CheckAsync();
        await priya.Locator("#Worries").FillAsync("Kai misses school most Mondays");
        await priya.Locator("#Questions").FillAsync("How will the family make sure Kai gets to school every day?");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Refer for a conference" }).ClickAsync();
        await priya.ExpectSuccessAsync("Family referred for a Family Group Conference");
        var conferencePath = new Uri(priya.Url).AbsolutePath;
        await priya.GetByRole(AriaRole.Button, new() { Name = "Allocate a coordinator" }).ClickAsync();
        await priya.GetByLabel("Casey Coordinator").CheckAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Allocate coordinator" }).ClickAsync();
        await priya.ExpectSuccessAsync("Casey Coordinator is the coordinator");

        // 2. Preparation: Jade, the grandmother from the wider network and Lee, who must not be contacted.
        var casey = await browser.NewPageAsync();
        await casey.SignInAsync(Coordinator);
        await casey.GotoAsync(conferencePath);
        await AddToInvitationListAsync(casey, "Jade Rivers", "Family", "Mother");
        await AddToInvitationListAsync(casey, "Carol Rivers", "Family network", "Maternal grandmother");
        await AddToInvitationListAsync(casey, "Lee Rivers", "Family network", "Jade's brother");

        await casey.GetByRole(AriaRole.Link, new() { Name = "Update Lee Rivers" }).ClickAsync();
        await casey.GetByLabel("Invited", new() { Exact = true }).CheckAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(casey.Locator(".govuk-error-summary")).ToContainTextAsync("Lee Rivers must not be contacted");
        await Assertions.Expect(casey.Locator(".govuk-error-summary")).ToContainTextAsync("so they cannot be invited to the conference");
        await casey.AssertAccessibleAsync();
        await casey.GetByLabel("Not invited, as agreed with the family").CheckAsync();
        await casey.Locator("#NotInvitedReason").FillAsync("Lee must not be contacted: Kai does not want contact with him");
        await casey.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        foreach (var name in new[] { "Jade Rivers", "Carol Rivers" })
        {
            foreach (var status in new[] { "Invited", "Accepted" })
            {
                await casey.GetByRole(AriaRole.Link, new() { Name = $"Update {name}" }).ClickAsync();
                await casey.GetByLabel(status, new() { Exact = true }).CheckAsync();
                await casey.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            }
        }

        await casey.GetByRole(AriaRole.Link, new() { Name = "Record how a child will take part" }).ClickAsync();
        await casey.GetByLabel("Kai Rivers").CheckAsync();
        await casey.GetByLabel("Attends the conference").CheckAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await casey.GetByRole(AriaRole.Link, new() { Name = "Change date and venue" }).ClickAsync();
        await casey.FillDateByIdAsync("Date", Today().AddDays(14));
        await casey.Locator("#StartTime").FillAsync("10am");
        await casey.Locator("#Venue").FillAsync("Northmoor Family Centre");
        await casey.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Mark preparation complete" }).ClickAsync();
        await casey.ExpectSuccessAsync("Preparation complete");

        // 3. The conference: information sharing, private family time with Jade and Carol, the family's plan.
        browser.Clock.Advance(TimeSpan.FromDays(14));
        await casey.SignInAsync(Coordinator);
        await casey.GotoAsync(conferencePath);
        await casey.GetByRole(AriaRole.Button, new() { Name = "Start information sharing" }).ClickAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Start private family time" }).ClickAsync();
        await casey.GetByLabel("Jade Rivers").CheckAsync();
        await casey.GetByLabel("Carol Rivers").CheckAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Start private family time" }).ClickAsync();

        // The start must be saved before the clock moves on: a post still on its way would arrive after the idle limit.
        await casey.ExpectSuccessAsync("Private family time started");
        browser.Clock.Advance(TimeSpan.FromMinutes(20));
        await casey.GotoAsync(conferencePath);
        await casey.GetByRole(AriaRole.Button, new() { Name = "End private family time" }).ClickAsync();
        await casey.GetByRole(AriaRole.Button, new() { Name = "Record the plan presented" }).ClickAsync();
        await casey.Locator("#PlanText").FillAsync(FamilysWords);
        await casey.GetByRole(AriaRole.Button, new() { Name = "Record the plan presented" }).ClickAsync();

        // 4. The plan is agreed with the grandmother from the wider network as plan lead.
        await priya.SignInAsync(Practitioner);
        await priya.GotoAsync(conferencePath);
        await priya.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await priya.GetByLabel("Yes, the plan is agreed").CheckAsync();
        await priya.Locator("fieldset", new() { Has = priya.Locator("input[name=PlanLead]") }).GetByLabel("Carol Rivers").CheckAsync();
        await priya.AssertAccessibleAsync();
        // The family's approved bottom lines came with the referral: the referrer says how the plan meets each one.
        await priya.GetByLabel("How does the plan meet ‘Kai and Mia go to school every day unless they are ill’?").FillAsync("Grandma Carol takes Kai and Mia to school on Mondays and Tuesdays");
        await priya.GetByLabel("How does the plan meet ‘The children are always looked after by an adult the family has agreed, never left home alone’?").FillAsync("Jade or Carol is always with the children");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await priya.ExpectSuccessAsync("Plan agreed. Carol Rivers is the plan lead");

        // 5. The family plan: the family's own words exactly, Carol as its lead, and Lee refused as an action owner.
        await priya.GotoAsync($"/families/{familyId}/plan");
        await Assertions.Expect(priya.Locator("#familys-own-plan")).ToHaveTextAsync(FamilysWords);
        await Assertions.Expect(priya.SummaryValue(PrintablePlanHeading)).ToHaveTextAsync("Carol Rivers");
        await priya.AssertAccessibleAsync();
        await priya.GetByRole(AriaRole.Button, new() { Name = "Add an action" }).ClickAsync();
        await priya.GetByLabel("What will be done?").FillAsync("Lee picks Kai up from football on Saturdays");
        await priya.GetByLabel("Lee Rivers").CheckAsync();
        await priya.GetByLabel("Day").FillAsync("15");
        await priya.GetByLabel("Month").FillAsync("1");
        await priya.GetByLabel("Year").FillAsync(Today().AddYears(1).Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await priya.GetByLabel("Who will check this has been done?").FillAsync("Jade Rivers");
        await priya.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("Lee Rivers must not be contacted");
        await Assertions.Expect(priya.Locator(".govuk-error-summary")).ToContainTextAsync("so they cannot be named as the owner of a plan action");
        await priya.AssertAccessibleAsync();
        await priya.ScreenshotAsync("conference-to-plan");
    }

    private const string PrintablePlanHeading = "Who leads our plan";

    private static async Task AddToInvitationListAsync(IPage page, string name, string kind, string relationship)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Add someone to the invitation list" }).ClickAsync();
        await page.Locator("#Name").FillAsync(name);
        await page.GetByLabel(kind, new() { Exact = true }).CheckAsync();
        await page.Locator("#Relationship").FillAsync(relationship);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the invitation list" }).ClickAsync();
    }

    private DateOnly Today() => PageChecks.CouncilToday(browser.Clock);
}
