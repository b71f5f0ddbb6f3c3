using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Web.Infrastructure.Access;
using FamilyFirst.Web.Pages.Families;

namespace FamilyFirst.Web.Infrastructure.Demo;

/// <summary>
/// Demo meetings and a Family Group Conference in preparation, built through the domain: a responsive
/// circle with the Hughes family, a restorative conversation with the Rivers family, and the Okafor
/// family's conference with its coordinator allocated and the invitation list under way. Each is added
/// once: a family that already has meetings or conferences is left alone.
/// </summary>
public static class DemoMeetings
{
    public static async Task SeedAsync(AppDbContext db, TimeProvider time)
    {
        var users = await db.Users.ToDictionaryAsync(u => u.Email!, u => StaffIds.FromUserKey(u.Id));
        var families = await db.FamilyCases.Where(f => f.Reference.StartsWith("FAM-DEM")).ToDictionaryAsync(f => f.Reference);
        if (!users.TryGetValue("practitioner@demo.familyfirst.test", out var priya)
            || !users.TryGetValue("practitioner.south@demo.familyfirst.test", out var sam)
            || !users.TryGetValue("coordinator@demo.familyfirst.test", out var casey))
        {
            return;
        }

        var now = time.GetUtcNow();
        var today = time.Today;

        if (families.TryGetValue(DemoFamilies.HughesReference, out var hughes) && !await db.Meetings.AnyAsync(m => m.FamilyId == hughes.Id))
        {
            var heldOn = today.AddDays(-30);
            var circle = Check(Meeting.Schedule(hughes.Id, MeetingType.ResponsiveCircle, time.ToInstant(heldOn, new TimeOnly(16, 0)), time.ToInstant(heldOn, new TimeOnly(17, 30)), "Southbrook Community Hall", StaffIds.ToUserKey(sam)));
            Check(circle.AddParticipant(new NewParticipant("Tom Hughes", ParticipantKind.Family, null, "Father")));
            Check(circle.AddParticipant(new NewParticipant("Callum Hughes", ParticipantKind.Family, null, "Son")));
            Check(circle.AddParticipant(new NewParticipant("PC Dana Reid", ParticipantKind.Professional, null, "Neighbourhood officer")));
            Check(circle.AddRound(CircleRoundKind.CheckIn, "How are you arriving today?", "Everyone spoke; Callum passed the first time round."));
            Check(circle.AddRound(CircleRoundKind.Discussion, "What happened?", "Callum described the night the bus shelter was damaged."));
            Check(circle.AddRound(CircleRoundKind.CheckOut, "What will you take away from today?", null));
            Check(circle.AddAgreement("Callum Hughes", null, "Help the council team repair the bus shelter", heldOn.AddDays(21), time.LocalTimeZone));
            Check(circle.RecordSummary("A responsive circle after the damage to the bus shelter. Callum listened to how it affected older residents and offered to help repair it."));
            foreach (var participant in circle.Participants)
            {
                Check(circle.RecordAttendance(participant.Id, Attendance.Attended));
            }

            db.Meetings.Add(circle);
            db.FeedbackLinks.Add(FeedbackLink.For(circle.Id, hughes.Id));
            Chronology.Add(db, hughes.Id, ChronologyEventType.Meeting, heldOn, "Responsive circle held", sam, now, nameof(Meeting), circle.Id);
        }

        if (families.TryGetValue(DemoFamilies.RiversReference, out var rivers) && !await db.Meetings.AnyAsync(m => m.FamilyId == rivers.Id))
        {
            var heldOn = today.AddDays(-12);
            var conversation = Check(Meeting.RecordConversation(rivers.Id, time.ToInstant(heldOn, new TimeOnly(15, 30)), now, StaffIds.ToUserKey(priya),
                [new NewParticipant("Jade Rivers", ParticipantKind.Family, null, "Mother"), new NewParticipant("Kai Rivers", ParticipantKind.Family, null, "Son")],
                "Kai said mornings feel rushed and he hates arriving late. Jade and Kai agreed to lay out his uniform the night before."));
            Check(conversation.AddAgreement("Kai Rivers", null, "Lay out his uniform the night before school", heldOn.AddDays(7), time.LocalTimeZone));
            db.Meetings.Add(conversation);
            db.FeedbackLinks.Add(FeedbackLink.For(conversation.Id, rivers.Id));
            Chronology.Add(db, rivers.Id, ChronologyEventType.Meeting, heldOn, "Restorative conversation with Jade Rivers, Kai Rivers", priya, now, nameof(Meeting), conversation.Id);
        }

        if (families.TryGetValue(DemoFamilies.OkaforReference, out var okafor) && !await db.FamilyGroupConferences.AnyAsync(c => c.FamilyId == okafor.Id))
        {
            var referredAt = now.AddDays(-20);
            var referrer = StaffIds.ToUserKey(priya);
            var consent = new Domain.Conferences.Consent("Grace Okafor", null, true, today.AddDays(-20), true, true);
            var conference = Check(FamilyGroupConference.Refer(okafor.Id, referrer, consent,
                ["Daniel has been excluded twice this term for fighting", "Grace is caring for both children alone and is exhausted"],
                ["How will the family support Daniel to stay in school?", "Who can give Grace a break each week?"],
                [], time.ToCouncilTime(referredAt)));
            var lead = okafor.LeadPractitionerId is { } l ? StaffIds.ToUserKey(l) : referrer;
            Check(conference.AllocateCoordinator(StaffIds.ToUserKey(casey), new CaseInvolvement(lead), time.ToCouncilTime(referredAt.AddDays(2)), referrer));
            var grace = Check(conference.AddToInvitationList("Grace Okafor", ParticipantKind.Family, "Mother", null));
            Check(conference.RecordNeeds(grace.Id, new ParticipationNeeds("Yoruba", null, true, false)));
            Check(conference.InviteToConference(grace.Id, Domain.Families.FamilyContacts.None, today));
            Check(conference.RecordInvitationAccepted(grace.Id, Domain.Families.FamilyContacts.None, today));
            var pastor = Check(conference.AddToInvitationList("Pastor James Ade", ParticipantKind.Network, "Church minister", null));
            Check(conference.InviteToConference(pastor.Id, Domain.Families.FamilyContacts.None, today));
            Check(conference.AddToInvitationList("Mr Adeyemi", ParticipantKind.Professional, "Head of year, Northmoor Academy", null));
            Check(conference.RecordChildParticipation("Daniel Okafor", null, ChildParticipationWay.AdvocateSpeaksForThem, "Ruth Advocate"));
            Check(conference.SetDateAndVenue(time.ToInstant(today.AddDays(12), new TimeOnly(10, 0)), "Northmoor Family Centre, Room 2", time.ToCouncilTime(referredAt.AddDays(5))));
            db.FamilyGroupConferences.Add(conference);
            Chronology.Add(db, okafor.Id, ChronologyEventType.Conference, today.AddDays(-20), "Referred for a Family Group Conference. Consent given by Grace Okafor", priya, now, nameof(FamilyGroupConference), conference.Id);
            Chronology.Add(db, okafor.Id, ChronologyEventType.Conference, today.AddDays(-18), "Family Group Conference coordinator allocated: Casey Coordinator", priya, now, nameof(FamilyGroupConference), conference.Id);
        }

        await db.SaveChangesAsync();
    }

    private static void Check(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo data: {result.Error}");
        }
    }

    private static T Check<T>(Result<T> result) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException($"Demo data: {result.Error}");
}
