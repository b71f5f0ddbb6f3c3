using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Tests.Plans;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>
/// A person who must not be contacted is refused on every form that reaches them (conference invitation and letter,
/// meeting invitation, online access, plan action owner, plan lead), nothing changes, and only a manager can allow
/// contact, with a reason that is audited and shown where they are listed.
/// </summary>
public class ContactRestrictionPagesTests(FamilyFirstFactory factory) : IClassFixture<FamilyFirstFactory>
{
    private const string Refusal = "A manager can allow contact by recording why";
    private static readonly DateOnly RecordedOn = new(2026, 11, 20);

    private async Task<(PlanTeam Team, Guid DeanId, Guid LeeId)> SetUpAsync(string name)
    {
        var team = await PlanTeam.CreateAsync(factory, name);
        var leeId = team.Family.Members.Single(m => m.Role == FamilyRole.Parent && m.PersonId != team.Family.Members[0].PersonId).PersonId;
        var deanId = await factory.WithDbAsync(async db =>
        {
            var family = await db.FamilyCases.SingleAsync(f => f.Id == team.Family.Id);
            Assert.True(family.RestrictContact(leeId, "Lee lives in a refuge; no contact from the service without the refuge worker", null, null, RecordedOn).Succeeded);
            var dean = NetworkMember.Add(team.Family.Id, "Dean Smith", "the children's father", isFriend: false).Value!;
            Assert.True(dean.RestrictContact("Violence towards the children's mother", "Non-molestation order", new DateOnly(2030, 6, 30), RecordedOn).Succeeded);
            db.NetworkMembers.Add(dean);
            db.NetworkMembers.Add(NetworkMember.Add(team.Family.Id, "Rose Smith", "maternal grandmother", isFriend: false).Value!);
            db.Consents.Add(FamilyFirst.Domain.Families.Consent.Record(team.Family.Id, leeId, ConsentType.WorkingWithService, null, RecordedOn, ConsentMethod.Written, team.PractitionerId, RecordedOn, FamilyTestData.Now).Value!);
            await db.SaveChangesAsync();
            return dean.Id;
        });
        return (team, deanId, leeId);
    }

