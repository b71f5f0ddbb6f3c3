using System.Globalization;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Web.Data;
using FamilyFirst.Web.Infrastructure.Access;
using CaseInvolvement = FamilyFirst.Domain.Conferences.CaseInvolvement;
using FamilyGroupConference = FamilyFirst.Domain.Conferences.FamilyGroupConference;
using OfferMethod = FamilyFirst.Domain.Conferences.OfferMethod;
using PreProceedingsOffer = FamilyFirst.Domain.Conferences.PreProceedingsOffer;

namespace FamilyFirst.Web.Tests.Families;

/// <summary>Teams, staff in them, and families built through the domain, for the family record tests.</summary>
public static class FamilyTestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 10, 0, 0, TimeSpan.Zero);

    public static async Task<Guid> CreateTeamAsync(this FamilyFirstFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var team = new Team { Id = Guid.NewGuid(), Name = name };
        db.Teams.Add(team);
        await db.SaveChangesAsync();
        return team.Id;
    }

    /// <summary>Creates a member of staff in the teams given and returns their domain user id.</summary>
    public static async Task<Guid> CreateStaffAsync(this FamilyFirstFactory factory, string email, string role, params Guid[] teamIds) =>
        await factory.CreateStaffAsync(email, [role], teamIds);

    public static async Task<Guid> CreateStaffAsync(this FamilyFirstFactory factory, string email, string[] roles, Guid[] teamIds)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await StaffAccounts.CreateAsync(scope.ServiceProvider, email, DisplayName(email), roles, teamIds, FamilyFirstFactory.Password);
        Assert.True(result.Succeeded, string.Join(' ', result.Errors.Select(e => e.Description)));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return StaffIds.FromUserKey(db.Users.Single(u => u.Email == email).Id);
    }

    /// <summary>"north.practitioner@test" becomes "North Practitioner".</summary>
    public static string DisplayName(string email) =>
        string.Join(' ', email.Split('@')[0].Split('.').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Opens a family allocated to the practitioner and team, optionally with people, and saves it.</summary>
    public static async Task<FamilyCase> CreateFamilyAsync(this FamilyFirstFactory factory, string name, Guid practitionerId, Guid teamId, Action<FamilyCase>? configure = null, params (string Given, string Family, DateOnly Born, FamilyRole Role)[] people)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var family = FamilyCase.Open(FamilyCaseReference.Generate(Random.Shared), name, "Test reason for involvement", practitionerId, Now).Value!;
        Assert.True(family.Allocate(practitionerId, teamId, practitionerId, Now).Succeeded);
        foreach (var (given, familyName, born, role) in people)
        {
            var person = Person.Create(new PersonDetails(given, familyName, born, null, Gender.NotKnown), DuplicateCheckOutcome.NoLikelyMatches, practitionerId, DateOnly.FromDateTime(Now.UtcDateTime), Now).Value!;
            db.People.Add(person);
            family.AddMember(person.Id, role, DateOnly.FromDateTime(Now.UtcDateTime));
        }

        configure?.Invoke(family);
        db.FamilyCases.Add(family);
        await db.SaveChangesAsync();
        return family;
    }

    public static async Task<T> WithDbAsync<T>(this FamilyFirstFactory factory, Func<AppDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static async Task<HttpClient> SignedInClientAsync(this FamilyFirstFactory factory, string email)
    {
        var client = factory.CreateBrowserlessClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>
    /// One of every record a family page can show (a case note, consent, network member, bottom line, agreed plan with a
    /// draft open, meeting with a participant, conference with its coordinator and an invitation, pre-proceedings offer,
    /// relationship), saved; returns a value for every route parameter of the family's pages.
    /// </summary>
    public static async Task<Dictionary<string, string>> AddOneOfEveryRecordAsync(this FamilyFirstFactory factory, FamilyCase family, Guid lead, Guid manager, Guid coordinator)
    {
        return await factory.WithDbAsync(async db =>
        {
            var personId = family.Members[0].PersonId;
            var note = CaseNote.Write(family.Id, CaseNoteType.Visit, new DateOnly(2026, 11, 1), "A visit", lead, new DateOnly(2026, 11, 20), FamilyTestData.Now).Value!;
            var consent = Consent.Record(family.Id, personId, ConsentType.WorkingWithService, null, new DateOnly(2026, 11, 1), ConsentMethod.Verbal, lead, new DateOnly(2026, 11, 20), FamilyTestData.Now).Value!;
            var member = NetworkMember.Add(family.Id, "Gran Route", "Grandmother", false).Value!;
            var line = BottomLine.Write(family.Id, "Ada is never left alone with Uncle Route", lead, FamilyTestData.Now).Value!;
            // An agreed plan (for its review and version pages) with a new draft open (for its editing pages).
            var ben = family.Members[1].PersonId;
            var plan = FamilyPlan.StartDirect(family.Id, lead, FamilyTestData.Now);
            Assert.True(plan.AddAction(new PlanActionDetails("Ben will walk Ada to school", new ActionOwner(ActionOwnerKind.FamilyMember, ben, null), new DateOnly(2026, 12, 1), new ActionChecker(null, "School"), null, line.Id)).Succeeded);
            Assert.True(plan.UpdateDetails("Gran Route will have Ada", null, ben, "A family meeting", new DateOnly(2027, 1, 1)).Succeeded);
            Assert.True(plan.Agree([ben], "Agreed", [line], null, manager, FamilyTestData.Now).Succeeded);
            Assert.True(plan.StartRevision().Succeeded);
            var meeting = Meeting.Schedule(family.Id, MeetingType.ProactiveCircle, FamilyTestData.Now.AddDays(7), null, "Route Family Hub", StaffIds.ToUserKey(lead)).Value!;
            var participant = meeting.AddParticipant(new NewParticipant("Ben Route", ParticipantKind.Family, family.Members[1].PersonId)).Value!;
            var conference = FamilyGroupConference.Refer(
                family.Id,
                StaffIds.ToUserKey(lead),
                new FamilyFirst.Domain.Conferences.Consent("Ben Route", family.Members[1].PersonId, true, new DateOnly(2026, 11, 1), true, true),
                ["Ada is missing school"],
                ["How will Ada get to school every day?"],
                [line.Id],
                FamilyTestData.Now).Value!;
            Assert.True(conference.AllocateCoordinator(StaffIds.ToUserKey(coordinator), new CaseInvolvement(StaffIds.ToUserKey(lead), [StaffIds.ToUserKey(manager)]), FamilyTestData.Now, StaffIds.ToUserKey(manager)).Succeeded);
            var invitation = conference.AddToInvitationList("Gran Route", ParticipantKind.Family, "grandmother", null).Value!;
            var offer = PreProceedingsOffer.Record(family.Id, new DateOnly(2026, 11, 1), OfferMethod.Letter, new DateOnly(2026, 11, 20)).Value!;
            var relationship = Relationship.Record(personId, family.Members[1].PersonId, RelationshipType.ChildOf, lead, FamilyTestData.Now).Value!;
            var need = FamilyFirst.Domain.Outcomes.SupportingFamilies.RecordedNeed.Record(
                family.Id, FamilyFirst.Domain.Outcomes.SupportingFamilies.HeadlineOutcome.Housing, "rent-arrears", null, "Housing officer", "housing-records", null,
                new DateOnly(2026, 11, 1), FamilyFirst.Domain.Outcomes.SupportingFamilies.SupportingFamiliesFramework.National, lead, new DateOnly(2026, 11, 20), FamilyTestData.Now).Value!;
            db.AddRange(note, consent, member, line, plan, meeting, conference, offer, relationship, need);
            await db.SaveChangesAsync();
            return new Dictionary<string, string>
            {
                ["id"] = family.Id.ToString(),
                ["personId"] = personId.ToString(),
                ["noteId"] = note.Id.ToString(),
                ["consentId"] = consent.Id.ToString(),
                ["memberId"] = member.Id.ToString(),
                ["lineId"] = line.Id.ToString(),
                ["version"] = plan.CurrentVersion!.Number.ToString(CultureInfo.InvariantCulture),
                ["actionKey"] = string.Empty,
                ["meetingId"] = meeting.Id.ToString(),
                ["participantId"] = participant.Id.ToString(),
                ["conferenceId"] = conference.Id.ToString(),
                ["invitationId"] = invitation.Id.ToString(),
                ["ending"] = "withdraw",
                ["offerId"] = offer.Id.ToString(),
                ["relationshipId"] = relationship.Id.ToString(),
                ["needId"] = need.Id.ToString(),
            };
        });
    }
}
