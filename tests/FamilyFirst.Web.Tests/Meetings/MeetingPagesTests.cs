using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Tests.Families;

namespace FamilyFirst.Web.Tests.Meetings;

/// <summary>Meetings and circles: booking with plain errors, rearranging before they are held, a quick conversation, agreements, invitations, anonymous feedback in aggregate only, and need to know.</summary>
public class MeetingPagesTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private async Task<(FamilyCase Family, string Lead, string Outsider)> SetUpAsync(string prefix)
    {
        var team = await factory.CreateTeamAsync($"{prefix} team");
        var other = await factory.CreateTeamAsync($"{prefix} other team");
        var lead = $"{prefix}.lead@test.familyfirst.test";
        var outsider = $"{prefix}.outsider@test.familyfirst.test";
        var leadId = await factory.CreateStaffAsync(lead, Roles.Practitioner, team);
        await factory.CreateStaffAsync(outsider, Roles.Practitioner, other);
        var family = await factory.CreateFamilyAsync($"{prefix} family", leadId, team, null, ("Grace", "Okafor", new DateOnly(1985, 8, 9), FamilyRole.Parent));
        return (family, lead, outsider);
    }

    [Fact]
    public async Task BookMeeting_WithoutAnswers_ShowsErrors_AndWithAnEndBeforeTheStart_IsRefused()
    {
        var (family, lead, _) = await SetUpAsync("booking");
        var client = await factory.SignedInClientAsync(lead);
        var url = $"/families/{family.Id}/meetings/new";

        var empty = await (await client.PostFormAsync(url, await client.GetPageAsync(url), ("Facilitator", ""))).ReadPageAsync();
        empty.AssertFieldError("Type", "Select what kind of meeting it is");
        empty.AssertFieldError("Date", "Enter the date of the meeting");
        empty.AssertFieldError("StartTime", "Enter the start time");
        empty.AssertFieldError("Venue", "Enter where the meeting will be held");

        var page = await client.GetPageAsync(url);
        var facilitator = page.QuerySelector("select#Facilitator option[selected]")!.GetAttribute("value")!;
        var backwards = await (await client.PostFormAsync(url, page, ("Type", "ResponsiveCircle"), ("Date.Day", "3"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "14:00"), ("EndTime", "1pm"), ("Venue", "Northmoor Family Centre"), ("Facilitator", facilitator))).ReadPageAsync();
        backwards.AssertFieldError("EndTime", "The end time must be after the start time");

        var badTime = await (await client.PostFormAsync(url, page, ("Type", "ResponsiveCircle"), ("Date.Day", "3"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "25:00"), ("Venue", "Room 1"), ("Facilitator", facilitator))).ReadPageAsync();
        badTime.AssertFieldError("StartTime", "Start time must be a real time, like 10:00 or 2pm");
    }

    [Fact]
    public async Task Circle_IsBooked_WithRoundsAgreementsAndAnInvitation_ThatSaysOnlyWhenAndWhere()
    {
        var (family, lead, _) = await SetUpAsync("circle");
        var client = await factory.SignedInClientAsync(lead);
        var url = $"/families/{family.Id}/meetings/new";
        var page = await client.GetPageAsync(url);
        var facilitator = page.QuerySelector("select#Facilitator option[selected]")!.GetAttribute("value")!;
        var booked = await client.PostFormAsync(url, page, ("Type", "ResponsiveCircle"), ("Date.Day", "3"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "10am"), ("EndTime", "11:30"), ("Venue", "Northmoor Family Centre"), ("Facilitator", facilitator));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var path = booked.Headers.Location!.OriginalString;
        var meeting = await client.GetPageAsync(path);
        Assert.Equal("Responsive circle booked for Wednesday 3 February 2027 at 10am", meeting.SuccessBanner());
        Assert.Equal("Wednesday 3 February 2027 at 10am to 11:30am", meeting.SummaryValue("When"));

        await PostAsync(client, path + "/participants/new", ("Name", "Grace Okafor"), ("Kind", "Family"), ("Role", "Mother"), ("Email", "grace@example.com"));
        await PostAsync(client, path + "/rounds/new", ("Kind", "CheckIn"), ("Prompt", "How are you arriving today?"));
        await PostAsync(client, path + "/rounds/new", ("Kind", "Closing"));
        var afterClosing = await client.PostFormAsync(path + "/rounds/new", await client.GetPageAsync(path + "/rounds/new"), ("Kind", "Discussion"));
        (await afterClosing.ReadPageAsync()).AssertFieldError("Kind", "The circle has closed. You cannot add a round after the closing");

        var early = await client.PostFormAsync(path + "/agreements/new", await client.GetPageAsync(path + "/agreements/new"), ("Who", "Daniel"), ("What", "Apologise to Mr Jones"), ("ByWhen.Day", "1"), ("ByWhen.Month", "1"), ("ByWhen.Year", "2027"));
        (await early.ReadPageAsync()).AssertFieldError("ByWhen", "The date it will be done by must be on or after the day of the meeting");
        await PostAsync(client, path + "/agreements/new", ("Who", "Daniel"), ("What", "Apologise to Mr Jones"), ("ByWhen.Day", "10"), ("ByWhen.Month", "2"), ("ByWhen.Year", "2027"));

        var email = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync(m => m.Recipient == "grace@example.com"));
        Assert.Equal("meeting-invitation", email.Template);
        Assert.DoesNotContain("circle", email.Personalisation, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Wednesday 3 February 2027 at 10am", email.Personalisation, StringComparison.Ordinal);

        var ics = await client.GetAsync(path + "?handler=Invitation");
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        var text = await ics.Content.ReadAsStringAsync();
        Assert.Contains("DTSTART:20270203T100000Z", text, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Northmoor Family Centre", text, StringComparison.Ordinal);
        Assert.Contains("Apologise", (await client.GetPageAsync(path)).QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("You are invited to a family meeting", (await client.GetPageAsync(path + "/letter")).Heading());
    }

    [Fact]
    public async Task Agreements_BecomeFamilyPlanActions_InOneStep_AndOnlyOnce()
    {
        var (family, lead, outsider) = await SetUpAsync("agreements");
        var client = await factory.SignedInClientAsync(lead);
        var url = $"/families/{family.Id}/meetings/new";
        var page = await client.GetPageAsync(url);
        var facilitator = page.QuerySelector("select#Facilitator option[selected]")!.GetAttribute("value")!;
        var path = (await client.PostFormAsync(url, page, ("Type", "ProactiveCircle"), ("Date.Day", "3"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "10am"), ("Venue", "Northmoor Family Centre"), ("Facilitator", facilitator))).Headers.Location!.OriginalString;
        await PostAsync(client, path + "/participants/new", ("Name", "Grace Okafor"), ("Kind", "Family"), ("Role", "Mother"));
        await PostAsync(client, path + "/participants/new", ("Name", "Ms Patel"), ("Kind", "Professional"), ("Role", "Class teacher"));
        await PostAsync(client, path + "/agreements/new", ("Who", "Ms Patel"), ("What", "Meet Daniel at the school gate each morning"), ("ByWhen.Day", "10"), ("ByWhen.Month", "2"), ("ByWhen.Year", "2027"));
        await PostAsync(client, path + "/agreements/new", ("Who", "Uncle Joe"), ("What", "Take Daniel to football on Saturdays"), ("ByWhen.Day", "13"), ("ByWhen.Month", "2"), ("ByWhen.Year", "2027"));

        // Someone who may not change the family cannot add them.
        var stranger = await factory.SignedInClientAsync(outsider);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync(path + "?handler=AddToPlan", await stranger.GetPageAsync("/families/new"))).StatusCode);

        var meeting = await client.GetPageAsync(path);
        var added = await client.PostFormAsync(path + "?handler=AddToPlan", meeting);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("2 agreements added to version 1 of the family plan", (await client.GetPageAsync(path)).SuccessBanner());

        var plan = await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.FamilyId == family.Id));
        var actions = plan.Draft!.Actions.OrderBy(a => a.ByWhen).ToList();
        Assert.Equal(["Meet Daniel at the school gate each morning", "Take Daniel to football on Saturdays"], actions.Select(a => a.What));
        Assert.Equal(new ActionOwner(ActionOwnerKind.ProfessionalOrService, null, "Ms Patel"), actions[0].Owner);
        Assert.Equal(new ActionOwner(ActionOwnerKind.NetworkMember, null, "Uncle Joe"), actions[1].Owner);
        Assert.Equal(new DateOnly(2027, 2, 10), actions[0].ByWhen);

        // Once in the plan, they are not added again.
        Assert.Equal("Yes", (await client.GetPageAsync(path)).QuerySelectorAll("main table tbody tr td").Last().TextContent.Trim());
        await client.PostFormAsync(path + "?handler=AddToPlan", meeting);
        Assert.Equal("Every agreement from this meeting is already in the family plan", (await client.GetPageAsync(path)).SuccessBanner());
        Assert.Equal(2, (await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.FamilyId == family.Id))).Draft!.Actions.Count);
    }

    [Fact]
    public async Task Agreements_OwnedBySomeoneWhoMustNotBeContacted_AreNotAddedToThePlan()
    {
        var (family, lead, _) = await SetUpAsync("restrictedagreements");
        var client = await factory.SignedInClientAsync(lead);
        var url = $"/families/{family.Id}/meetings/new";
        var page = await client.GetPageAsync(url);
        var facilitator = page.QuerySelector("select#Facilitator option[selected]")!.GetAttribute("value")!;
        var path = (await client.PostFormAsync(url, page, ("Type", "ProactiveCircle"), ("Date.Day", "3"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "10am"), ("Venue", "Northmoor Family Centre"), ("Facilitator", facilitator))).Headers.Location!.OriginalString;
        var person = family.Members[0].PersonId;
        var name = await factory.WithDbAsync(db => db.People.Where(p => p.Id == person).Select(p => p.DisplayName).SingleAsync());
        await PostAsync(client, path + "/participants/new", ("Name", name), ("Kind", "Family"), ("Role", "Parent"));
        await PostAsync(client, path + "/agreements/new", ("Who", name), ("What", "Collect Daniel from school on Fridays"), ("ByWhen.Day", "10"), ("ByWhen.Month", "2"), ("ByWhen.Year", "2027"));

        // After the meeting, the council learns they must not be contacted.
        await factory.WithDbAsync(async db =>
        {
            var stored = await db.FamilyCases.SingleAsync(f => f.Id == family.Id);
            Assert.True(stored.RestrictContact(person, "Risk to Daniel", "Non-molestation order", null, new DateOnly(2026, 11, 20)).Succeeded);
            return await db.SaveChangesAsync();
        });
        var added = await client.PostFormAsync(path + "?handler=AddToPlan", await client.GetPageAsync(path));

        var refused = await added.ReadPageAsync();
        Assert.Contains(refused.ErrorSummary(), e => e.StartsWith($"The agreement \"Collect Daniel from school on Fridays\" could not be added to the family plan: {name} must not be contacted", StringComparison.Ordinal));
        var plans = await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().Where(p => p.FamilyId == family.Id).ToListAsync());
        Assert.All(plans, p => Assert.Empty(p.Draft?.Actions ?? []));
    }

    [Fact]
    public async Task Conversation_IsRecordedOnOnePage_AndGoesOnTheChronology()
    {
        var (family, lead, _) = await SetUpAsync("conversation");
        var client = await factory.SignedInClientAsync(lead);
        var url = $"/families/{family.Id}/meetings/conversation";

        var empty = await (await client.PostFormAsync(url, await client.GetPageAsync(url), ("Date.Day", ""), ("Date.Month", ""), ("Date.Year", ""))).ReadPageAsync();
        empty.AssertFieldError("Date", "Enter the date of the conversation");
        empty.AssertFieldError("WhatWasSaid", "Enter what was talked about");
        empty.AssertFieldError("FamilyPeople", "Enter who took part in the conversation");

        var grace = family.Members.Single().PersonId;
        await PostAsync(client, url, ("Date.Day", "18"), ("Date.Month", "11"), ("Date.Year", "2026"), ("Time", "3:30pm"), ("FamilyPeople", grace.ToString()), ("Others", "Ms Patel, class teacher"), ("WhatWasSaid", "Grace and Ms Patel talked about Daniel's return to school."));

        var entry = await factory.WithDbAsync(db => db.ChronologyEntries.SingleAsync(e => e.FamilyCaseId == family.Id && e.Type == ChronologyEventType.Meeting));
        Assert.Equal("Restorative conversation with Grace Okafor, Ms Patel", entry.Summary);
    }

    [Fact]
    public async Task Feedback_IsAnonymous_AndShownOnlyInAggregateOnceFiveHaveAnswered()
    {
        var (family, lead, _) = await SetUpAsync("feedback");
        var client = await factory.SignedInClientAsync(lead);
        var url = $"/families/{family.Id}/meetings/conversation";
        var grace = family.Members.Single().PersonId;
        var saved = await client.PostFormAsync(url, await client.GetPageAsync(url), ("Date.Day", "18"), ("Date.Month", "11"), ("Date.Year", "2026"), ("Time", "10:00"), ("FamilyPeople", grace.ToString()), ("WhatWasSaid", "A short conversation."));
        var path = saved.Headers.Location!.OriginalString;
        var meeting = await client.GetPageAsync(path);
        var link = new Uri(meeting.QuerySelector("#feedback-heading + p + p a")!.GetAttribute("href")!).AbsolutePath;

        // The same link as a QR code, to scan in the room.
        var qr = await client.GetAsync(meeting.QuerySelector("img.app-qr-code")!.GetAttribute("src")!);
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<svg", await qr.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var participant = factory.CreateBrowserlessClient();
        var invalid = await (await participant.PostFormAsync(link, await participant.GetPageAsync(link), ("FeltListenedTo", "4"))).ReadPageAsync();
        invalid.AssertFieldError("TreatedWithRespect", "Select how far you were treated with respect, from 1 to 5");
        for (var i = 0; i < 4; i++)
        {
            await AnswerAsync(participant, link, 4);
        }

        var four = await client.GetPageAsync(path);
        Assert.Equal("Feedback is shown once at least 5 people have answered, so that no one's answers can be identified.", four.GetElementById("feedback-too-few")!.TextContent.Trim());
        Assert.Null(four.SummaryValue("Felt listened to"));

        await AnswerAsync(participant, link, 5);
        var five = await client.GetPageAsync(path);
        Assert.Equal("4.2", five.SummaryValue("Felt listened to"));
        Assert.Null(five.GetElementById("feedback-too-few"));

        Assert.Equal(HttpStatusCode.NotFound, (await participant.GetAsync("/feedback/not-a-real-token")).StatusCode);
    }

    [Fact]
    public async Task MeetingPages_ForAPractitionerInAnotherTeam_AreNotFound()
    {
        var (family, lead, outsider) = await SetUpAsync("meeting404");
        var client = await factory.SignedInClientAsync(lead);
        var url = $"/families/{family.Id}/meetings/conversation";
        var grace = family.Members.Single().PersonId;
        var path = (await client.PostFormAsync(url, await client.GetPageAsync(url), ("Date.Day", "18"), ("Date.Month", "11"), ("Date.Year", "2026"), ("Time", "10:00"), ("FamilyPeople", grace.ToString()), ("WhatWasSaid", "A short conversation."))).Headers.Location!.OriginalString;
        var other = await factory.SignedInClientAsync(outsider);

        foreach (var page in new[] { path, path + "/letter", path + "?handler=Invitation", path + "/participants/new", path + "/rounds/new", path + "/agreements/new", path + "/summary", url, $"/families/{family.Id}/meetings/new", $"/families/{family.Id}/meetings" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task Reschedule_MovesTheMeeting_AndEmailsEveryoneInvitedANewInvitation_AndTheLetterAndCalendarFileFollow()
    {
        var (family, lead, _) = await SetUpAsync("reschedule");
        var client = await factory.SignedInClientAsync(lead);
        var path = await BookCircleAsync(client, family);
        await PostAsync(client, path + "/participants/new", ("Name", "Grace Okafor"), ("Kind", "Family"), ("Role", "Mother"), ("Email", "grace.reschedule@example.com"));
        await PostAsync(client, path + "/participants/new", ("Name", "Ms Patel"), ("Kind", "Professional"), ("Role", "Class teacher"), ("Email", "patel.reschedule@example.com"));
        await PostAsync(client, path + "/participants/new", ("Name", "Uncle Joe"), ("Kind", "Network"));
        var meetingId = Guid.Parse(path.Split('/')[^1]);

        var meetingPage = await client.GetPageAsync(path);
        Assert.Contains(meetingPage.QuerySelectorAll("main a"), a => a.TextContent.Trim() == "Change date, time or venue" && a.GetAttribute("href") == path + "/reschedule");
        var form = await client.GetPageAsync(path + "/reschedule");
        Assert.Equal("Change the date, time or venue", form.Heading());
        Assert.Equal(path, form.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        Assert.Equal(["3", "2", "2027", "10:00", "11:30"], new[] { "Date.Day", "Date.Month", "Date.Year", "StartTime", "EndTime" }.Select(n => form.QuerySelector<IHtmlInputElement>($"input[name='{n}']")!.Value));
        Assert.Equal("Northmoor Family Centre", form.GetElementById("Venue")!.TextContent.Trim());

        var moved = await client.PostFormAsync(path + "/reschedule", form, ("Date.Day", "10"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "2pm"), ("EndTime", "3:30pm"), ("Venue", "Southbrook Community Hall"));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal(path, moved.Headers.Location!.OriginalString);
        var after = await client.GetPageAsync(path);
        Assert.Equal("Responsive circle is now on Wednesday 10 February 2027 at 2pm, at Southbrook Community Hall. Updated invitations will be emailed to 2 people", after.SuccessBanner());
        Assert.Equal("Wednesday 10 February 2027 at 2pm to 3:30pm", after.SummaryValue("When"));
        Assert.Equal("Southbrook Community Hall", after.SummaryValue("Where"));

        // Each person invited by email has the original invitation and a new one with the new time and place.
        var emails = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.RegardingId == meetingId.ToString()).OrderBy(m => m.CreatedAtUtc).ToListAsync());
        Assert.Equal(4, emails.Count);
        var updated = emails.Where(m => m.DeduplicationKey != null).ToList();
        Assert.Equal(["grace.reschedule@example.com", "patel.reschedule@example.com"], updated.Select(m => m.Recipient).Order());
        Assert.All(updated, m => Assert.Equal("meeting-invitation", m.Template));
        var grace = updated.Single(m => m.Recipient == "grace.reschedule@example.com");
        var personalisation = FamilyFirst.Web.Infrastructure.Notifications.NotificationOutbox.ReadPersonalisation(grace);
        Assert.Equal("Grace Okafor", personalisation["name"]);
        Assert.Equal("Wednesday 10 February 2027 at 2pm", personalisation["when"]);
        Assert.Equal("Southbrook Community Hall", personalisation["where"]);
        Assert.DoesNotContain("circle", grace.Personalisation, StringComparison.OrdinalIgnoreCase);

        var audited = await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == family.Id && a.Action == AuditAction.Change && a.RecordId == meetingId.ToString() && a.Detail == "Changed the date, time or venue; 2 updated invitations queued"));
        Assert.True(audited);
        var chronology = await factory.WithDbAsync(db => db.ChronologyEntries.Where(e => e.FamilyCaseId == family.Id && e.Type == ChronologyEventType.Meeting).Select(e => e.Summary).SingleAsync());
        Assert.Equal("Responsive circle rearranged for Wednesday 10 February 2027 at 2pm to 3:30pm at Southbrook Community Hall (was Wednesday 3 February 2027 at 10am to 11:30am at Northmoor Family Centre)", chronology);

        var ics = await (await client.GetAsync(path + "?handler=Invitation")).Content.ReadAsStringAsync();
        Assert.Contains("DTSTART:20270210T140000Z", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND:20270210T153000Z", ics, StringComparison.Ordinal);
        Assert.Contains("LOCATION:Southbrook Community Hall", ics, StringComparison.Ordinal);
        Assert.Contains("SEQUENCE:1", ics, StringComparison.Ordinal);
        var letter = await client.GetPageAsync(path + "/letter");
        Assert.Equal("Wednesday 10 February 2027 at 2pm to 3:30pm", letter.SummaryValue("When"));
        Assert.Equal("Southbrook Community Hall", letter.SummaryValue("Where"));

        // Posting the same details again changes nothing and sends nothing; moving it again sends a new invitation.
        var again = await client.GetPageAsync(path + "/reschedule");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(path + "/reschedule", again, ("Date.Day", "10"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "14:00"), ("EndTime", "15:30"), ("Venue", "Southbrook Community Hall"))).StatusCode);
        Assert.Equal("Nothing was changed. The meeting is still on Wednesday 10 February 2027 at 2pm", (await client.GetPageAsync(path)).SuccessBanner());
        Assert.Equal(4, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.RegardingId == meetingId.ToString())));
        await PostAsync(client, path + "/reschedule", ("Date.Day", "10"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "2pm"), ("EndTime", "3:30pm"), ("Venue", "Room 2, Southbrook Community Hall"));
        Assert.Equal("Responsive circle is now on Wednesday 10 February 2027 at 2pm, at Room 2, Southbrook Community Hall. Updated invitations will be emailed to 2 people", (await client.GetPageAsync(path)).SuccessBanner());
        var latest = await factory.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.RegardingId == meetingId.ToString() && m.Recipient == "grace.reschedule@example.com").OrderBy(m => m.CreatedAtUtc).ToListAsync());
        Assert.Equal(3, latest.Count);
        Assert.Equal("Room 2, Southbrook Community Hall", FamilyFirst.Web.Infrastructure.Notifications.NotificationOutbox.ReadPersonalisation(latest[^1])["where"]);
        Assert.NotEqual(latest[1].DeduplicationKey, latest[2].DeduplicationKey);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Revision).SingleAsync()));
    }

    [Fact]
    public async Task Reschedule_SentAgain_ShowsTheFirstConfirmation_AndMovesTheMeetingAndInvitesOnce()
    {
        var (family, lead, _) = await SetUpAsync("reschedule.repeat");
        var client = await factory.SignedInClientAsync(lead);
        var path = await BookCircleAsync(client, family);
        await PostAsync(client, path + "/participants/new", ("Name", "Grace Okafor"), ("Kind", "Family"), ("Email", "grace.repeat@example.com"));
        var meetingId = Guid.Parse(path.Split('/')[^1]);
        var form = await client.GetPageAsync(path + "/reschedule");
        var key = form.QuerySelector<IHtmlInputElement>($"main form input[name='{FamilyFirst.Web.Infrastructure.Security.RepeatSubmissions.FieldName}']")!.Value;
        (string, string)[] values = [("Date.Day", "10"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "2pm"), ("EndTime", "3:30pm"), ("Venue", "Southbrook Community Hall"), (FamilyFirst.Web.Infrastructure.Security.RepeatSubmissions.FieldName, key)];

        var first = await client.PostFormAsync(path + "/reschedule", form, values);
        Assert.Equal(path, first.Headers.Location!.OriginalString);
        var confirmation = (await client.GetPageAsync(path)).SuccessBanner();
        Assert.Equal("Responsive circle is now on Wednesday 10 February 2027 at 2pm, at Southbrook Community Hall. An updated invitation will be emailed to Grace Okafor", confirmation);
        var emails = await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.RegardingId == meetingId.ToString()));
        var changes = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.RecordId == meetingId.ToString() && a.Action == AuditAction.Change));

        // The response was lost; the browser sends the same form again.
        var again = await client.PostFormAsync(path + "/reschedule", form, values);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(path, again.Headers.Location!.OriginalString);
        Assert.Equal(confirmation, (await client.GetPageAsync(path)).SuccessBanner());
        Assert.Equal(emails, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.RegardingId == meetingId.ToString())));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Meetings.Where(m => m.Id == meetingId).Select(m => m.Revision).SingleAsync()));
        Assert.Equal(changes, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.RecordId == meetingId.ToString() && a.Action == AuditAction.Change)));
    }

    [Fact]
    public async Task Reschedule_WithADateThatIsNotReal_OrInThePast_ShowsTheErrorAndChangesNothing()
    {
        var (family, lead, _) = await SetUpAsync("reschedule.errors");
        var client = await factory.SignedInClientAsync(lead);
        var path = await BookCircleAsync(client, family);
        await PostAsync(client, path + "/participants/new", ("Name", "Grace Okafor"), ("Kind", "Family"), ("Email", "grace.errors@example.com"));
        var meetingId = Guid.Parse(path.Split('/')[^1]);
        var form = await client.GetPageAsync(path + "/reschedule");

        var notReal = await client.PostFormAsync(path + "/reschedule", form, ("Date.Day", "31"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "2pm"), ("Venue", "Southbrook Community Hall"));
        Assert.Equal(HttpStatusCode.OK, notReal.StatusCode);
        (await notReal.ReadPageAsync()).AssertFieldError("Date", "Date must be a real date");

        var empty = await (await client.PostFormAsync(path + "/reschedule", form, ("Date.Day", ""), ("Date.Month", ""), ("Date.Year", ""), ("StartTime", "25:00"), ("EndTime", "noon"), ("Venue", ""))).ReadPageAsync();
        empty.AssertFieldError("Date", "Enter the date of the meeting");
        empty.AssertFieldError("StartTime", "Start time must be a real time, like 10:00 or 2pm");
        empty.AssertFieldError("EndTime", "End time must be a real time, like 11:30 or 3pm");
        empty.AssertFieldError("Venue", "Enter where the meeting will be held");

        var backwards = await (await client.PostFormAsync(path + "/reschedule", form, ("Date.Day", "4"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "2pm"), ("EndTime", "1pm"), ("Venue", "Southbrook Community Hall"))).ReadPageAsync();
        backwards.AssertFieldError("EndTime", "The end time must be after the start time");

        var past = await (await client.PostFormAsync(path + "/reschedule", form, ("Date.Day", "1"), ("Date.Month", "1"), ("Date.Year", "2020"), ("StartTime", "10:00"), ("Venue", "Southbrook Community Hall"))).ReadPageAsync();
        past.AssertFieldError("Date", "The new date and time must be in the future");

        var meeting = await factory.WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId));
        Assert.Equal(new DateTimeOffset(2027, 2, 3, 10, 0, 0, TimeSpan.Zero), meeting.StartsAt);
        Assert.Equal("Northmoor Family Centre", meeting.Venue);
        Assert.Equal(0, meeting.Revision);
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.RegardingId == meetingId.ToString())));
        Assert.False(await factory.WithDbAsync(db => db.ChronologyEntries.AnyAsync(e => e.FamilyCaseId == family.Id && e.Type == ChronologyEventType.Meeting)));
    }

    [Fact]
    public async Task Reschedule_AMeetingThatHasBeenHeld_IsRefusedWithAPlainMessage()
    {
        var (family, lead, _) = await SetUpAsync("reschedule.held");
        var client = await factory.SignedInClientAsync(lead);
        var path = await BookCircleAsync(client, family);
        await PostAsync(client, path + "/participants/new", ("Name", "Grace Okafor"), ("Kind", "Family"), ("Email", "grace.held@example.com"));
        await PostAsync(client, path + "/summary", ("WhatHappened", "Everyone spoke about the mornings."));
        var meetingId = Guid.Parse(path.Split('/')[^1]);

        Assert.DoesNotContain((await client.GetPageAsync(path)).QuerySelectorAll("main a"), a => a.TextContent.Trim() == "Change date, time or venue");
        var page = await client.GetPageAsync(path + "/reschedule");
        Assert.Equal("You cannot change when or where this meeting is", page.Heading());
        Assert.Null(page.GetElementById("StartTime"));

        var posted = await client.PostFormAsync(path + "/reschedule", await client.GetPageAsync(path + "/summary"), ("Date.Day", "10"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "2pm"), ("Venue", "Southbrook Community Hall"));
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Equal(["This meeting has been held, so its date, time and venue cannot be changed"], (await posted.ReadPageAsync()).ErrorSummary());
        var meeting = await factory.WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId));
        Assert.Equal(new DateTimeOffset(2027, 2, 3, 10, 0, 0, TimeSpan.Zero), meeting.StartsAt);
        Assert.Equal("Northmoor Family Centre", meeting.Venue);
        Assert.Equal(1, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.RegardingId == meetingId.ToString())));
    }

    [Fact]
    public async Task Reschedule_ForAPractitionerInAnotherTeam_IsNotFound()
    {
        var (family, lead, outsider) = await SetUpAsync("reschedule404");
        var client = await factory.SignedInClientAsync(lead);
        var path = await BookCircleAsync(client, family);
        var other = await factory.SignedInClientAsync(outsider);

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path + "/reschedule")).StatusCode);
        var posted = await other.PostFormAsync(path + "/reschedule", await other.GetPageAsync("/families/new"), ("Date.Day", "10"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "2pm"), ("Venue", "Elsewhere"));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal("Northmoor Family Centre", await factory.WithDbAsync(db => db.Meetings.Where(m => m.FamilyId == family.Id).Select(m => m.Venue).SingleAsync()));
    }

    /// <summary>Books a responsive circle on Wednesday 3 February 2027, 10am to 11:30am, at Northmoor Family Centre; returns its path.</summary>
    private static async Task<string> BookCircleAsync(HttpClient client, FamilyCase family)
    {
        var url = $"/families/{family.Id}/meetings/new";
        var page = await client.GetPageAsync(url);
        var facilitator = page.QuerySelector("select#Facilitator option[selected]")!.GetAttribute("value")!;
        var booked = await client.PostFormAsync(url, page, ("Type", "ResponsiveCircle"), ("Date.Day", "3"), ("Date.Month", "2"), ("Date.Year", "2027"), ("StartTime", "10am"), ("EndTime", "11:30"), ("Venue", "Northmoor Family Centre"), ("Facilitator", facilitator));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        return booked.Headers.Location!.OriginalString;
    }

    private static async Task AnswerAsync(HttpClient participant, string link, int felt)
    {
        var response = await participant.PostFormAsync(link, await participant.GetPageAsync(link), ("FeltListenedTo", felt.ToString()), ("TreatedWithRespect", "5"), ("HadASay", "4"), ("PlanFeelsLikeOurs", "3"), ("Comments", "Thank you"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static async Task PostAsync(HttpClient client, string url, params (string, string)[] values)
    {
        var response = await client.PostFormAsync(url, await client.GetPageAsync(url), values);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var refused = await response.ReadPageAsync();
            Assert.Fail($"{url} was refused ({response.StatusCode}): {string.Join(" | ", refused.ErrorSummary())} {refused.QuerySelector("main")?.InnerHtml}");
        }
    }
}
