using System.Globalization;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Infrastructure;
using FamilyFirst.Web.Pages.Families;
using FamilyFirst.Web.Tests.Families;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Time.Testing;

namespace FamilyFirst.Web.Tests.Conferences;

/// <summary>The Family Group Conference pages: referral to review, refusals shown plainly, and need-to-know access.</summary>
public class ConferenceWorkflowTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private sealed record Setup(FamilyCase Family, string Lead, string Coordinator, string Outsider);

    private async Task<Setup> SetUpAsync(string prefix)
    {
        var team = await factory.CreateTeamAsync($"{prefix} team");
        var conferenceTeam = await factory.CreateTeamAsync($"{prefix} conference team");
        var other = await factory.CreateTeamAsync($"{prefix} other team");
        var lead = $"{prefix}.lead@test.familyfirst.test";
        var coordinator = $"{prefix}.coordinator@test.familyfirst.test";
        var outsider = $"{prefix}.outsider@test.familyfirst.test";
        var leadId = await factory.CreateStaffAsync(lead, Roles.Practitioner, team);
        await factory.CreateStaffAsync(coordinator, Roles.Coordinator, conferenceTeam);
        await factory.CreateStaffAsync(outsider, Roles.Practitioner, other);
        var family = await factory.CreateFamilyAsync($"{prefix} family", leadId, team, null, ("Kai", "Rivers", new DateOnly(2014, 3, 4), FamilyRole.ChildOrYoungPerson));
        return new Setup(family, lead, coordinator, outsider);
    }

    [Fact]
    public async Task Referral_WithoutAnswers_ShowsEachErrorInTheFieldAndTheSummary()
    {
        var setup = await SetUpAsync("referral");
        var client = await factory.SignedInClientAsync(setup.Lead);
        var url = $"/families/{setup.Family.Id}/conferences/new";

        var response = await client.PostFormAsync(url, await client.GetPageAsync(url));
        var page = await response.ReadPageAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        page.AssertFieldError("ConsentGivenBy", "Enter the name of the person who gave consent");
        page.AssertFieldError("HasParentalResponsibility", "Select yes if the person who gave consent has parental responsibility");
        page.AssertFieldError("ConsentGivenOn", "Enter the date consent was given");
        page.AssertFieldError("ConsentTo", "The family must consent to the Family Group Conference before it can be referred");
        page.AssertFieldError("Worries", "Enter at least one worry");
        page.AssertFieldError("Questions", "Enter at least one question the family's plan must answer");
    }

    [Fact]
    public async Task Referral_FromSomeoneWithoutParentalResponsibility_IsRefused()
    {
        var setup = await SetUpAsync("noresponsibility");
        var client = await factory.SignedInClientAsync(setup.Lead);
        var url = $"/families/{setup.Family.Id}/conferences/new";

        var response = await client.PostFormAsync(url, await client.GetPageAsync(url), Referral(hasResponsibility: "no"));

        (await response.ReadPageAsync()).AssertFieldError("HasParentalResponsibility", "Consent must come from a person with parental responsibility for the child");
        Assert.Equal(0, await factory.WithDbAsync(db => db.FamilyGroupConferences.CountAsync(c => c.FamilyId == setup.Family.Id)));
    }

    [Fact]
    public async Task Referral_AppliesEveryApprovedBottomLineByDefault_AndLeavingOneOutNeedsAReason()
    {
        var setup = await SetUpAsync("bottomlinesfollow");
        var lineId = await factory.WithDbAsync(async db =>
        {
            var line = BottomLine.Write(setup.Family.Id, "No contact with their dad", setup.Family.LeadPractitionerId!.Value, FamilyTestData.Now).Value!;
            Assert.True(line.Approve(Guid.NewGuid(), FamilyTestData.Now).Succeeded);
            db.BottomLines.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
        var client = await factory.SignedInClientAsync(setup.Lead);
        var url = $"/families/{setup.Family.Id}/conferences/new";

        var form = await client.GetPageAsync(url);
        Assert.True(((AngleSharp.Html.Dom.IHtmlInputElement)form.QuerySelector($"input[name=BottomLines][value='{lineId}']")!).IsChecked);

        // Unticked (a browser then posts no value) without a reason: refused, nothing referred.
        var refused = await client.PostFormAsync(url, form, Referral());
        (await refused.ReadPageAsync()).AssertFieldError("BottomLinesLeftOutReason", "Enter why the bottom line ‘No contact with their dad’ does not apply to this conference, or select it");
        Assert.Equal(0, await factory.WithDbAsync(db => db.FamilyGroupConferences.CountAsync(c => c.FamilyId == setup.Family.Id)));

        var referred = await client.PostFormAsync(url, await client.GetPageAsync(url), [.. Referral(), ("BottomLinesLeftOutReason", "Dad has moved abroad")]);
        Assert.Equal(HttpStatusCode.Redirect, referred.StatusCode);
        var conference = await LoadAsync(setup.Family.Id);
        Assert.Empty(conference.BottomLineIds);
        Assert.Contains(conference.History, h => h.Description == "Bottom line ‘No contact with their dad’ does not apply to this conference: Dad has moved abroad");
    }

    [Fact]
    public async Task WholeConference_FromReferralToReview_RefusesStepsOutOfOrderAndKeepsTheCoordinatorIndependent()
    {
        var setup = await SetUpAsync("whole");
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var app = factory.WithWebHostBuilder(b => b.ConfigureServices(s => CouncilClock.AddCouncilClock(s, clock)));
        var lead = await SignInAsync(app, setup.Lead);
        var bottomLine = await factory.WithDbAsync(async db =>
        {
            var line = BottomLine.Write(setup.Family.Id, "Kai is never left alone with Lee", setup.Family.LeadPractitionerId!.Value, clock.GetUtcNow()).Value!;
            Assert.True(line.Approve(Guid.NewGuid(), clock.GetUtcNow()).Succeeded);
            db.BottomLines.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });

        // 1. Referral, with consent and the bottom line that applies.
        var referUrl = $"/families/{setup.Family.Id}/conferences/new";
        var referred = await lead.PostFormAsync(referUrl, await lead.GetPageAsync(referUrl), [.. Referral(), ("BottomLines", bottomLine.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, referred.StatusCode);
        var path = referred.Headers.Location!.OriginalString;
        var summary = await lead.GetPageAsync(path);
        Assert.Equal("Family Group Conference", summary.Heading());
        Assert.Equal("Family referred for a Family Group Conference. Next, allocate an independent coordinator", summary.SuccessBanner());

        // Out of order: preparation cannot start before a coordinator is allocated.
        var early = await lead.PostFormAsync(path + "/invitations/new", await lead.GetPageAsync(path + "/invitations/new"), ("Name", "Jade Rivers"), ("Kind", "Family"));
        Assert.Equal("Allocate a coordinator before preparing the conference", (await early.ReadPageAsync()).FieldError("Name"));

        // 2. The coordinator must be independent: the lead practitioner is refused.
        var leadUserId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == setup.Lead).Select(u => u.Id).SingleAsync());
        var coordinatorUserId = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == setup.Coordinator).Select(u => u.Id).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            // The lead practitioner also holds the coordinator role, so they are offered as a choice.
            var role = await db.Roles.SingleAsync(r => r.Name == Roles.Coordinator);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { UserId = leadUserId, RoleId = role.Id });
            return await db.SaveChangesAsync();
        });
        var refused = await lead.PostFormAsync(path + "/coordinator", await lead.GetPageAsync(path + "/coordinator"), ("CoordinatorId", leadUserId));
        (await refused.ReadPageAsync()).AssertFieldError("CoordinatorId", "The coordinator must be independent of the case. Select someone other than the family's lead practitioner");
        await PostAsync(lead, path + "/coordinator", ("CoordinatorId", coordinatorUserId));

        // The coordinator, in another team, can now open the family's conference.
        var coordinator = await SignInAsync(app, setup.Coordinator);
        Assert.Equal("Coordinator allocated", (await coordinator.GetPageAsync(path)).QuerySelector("main .govuk-tag")!.TextContent.Trim());

        // 3. Preparation.
        await PostAsync(coordinator, path + "/invitations/new", ("Name", "Jade Rivers"), ("Kind", "Family"), ("Relationship", "Mother"), ("InterpreterLanguage", "Polish"), ("Support", "childcare"));
        await PostAsync(coordinator, path + "/invitations/new", ("Name", "Ms Patel"), ("Kind", "Professional"), ("Relationship", "Class teacher"));
        await PostAsync(coordinator, path + "/invitations/new", ("Name", "Lee Rivers"), ("Kind", "Network"), ("Relationship", "Uncle"));
        var conference = await LoadAsync(setup.Family.Id);
        var jade = conference.Invitations.Single(i => i.Name == "Jade Rivers").Id;
        var teacher = conference.Invitations.Single(i => i.Name == "Ms Patel").Id;
        var lee = conference.Invitations.Single(i => i.Name == "Lee Rivers").Id;

        var notReady = await coordinator.PostFormAsync(path + "?handler=CompletePreparation", await coordinator.GetPageAsync(path));
        Assert.Equal(["Set the date and venue of the conference"], (await notReady.ReadPageAsync()).ErrorSummary());

        var noReason = await coordinator.PostFormAsync($"{path}/invitations/{lee}", await coordinator.GetPageAsync($"{path}/invitations/{lee}"), ("Status", "NotInvited"));
        (await noReason.ReadPageAsync()).AssertFieldError("NotInvitedReason", "Enter why Lee Rivers is not being invited, for example a risk to the child");
        await PostAsync(coordinator, $"{path}/invitations/{lee}", ("Status", "NotInvited"), ("NotInvitedReason", "Kai does not want contact with Lee"));
        await PostAsync(coordinator, $"{path}/invitations/{jade}", ("Status", "Invited"));
        await PostAsync(coordinator, $"{path}/invitations/{jade}", ("Status", "Accepted"));
        await PostAsync(coordinator, $"{path}/invitations/{teacher}", ("Status", "Invited"));
        var kai = setup.Family.Members.Single().PersonId;
        await PostAsync(coordinator, path + "/children", ("Child", kai.ToString()), ("Way", "AdvocateSpeaksForThem"), ("AdvocateName", "Sam Advocate"));
        var when = CouncilDate(app, 20);
        await PostAsync(coordinator, path + "/date-and-venue", ("Date.Day", when.Day.ToString()), ("Date.Month", when.Month.ToString()), ("Date.Year", when.Year.ToString()), ("StartTime", "10am"), ("Venue", "Northmoor Family Centre"));
        Assert.Equal("Preparation complete. The conference is ready to start", await PostHandlerAsync(coordinator, path, "CompletePreparation"));

        // Each person invited gets a printable letter in plain English; someone not invited does not.
        var letter = await coordinator.GetPageAsync($"{path}/invitations/{jade}/letter");
        Assert.Equal("You are invited to a family meeting", letter.Heading());
        Assert.Contains("Dear Jade Rivers,", letter.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Northmoor Family Centre", letter.SummaryValue("Where"));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"{path}/invitations/{lee}/letter")).StatusCode);

        // 4. The conference, on the day.
        clock.Advance(TimeSpan.FromDays(20));
        coordinator = await SignInAsync(app, setup.Coordinator);
        var tooEarly = await coordinator.PostFormAsync(path + "/plan", await coordinator.GetPageAsync(path + "/plan"), ("PlanText", "We will take turns on the school run"));
        (await tooEarly.ReadPageAsync()).AssertFieldError("PlanText", "You cannot present the plan before private family time");
        Assert.Equal("Conference started: information sharing", await PostHandlerAsync(coordinator, path, "StartInformationSharing"));

        var withTeacher = await coordinator.PostFormAsync(path + "/private-family-time", await coordinator.GetPageAsync(path + "/private-family-time"), ("Present", jade.ToString()), ("Present", teacher.ToString()));
        Assert.Equal("Private family time is for the family only. Ms Patel must leave", (await withTeacher.ReadPageAsync()).FieldError("Present"));
        await PostAsync(coordinator, path + "/private-family-time", ("Present", jade.ToString()));
        clock.Advance(TimeSpan.FromMinutes(90));

        // Nobody touched the service during private family time: past the 30-minute idle limit the coordinator signs in again.
        coordinator = await SignInAsync(app, setup.Coordinator);
        Assert.Equal("Private family time ended. The family can now present its plan", await PostHandlerAsync(coordinator, path, "EndPrivateFamilyTime"));
        await PostAsync(coordinator, path + "/plan", ("PlanText", "Grandma Carol will take Kai to school on Mondays and Tuesdays."));

        // The decision: not agreed needs a reason naming the bottom line or safety concern; the family amends and presents again.
        lead = await SignInAsync(app, setup.Lead);
        var noReason2 = await lead.PostFormAsync(path + "/decision", await lead.GetPageAsync(path + "/decision"), ("Agreed", "no"));
        (await noReason2.ReadPageAsync()).AssertFieldError("Reason", "Enter why the plan is not agreed");
        var missing = await lead.PostFormAsync(path + "/decision", await lead.GetPageAsync(path + "/decision"), ("Agreed", "no"), ("Reason", "The plan does not cover Wednesdays to Fridays"));
        (await missing.ReadPageAsync()).AssertFieldError("SafetyConcern", "Select the bottom lines the plan does not meet, or describe the safety concern");
        await PostAsync(lead, path + "/decision", ("Agreed", "no"), ("Reason", "The plan does not cover Wednesdays to Fridays"), ("FailedBottomLines", bottomLine.ToString()), ("SafetyConcern", "Kai would be alone on the way to school three days a week"));
        var declined = await LoadAsync(setup.Family.Id);
        Assert.Equal(ConferenceStage.PlanNotAgreed, declined.Stage);
        Assert.Equal([bottomLine], declined.PlanPresentations[0].FailedBottomLineIds);

        await PostAsync(coordinator, path + "/private-family-time", ("Present", jade.ToString()));
        clock.Advance(TimeSpan.FromMinutes(30));
        coordinator = await SignInAsync(app, setup.Coordinator);
        await PostHandlerAsync(coordinator, path, "EndPrivateFamilyTime");
        await PostAsync(coordinator, path + "/plan", ("PlanText", "Grandma Carol takes Kai on Mondays and Tuesdays; Jade on the other days."));
        lead = await SignInAsync(app, setup.Lead);
        var unconfirmed = await lead.PostFormAsync(path + "/decision", await lead.GetPageAsync(path + "/decision"), ("Agreed", "yes"), ("PlanLead", jade.ToString()));
        (await unconfirmed.ReadPageAsync()).AssertFieldError("HowMet_0__How", "Enter how the plan meets the bottom line ‘Kai is never left alone with Lee’. A plan cannot be agreed while a bottom line is not met");
        // Jade was typed in by name and is not on the family's record, so the plan cannot point to her yet: the banner says so.
        Assert.Equal(
            "Plan agreed. Jade Rivers is the plan lead. The family plan has been started from this conference: write the family's actions into it, and choose Jade Rivers as its plan lead once they are added to the family's record",
            await PostAsync(lead, path + "/decision", ("Agreed", "yes"), ("PlanLead", jade.ToString()), ("HowMet[0].BottomLineId", bottomLine.ToString()), ("HowMet[0].How", "Lee is never at the house: Carol and Jade take Kai to school")));
        conference = await LoadAsync(setup.Family.Id);
        Assert.Equal(ConferenceStage.PlanAgreed, conference.Stage);
        Assert.Equal(jade, conference.PlanLeadInvitationId);
        Assert.Equal(2, conference.PlanPresentations.Count);
        var met = Assert.Single(conference.PlanPresentations[1].BottomLinesMet);
        Assert.Equal((bottomLine, "Lee is never at the house: Carol and Jade take Kai to school"), (met.BottomLineId, met.How));

        // The agreed plan is handed over: the family plan starts from the conference, ready for its actions.
        var familyPlan = await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.FamilyId == setup.Family.Id));
        Assert.Equal(PlanSource.FamilyGroupConference, familyPlan.Source);
        Assert.Equal(conference.Id, familyPlan.FamilyGroupConferenceId);
        Assert.NotNull(familyPlan.Draft);
        Assert.Contains("Written by the family at a Family Group Conference", (await lead.GetPageAsync($"/families/{setup.Family.Id}/plan")).QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The family's own words from the plan they presented (the amended one that was agreed), exactly, and the
        // conference's review date are carried into the plan's draft, and the words are shown on the plan.
        const string agreedWords = "Grandma Carol takes Kai on Mondays and Tuesdays; Jade on the other days.";
        Assert.Equal(agreedWords, familyPlan.Draft.FamilysOwnWords);
        Assert.Equal(conference.Id, familyPlan.Draft.FamilysOwnWordsConferenceId);
        Assert.Equal(conference.ConferenceHeldOn!.Value.AddDays(91), familyPlan.Draft.ReviewBy);
        Assert.Equal(agreedWords, (await lead.GetPageAsync($"/families/{setup.Family.Id}/plan")).QuerySelector("#familys-own-plan")!.TextContent);

        // 5. The review: by default 91 days after the conference (the date left blank, as a browser posts it);
        // flagged when overdue; then held.
        await PostAsync(lead, path + "/review", ("ReviewOn.Day", ""), ("ReviewOn.Month", ""), ("ReviewOn.Year", ""));
        conference = await LoadAsync(setup.Family.Id);
        Assert.Equal(conference.ConferenceHeldOn!.Value.AddDays(91), conference.NextReview!.DueOn);

        // The review moved on the conference after the hand-over: the family plan's draft from it takes the new date,
        // recorded in the plan's audit and the chronology. A date the conference refuses changes neither.
        var held = conference.ConferenceHeldOn!.Value;
        var refusedReview = await lead.PostFormAsync(path + "/review", await lead.GetPageAsync(path + "/review"), ReviewDate(held));
        (await refusedReview.ReadPageAsync()).AssertFieldError("ReviewOn", "The date of the review must be after the conference");
        Assert.Equal(held.AddDays(91), (await PlanDraftAsync(setup.Family.Id)).ReviewBy);
        var moved = held.AddDays(100);
        Assert.Equal(
            $"Review scheduled for {FamilyText.Date(moved)}. The draft of the family plan will be reviewed by {FamilyText.Date(moved)} too",
            await PostAsync(lead, path + "/review", ReviewDate(moved)));
        Assert.Equal(moved, (await PlanDraftAsync(setup.Family.Id)).ReviewBy);
        var planHistory = $"Family plan draft (version 1): review date moved to {FamilyText.Date(moved)}, as moved on the Family Group Conference";
        Assert.True(await factory.WithDbAsync(db => db.ChronologyEntries.AnyAsync(e => e.FamilyCaseId == setup.Family.Id && e.Type == ChronologyEventType.Plan && e.Summary == planHistory)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.FamilyCaseId == setup.Family.Id && e.RecordType == nameof(FamilyPlan) && e.Detail == planHistory)));

        // Once the plan's own review date is changed on the plan, a later move on the conference leaves it, and says so.
        var onThePlan = held.AddDays(80);
        await factory.WithDbAsync(async db =>
        {
            var plan = await db.FamilyPlans.SingleAsync(p => p.FamilyId == setup.Family.Id);
            Assert.True(plan.UpdateDetails(null, null, null, null, onThePlan).Succeeded);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(
            $"Review scheduled for {FamilyText.Date(held.AddDays(91))}. The family plan's review date was changed on the plan, so it stays {FamilyText.Date(onThePlan)}: change it on the plan if it should move too",
            await PostAsync(lead, path + "/review", ReviewDate(held.AddDays(91))));
        Assert.Equal(onThePlan, (await PlanDraftAsync(setup.Family.Id)).ReviewBy);
        clock.Advance(TimeSpan.FromDays(95));
        lead = await SignInAsync(app, setup.Lead);
        Assert.Contains("Review overdue", (await lead.GetPageAsync(path)).QuerySelector("main .govuk-notification-banner")!.TextContent, StringComparison.Ordinal);
        var heldOn = CouncilDate(app, -1);
        await PostAsync(lead, path + "/review-held", ("HeldOn.Day", heldOn.Day.ToString()), ("HeldOn.Month", heldOn.Month.ToString()), ("HeldOn.Year", heldOn.Year.ToString()));
        var reviewed = await lead.GetPageAsync(path);
        Assert.Equal("Reviewed", reviewed.QuerySelector("main .govuk-tag")!.TextContent.Trim());

        var chronology = await factory.WithDbAsync(db => db.ChronologyEntries.Where(e => e.FamilyCaseId == setup.Family.Id && e.Type == ChronologyEventType.Conference).Select(e => e.Summary).ToListAsync());
        Assert.Contains(chronology, s => s.StartsWith("Referred for a Family Group Conference", StringComparison.Ordinal));
        Assert.Contains(chronology, s => s.StartsWith("Family Group Conference: plan agreed", StringComparison.Ordinal));
        Assert.Contains(chronology, s => s.StartsWith("Family Group Conference review held", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConferencePages_ForAPractitionerInAnotherTeam_AreNotFound()
    {
        var setup = await SetUpAsync("conference404");
        var lead = await factory.SignedInClientAsync(setup.Lead);
        var referUrl = $"/families/{setup.Family.Id}/conferences/new";
        var path = (await lead.PostFormAsync(referUrl, await lead.GetPageAsync(referUrl), Referral())).Headers.Location!.OriginalString;
        var outsider = await factory.SignedInClientAsync(setup.Outsider);

        foreach (var url in new[] { path, path + "/coordinator", path + "/invitations/new", path + "/children", path + "/date-and-venue", path + "/decision", path + "/review", path + "/end/withdraw", referUrl, $"/families/{setup.Family.Id}/meetings" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(url)).StatusCode);
        }

        // A conference is found only under its own family.
        var otherFamily = await factory.CreateFamilyAsync("conference404 other family", Guid.NewGuid(), setup.Family.TeamId!.Value);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(path.Replace(setup.Family.Id.ToString(), otherFamily.Id.ToString(), StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task Dashboard_CountsOnlyVisibleFamilies_AndDownloadsAsCsv()
    {
        var setup = await SetUpAsync("dashboard");
        var lead = await factory.SignedInClientAsync(setup.Lead);
        var referUrl = $"/families/{setup.Family.Id}/conferences/new";
        await lead.PostFormAsync(referUrl, await lead.GetPageAsync(referUrl), Referral());
        var managerTeam = setup.Family.TeamId!.Value;
        await factory.CreateStaffAsync("dashboard.manager@test.familyfirst.test", Roles.Manager, managerTeam);
        var manager = await factory.SignedInClientAsync("dashboard.manager@test.familyfirst.test");

        var refused = await lead.GetAsync("/conferences/dashboard");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var page = await manager.GetPageAsync("/conferences/dashboard");
        Assert.Equal("Family Group Conference dashboard", page.Heading());
        var referrals = page.QuerySelectorAll("tr").First(r => r.TextContent.Contains("Referrals received", StringComparison.Ordinal));
        Assert.Equal("1", referrals.QuerySelectorAll("td")[1].TextContent.Trim());

        var csv = await manager.GetAsync("/conferences/dashboard?handler=Csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Referrals,Referrals received,1", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static (string, string)[] Referral(string hasResponsibility = "yes") =>
    [
        ("ConsentGivenBy", "Jade Rivers"), ("HasParentalResponsibility", hasResponsibility),
        ("ConsentGivenOn.Day", "1"), ("ConsentGivenOn.Month", "11"), ("ConsentGivenOn.Year", "2026"),
        ("ConsentTo", "conference"), ("ConsentTo", "information-sharing"),
        ("Worries", "Kai misses school most Mondays\nMia is often left with neighbours"),
        ("Questions", "How will the family make sure Kai gets to school every day?"),
    ];

    private static (string, string)[] ReviewDate(DateOnly date) =>
        [("ReviewOn.Day", date.Day.ToString(CultureInfo.InvariantCulture)), ("ReviewOn.Month", date.Month.ToString(CultureInfo.InvariantCulture)), ("ReviewOn.Year", date.Year.ToString(CultureInfo.InvariantCulture))];

    private async Task<PlanVersion> PlanDraftAsync(Guid familyId) =>
        (await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.FamilyId == familyId))).Draft!;

    private static DateOnly CouncilDate(WebApplicationFactory<Program> app, int days) => app.Services.GetRequiredService<TimeProvider>().Today.AddDays(days);

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> app, string email)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await client.SignInAsync(email);
        return client;
    }

    private async Task<FamilyGroupConference> LoadAsync(Guid familyId) =>
        await factory.WithDbAsync(db => db.FamilyGroupConferences.AsNoTracking().AsSplitQuery().SingleAsync(c => c.FamilyId == familyId));

    /// <summary>Posts the step's form and checks it was accepted: a redirect back to the conference with a banner.</summary>
    private static async Task<string> PostAsync(HttpClient client, string url, params (string, string)[] values)
    {
        var response = await client.PostFormAsync(url, await client.GetPageAsync(url), values);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = await response.ReadPageAsync();
            Assert.Fail($"{url} was refused: {string.Join(" | ", page.ErrorSummary())}");
        }

        var next = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        return next.SuccessBanner() ?? string.Empty;
    }

    private static async Task<string> PostHandlerAsync(HttpClient client, string path, string handler)
    {
        var response = await client.PostFormAsync($"{path}?handler={handler}", await client.GetPageAsync(path));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail($"{handler} was refused: {string.Join(" | ", (await response.ReadPageAsync()).ErrorSummary())}");
        }

        return (await client.GetPageAsync(response.Headers.Location!.OriginalString)).SuccessBanner() ?? string.Empty;
    }
}