    [Fact]
    public async Task PlanAction_OwnedByARestrictedNetworkMember_IsRefused_AndTheActionIsNotAdded()
    {
        var (team, _, _) = await SetUpAsync("Restricted owner");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        await client.CreatePlanAsync(team.PlanPath);

        var form = await client.GetPageAsync($"{team.PlanPath}/actions");
        Assert.Contains("Must not be contacted: Non-molestation order until 30 June 2030", form.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var response = await client.AddActionAsync(team.PlanPath, "Dad picks the children up on Fridays", ownerLabel: "Dean Smith");

        var page = await response.ReadPageAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            $"Dean Smith must not be contacted (Non-molestation order until 30 June 2030: Violence towards the children's mother), so they cannot be named as the owner of a plan action. {Refusal}",
            page.FieldError("Input_Owner"));
        var plan = await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.FamilyId == team.Family.Id));
        Assert.Empty(plan.Draft!.Actions);
    }

    [Fact]
    public async Task PlanLead_WhoMustNotBeContacted_IsRefused_AndTheLeadIsUnchanged()
    {
        var (team, _, _) = await SetUpAsync("Restricted lead");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        await client.CreatePlanAsync(team.PlanPath);

        var form = await client.GetPageAsync($"{team.PlanPath}/details");
        var values = new List<(string, string)>
        {
            ("Revision", form.Revision()),
            ("Input.ContingencyPlan", "We ring Gran"),
            ("Input.PlanLead", form.ChoiceValue("Input.PlanLead", "Lee")),
        };
        values.AddRange(PlanForms.Date("Input.ReviewBy", new DateOnly(2030, 3, 1)));
        var response = await client.PostFormAsync($"{team.PlanPath}/details", form, values.ToArray());

        Assert.EndsWith($"so they cannot be named as the plan lead. {Refusal}", (await response.ReadPageAsync()).FieldError("Input_PlanLead"), StringComparison.Ordinal);
        var plan = await factory.WithDbAsync(db => db.FamilyPlans.AsNoTracking().SingleAsync(p => p.FamilyId == team.Family.Id));
        Assert.Null(plan.Draft!.PlanLeadFamilyMemberId);
        Assert.Null(plan.Draft.ContingencyPlan);
    }

    [Fact]
    public async Task OnlineAccess_ForARestrictedHouseholdMember_IsRefused_AndNoInvitationIsSent()
    {
        var (team, _, leeId) = await SetUpAsync("Restricted online");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var url = $"/families/{team.Family.Id}/family-view/invite";

        var response = await client.PostFormAsync(url, await client.GetPageAsync(url), ("Invitee", $"family:{leeId:D}"), ("Contact", "lee@example.com"));

        Assert.EndsWith($"so they cannot be given online access to the family's plan. {Refusal}", (await response.ReadPageAsync()).FieldError("Invitee"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.FamilyMemberAccesses.AnyAsync(a => a.FamilyCaseId == team.Family.Id)));
        Assert.False(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(n => n.Recipient == "lee@example.com")));
    }

    [Fact]
    public async Task MeetingInvitation_ForARestrictedPersonTypedInByName_IsRefused_AndNoOneIsAdded()
    {
        var (team, _, _) = await SetUpAsync("Restricted meeting");
        var meetingId = await factory.WithDbAsync(async db =>
        {
            var meeting = Meeting.Schedule(team.Family.Id, MeetingType.ResponsiveCircle, DateTimeOffset.UtcNow.AddDays(7), null, "Riverside Family Hub", team.PractitionerId.ToString()).Value!;
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync();
            return meeting.Id;
        });
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var url = $"/families/{team.Family.Id}/meetings/{meetingId}/participants/new";

        var response = await client.PostFormAsync(url, await client.GetPageAsync(url), ("Name", "Dean Smith"), ("Kind", "Family"), ("Email", "dean@example.com"));

        Assert.EndsWith($"so they cannot be invited to the meeting. {Refusal}", (await response.ReadPageAsync()).FieldError("Name"), StringComparison.Ordinal);
        var meeting = await factory.WithDbAsync(db => db.Meetings.AsNoTracking().SingleAsync(m => m.Id == meetingId));
        Assert.Empty(meeting.Participants);
        Assert.False(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(n => n.Recipient == "dean@example.com")));
    }

    [Fact]
    public async Task ConferenceInvitation_AndLetter_AreRefused_UntilAManagerAllowsContactWithAReason()
    {
        var (team, deanId, _) = await SetUpAsync("Restricted conference");
        var conferenceId = await factory.WithDbAsync(async db =>
        {
            var conference = FamilyGroupConference.Refer(
                team.Family.Id,
                team.PractitionerId.ToString(),
                new FamilyFirst.Domain.Conferences.Consent("Dana", null, true, RecordedOn, true, true),
                ["Arguments at home"],
                ["Who will the children go to?"],
                [],
                FamilyTestData.Now).Value!;
            Assert.True(conference.AllocateCoordinator(team.ManagerId.ToString("D"), new CaseInvolvement(team.PractitionerId.ToString()), FamilyTestData.Now, team.PractitionerId.ToString()).Succeeded);
            Assert.True(conference.AddToInvitationList("Dean Smith", ParticipantKind.Family, "father", null, deanId).Succeeded);
            db.FamilyGroupConferences.Add(conference);
            await db.SaveChangesAsync();
            return conference.Id;
        });
        var invitationId = (await LoadAsync(conferenceId)).Invitations.Single().Id;
        var path = $"/families/{team.Family.Id}/conferences/{conferenceId}";
        var practitioner = await factory.SignedInClientAsync(team.Practitioner);

        // The invitation list warns, the invitation and the letter are refused, and nothing changes.
        var summary = await practitioner.GetPageAsync(path);
        Assert.Contains("Must not be contacted", summary.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        var refused = await practitioner.PostFormAsync($"{path}/invitations/{invitationId}", await practitioner.GetPageAsync($"{path}/invitations/{invitationId}"), ("Status", "Invited"));
        Assert.EndsWith($"so they cannot be invited to the conference. {Refusal}", (await refused.ReadPageAsync()).FieldError("Status"), StringComparison.Ordinal);
        Assert.Equal(InvitationStatus.ToInvite, await StatusAsync(conferenceId));
        var letter = await practitioner.GetPageAsync($"{path}/invitations/{invitationId}/letter");
        Assert.Equal("No letter can be sent to Dean Smith", letter.Heading());
        Assert.DoesNotContain("Dear Dean Smith", letter.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // Only a manager can allow contact: a practitioner is refused.
        var memberUrl = $"/families/{team.Family.Id}/network/{deanId}";
        var memberPage = await practitioner.GetPageAsync(memberUrl);
        Assert.Contains("Only a manager can allow contact with Dean Smith.", memberPage.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var notManager = await practitioner.PostFormAsync($"{memberUrl}?handler=Override", memberPage, ("OverrideReason", "I think it is fine"));
        Assert.Equal(["Only a manager can allow contact with someone who must not be contacted"], (await notManager.ReadPageAsync()).ErrorSummary());
        Assert.Null((await factory.WithDbAsync(db => db.NetworkMembers.AsNoTracking().SingleAsync(n => n.Id == deanId))).ContactOverrideReason);

        // A manager must give a reason; with one, contact is allowed, audited and shown.
        var manager = await factory.SignedInClientAsync(team.Manager);
        var managerPage = await manager.GetPageAsync(memberUrl);
        var noReason = await manager.PostFormAsync($"{memberUrl}?handler=Override", managerPage, ("OverrideReason", " "), ("Contact.MayBeContacted", "no"));
        Assert.Equal("Enter why contact is allowed despite the restriction", (await noReason.ReadPageAsync()).FieldError("OverrideReason"));
        var allowed = await manager.PostFormAsync($"{memberUrl}?handler=Override", managerPage, ("OverrideReason", "Agreed at the strategy meeting: the letter goes through the contact centre"));
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == team.Family.Id && a.Action == AuditAction.Change && a.RecordId == deanId.ToString() && a.Detail == "Manager allowed contact despite the restriction: Agreed at the strategy meeting: the letter goes through the contact centre")));
        var network = await manager.GetPageAsync($"/families/{team.Family.Id}/network");
        Assert.Contains("Contact allowed by a manager", network.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Agreed at the strategy meeting", (await practitioner.GetPageAsync(path)).QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        var invited = await practitioner.PostFormAsync($"{path}/invitations/{invitationId}", await practitioner.GetPageAsync($"{path}/invitations/{invitationId}"), ("Status", "Invited"));
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Equal(InvitationStatus.Invited, await StatusAsync(conferenceId));
    }

    [Fact]
    public async Task NetworkMember_RecordedWithAnOrderThatEndsInThePast_IsRefused()
    {
        var (team, _, _) = await SetUpAsync("Restricted network form");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var url = $"/families/{team.Family.Id}/network";

        var response = await client.PostFormAsync(
            url,
            await client.GetPageAsync(url),
            ("Name", "Wayne Smith"),
            ("RelationshipToFamily", "uncle"),
            ("Kind", "relative"),
            ("Contact.MayBeContacted", "no"),
            ("Contact.NotToBeContactedReason", "Threatened the family"),
            ("Contact.ContactOrder", "Restraining order"),
            ("Contact.ContactOrderEndsOn.Day", "1"),
            ("Contact.ContactOrderEndsOn.Month", "1"),
            ("Contact.ContactOrderEndsOn.Year", "2020"));

        Assert.Equal("The date the order ends must be today or in the future", (await response.ReadPageAsync()).FieldError("Contact_ContactOrderEndsOn"));
        Assert.False(await factory.WithDbAsync(db => db.NetworkMembers.AnyAsync(n => n.FamilyCaseId == team.Family.Id && n.Name == "Wayne Smith")));
    }

    [Fact]
    public async Task HouseholdMember_RestrictionRecordedOnItsOwnPage_IsListedWithATag_AndStopsOnlineAccess()
    {
        var (team, _, leeId) = await SetUpAsync("Restriction page");
        var client = await factory.SignedInClientAsync(team.Practitioner);
        var lee = await factory.WithDbAsync(db => db.People.Where(p => p.Id == leeId).Select(p => p.DisplayName).SingleAsync());
        var personPath = $"/families/{team.Family.Id}/people/{leeId}";
        var url = $"{personPath}/contact-restriction";
        Assert.Contains((await client.GetPageAsync(personPath)).QuerySelectorAll("a"), a => a.GetAttribute("href") == url);

        // Lifted (recorded in error), then recorded again with the order behind it.
        var page = await client.GetPageAsync(url);
        var lifted = await client.PostFormAsync($"{url}?handler=Lift", page);
        Assert.Equal(HttpStatusCode.Redirect, lifted.StatusCode);
        Assert.Equal($"{lee} may be contacted again", (await client.GetPageAsync(personPath)).SuccessBanner());
        Assert.Null(await RestrictionAsync(team.Family.Id, leeId));

        page = await client.GetPageAsync(url);
        var empty = await (await client.PostFormAsync(url, page, ("Reason", " "))).ReadPageAsync();
        Assert.Equal("Enter why this person must not be contacted", empty.FieldError("Reason"));
        var endWithoutOrder = await (await client.PostFormAsync(url, page, ("Reason", "Risk to the children"), ("OrderEndsOn.Day", "1"), ("OrderEndsOn.Month", "1"), ("OrderEndsOn.Year", "2031"))).ReadPageAsync();
        Assert.Equal("Enter the order that ends on this date, or leave the end date blank", endWithoutOrder.FieldError("Order"));
        var endedOrder = await (await client.PostFormAsync(url, page, ("Reason", "Risk to the children"), ("Order", "Non-molestation order"), ("OrderEndsOn.Day", "1"), ("OrderEndsOn.Month", "1"), ("OrderEndsOn.Year", "2020"))).ReadPageAsync();
        Assert.Equal("The date the order ends must be today or in the future", endedOrder.FieldError("OrderEndsOn"));
        Assert.Null(await RestrictionAsync(team.Family.Id, leeId));

        var recorded = await client.PostFormAsync(url, page, ("Reason", "Risk to the children"), ("Order", "Non-molestation order"), ("OrderEndsOn.Day", "30"), ("OrderEndsOn.Month", "6"), ("OrderEndsOn.Year", "2031"));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal($"{lee} must not be contacted. This is shown wherever they appear", (await client.GetPageAsync(personPath)).SuccessBanner());
        Assert.Equal("Non-molestation order until 30 June 2031: Risk to the children", (await RestrictionAsync(team.Family.Id, leeId))!.Describe());
        Assert.True(await factory.WithDbAsync(db => db.ChronologyEntries.AnyAsync(e => e.FamilyCaseId == team.Family.Id && e.Summary == $"{lee} must not be contacted: Non-molestation order until 30 June 2031: Risk to the children")));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == team.Family.Id && a.Action == AuditAction.Change && a.Detail!.StartsWith("Contact restriction recorded for person "))));
        var family = await client.GetPageAsync($"/families/{team.Family.Id}");
        Assert.Contains("Must not be contacted", family.QuerySelector("main table")!.TextContent, StringComparison.Ordinal);

        // What the page recorded is what every way of reaching them asks: online access is refused.
        var inviteUrl = $"/families/{team.Family.Id}/family-view/invite";
        var invite = await client.PostFormAsync(inviteUrl, await client.GetPageAsync(inviteUrl), ("Invitee", $"family:{leeId:D}"), ("Contact", "lee@example.com"));
        Assert.EndsWith($"so they cannot be given online access to the family's plan. {Refusal}", (await invite.ReadPageAsync()).FieldError("Invitee"), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.FamilyMemberAccesses.AnyAsync(a => a.PersonId == leeId)));
    }

    [Fact]
    public async Task HouseholdMember_OnlyAManagerAllowsContact_WithAReason_ShownOnTheirPage()
    {
        var (team, _, leeId) = await SetUpAsync("Restriction override page");
        var url = $"/families/{team.Family.Id}/people/{leeId}/contact-restriction";
        var practitioner = await factory.SignedInClientAsync(team.Practitioner);
        var page = await practitioner.GetPageAsync(url);
        Assert.Contains("Only a manager can allow contact with", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var refused = await practitioner.PostFormAsync($"{url}?handler=Override", page, ("OverrideReason", "I think it is fine"));

        Assert.Equal(["Only a manager can allow contact with someone who must not be contacted"], (await refused.ReadPageAsync()).ErrorSummary());
        Assert.Null((await RestrictionAsync(team.Family.Id, leeId))!.Override);

        var manager = await factory.SignedInClientAsync(team.Manager);
        var managerPage = await manager.GetPageAsync(url);
        Assert.Equal("Enter why contact is allowed despite the restriction", (await (await manager.PostFormAsync($"{url}?handler=Override", managerPage, ("OverrideReason", " "))).ReadPageAsync()).FieldError("OverrideReason"));
        var allowed = await manager.PostFormAsync($"{url}?handler=Override", managerPage, ("OverrideReason", "The refuge worker will be present"));

        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.Equal("The refuge worker will be present", (await RestrictionAsync(team.Family.Id, leeId))!.Override!.Reason);
        var person = await practitioner.GetPageAsync($"/families/{team.Family.Id}/people/{leeId}");
        Assert.Contains("Contact allowed by a manager", person.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.FamilyCaseId == team.Family.Id && a.Detail!.EndsWith("The refuge worker will be present"))));
    }

    private Task<ContactRestriction?> RestrictionAsync(Guid familyId, Guid personId) =>
        factory.WithDbAsync(async db => (await db.FamilyCases.AsNoTracking().SingleAsync(f => f.Id == familyId)).RestrictionOf(personId));

    private async Task<InvitationStatus> StatusAsync(Guid conferenceId) => (await LoadAsync(conferenceId)).Invitations.Single().Status;

    private Task<FamilyGroupConference> LoadAsync(Guid conferenceId) =>
        factory.WithDbAsync(db => db.FamilyGroupConferences.AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == conferenceId));
}
