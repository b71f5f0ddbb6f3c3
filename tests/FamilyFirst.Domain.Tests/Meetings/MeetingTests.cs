using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Meetings;

namespace FamilyFirst.Domain.Tests.Meetings;

public class MeetingTests
{
    private static readonly Guid FamilyId = Guid.Parse("6a1f0c2e-0000-4000-8000-000000000001");
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly DateTimeOffset TenAm = new(2026, 6, 10, 10, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset BookedAt = new(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(1));

    private static Meeting Circle(MeetingType type = MeetingType.ResponsiveCircle) =>
        Meeting.Schedule(FamilyId, type, TenAm, TenAm.AddHours(1), "Riverside Family Hub", "keeper-1").Value!;

    [Fact]
    public void Schedule_WithAllDetails_RecordsThem()
    {
        var result = Meeting.Schedule(FamilyId, MeetingType.RestorativeConference, TenAm, TenAm.AddHours(2), " Riverside Family Hub ", "staff-7");

        Assert.True(result.Succeeded);
        var meeting = result.Value!;
        Assert.Equal(FamilyId, meeting.FamilyId);
        Assert.Equal(MeetingType.RestorativeConference, meeting.Type);
        Assert.Equal(TenAm, meeting.StartsAt);
        Assert.Equal(TenAm.AddHours(2), meeting.EndsAt);
        Assert.Equal("Riverside Family Hub", meeting.Venue);
        Assert.Equal("staff-7", meeting.FacilitatorUserId);
        Assert.Equal(new DateOnly(2026, 6, 10), meeting.DayIn(London));
    }

    [Fact]
    public void Schedule_WithoutFacilitator_IsRefused()
    {
        var result = Meeting.Schedule(FamilyId, MeetingType.ProfessionalsMeeting, TenAm, null, "Town hall", " ");

        Assert.False(result.Succeeded);
        Assert.Equal("Select who will facilitate the meeting", result.Error);
    }

    [Fact]
    public void Schedule_CircleWithoutKeeper_AsksForTheKeeper()
    {
        var result = Meeting.Schedule(FamilyId, MeetingType.ProactiveCircle, TenAm, null, "School hall", "");

        Assert.Equal("Select the keeper of the circle", result.Error);
    }

    [Fact]
    public void Schedule_FormalMeetingWithoutVenue_IsRefused()
    {
        var result = Meeting.Schedule(FamilyId, MeetingType.FamilyGroupConference, TenAm, null, null, "staff-7");

        Assert.Equal("Enter where the meeting will be held", result.Error);
    }

    [Fact]
    public void Schedule_EndingAtOrBeforeStart_IsRefused()
    {
        var result = Meeting.Schedule(FamilyId, MeetingType.ProfessionalsMeeting, TenAm, TenAm, "Town hall", "staff-7");

        Assert.Equal("The end time must be after the start time", result.Error);
    }

    [Fact]
    public void RecordConversation_OnOnePage_MarksEveryoneAsAttended()
    {
        var result = Meeting.RecordConversation(
            FamilyId,
            TenAm,
            TenAm.AddHours(3),
            "staff-7",
            [new NewParticipant("Jo Smith", ParticipantKind.Family, Guid.NewGuid(), "mother"), new NewParticipant("Mr Patel", ParticipantKind.Professional, Role: "head of year")],
            "Talked on the doorstep about Kai's week at school.");

        Assert.True(result.Succeeded);
        var meeting = result.Value!;
        Assert.Equal(MeetingType.RestorativeConversation, meeting.Type);
        Assert.Null(meeting.Venue);
        Assert.Equal("Talked on the doorstep about Kai's week at school.", meeting.Summary);
        Assert.Equal(2, meeting.Participants.Count);
        Assert.All(meeting.Participants, p => Assert.Equal(Attendance.Attended, p.Attendance));
    }

    [Fact]
    public void RecordConversation_InTheFuture_IsRefused()
    {
        var result = Meeting.RecordConversation(FamilyId, TenAm.AddMinutes(1), TenAm, "staff-7", [new NewParticipant("Jo", ParticipantKind.Family)], "Chat");

        Assert.Equal("The conversation must be in the past", result.Error);
    }

    [Fact]
    public void RecordConversation_WithNoOneNamed_IsRefused()
    {
        var result = Meeting.RecordConversation(FamilyId, TenAm, TenAm, "staff-7", [], "Chat");

        Assert.Equal("Enter who took part in the conversation", result.Error);
    }

    [Fact]
    public void RecordConversation_WithoutWhatWasSaid_IsRefused()
    {
        var result = Meeting.RecordConversation(FamilyId, TenAm, TenAm, "staff-7", [new NewParticipant("Jo", ParticipantKind.Family)], "  ");

        Assert.Equal("Enter what was talked about", result.Error);
    }

    [Fact]
    public void RecordConversation_LongerThanOneShortPage_IsRefused()
    {
        var result = Meeting.RecordConversation(FamilyId, TenAm, TenAm, "staff-7", [new NewParticipant("Jo", ParticipantKind.Family)], new string('a', Meeting.SummaryMaxLength + 1));

        Assert.Equal("What happened must be 2,000 characters or less", result.Error);
    }

    [Fact]
    public void RecordSummary_AtTheLimit_IsAccepted()
    {
        var meeting = Circle();

        var result = meeting.RecordSummary(new string('a', Meeting.SummaryMaxLength));

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void AddParticipant_OfEachKind_StartsWithAttendanceNotRecorded()
    {
        var meeting = Circle();

        meeting.AddParticipant(new NewParticipant("Jo Smith", ParticipantKind.Family, Guid.NewGuid()));
        meeting.AddParticipant(new NewParticipant("Aunt Bea", ParticipantKind.Network));
        meeting.AddParticipant(new NewParticipant("PC Jones", ParticipantKind.Professional, Role: "police"));

        Assert.Equal([ParticipantKind.Family, ParticipantKind.Network, ParticipantKind.Professional], meeting.Participants.Select(p => p.Kind));
        Assert.All(meeting.Participants, p => Assert.Equal(Attendance.NotYetRecorded, p.Attendance));
    }

    [Fact]
    public void AddParticipant_WithoutName_IsRefused()
    {
        var result = Circle().AddParticipant(new NewParticipant(" ", ParticipantKind.Family));

        Assert.Equal("Enter the participant's name", result.Error);
    }

    [Fact]
    public void AddParticipant_SamePersonTwice_IsRefused()
    {
        var meeting = Circle();
        var personId = Guid.NewGuid();
        meeting.AddParticipant(new NewParticipant("Jo Smith", ParticipantKind.Family, personId));

        var result = meeting.AddParticipant(new NewParticipant("Jo Smith", ParticipantKind.Family, personId));

        Assert.Equal("Jo Smith is already taking part in this meeting", result.Error);
        Assert.Single(meeting.Participants);
    }

    [Fact]
    public void RecordAttendance_ForAParticipant_ChangesOnlyTheirs()
    {
        var meeting = Circle();
        var jo = meeting.AddParticipant(new NewParticipant("Jo", ParticipantKind.Family)).Value!;
        var bea = meeting.AddParticipant(new NewParticipant("Bea", ParticipantKind.Network)).Value!;

        var result = meeting.RecordAttendance(bea.Id, Attendance.SentApologies);

        Assert.True(result.Succeeded);
        Assert.Equal(Attendance.SentApologies, bea.Attendance);
        Assert.Equal(Attendance.NotYetRecorded, jo.Attendance);
    }

    [Fact]
    public void RecordAttendance_ForSomeoneNotInTheMeeting_IsRefused()
    {
        var result = Circle().RecordAttendance(Guid.NewGuid(), Attendance.Attended);

        Assert.Equal("Select someone who is taking part in this meeting", result.Error);
    }

    [Fact]
    public void AddRound_InACircle_NumbersRoundsInOrder()
    {
        var meeting = Circle(MeetingType.ProactiveCircle);

        meeting.AddRound(CircleRoundKind.Opening, null, "Poem read by the keeper");
        meeting.AddRound(CircleRoundKind.CheckIn, "How are you arriving today?", null);
        meeting.AddRound(CircleRoundKind.Agreements, null, "Talking piece only; anyone may pass");
        meeting.AddRound(CircleRoundKind.Discussion, "What makes home feel safe?", "Everyone spoke");
        meeting.AddRound(CircleRoundKind.CheckOut, "One word for how you leave", null);
        meeting.AddRound(CircleRoundKind.Closing, null, null);

        Assert.Equal([1, 2, 3, 4, 5, 6], meeting.Rounds.Select(r => r.Number));
        Assert.Equal(
            [CircleRoundKind.Opening, CircleRoundKind.CheckIn, CircleRoundKind.Agreements, CircleRoundKind.Discussion, CircleRoundKind.CheckOut, CircleRoundKind.Closing],
            meeting.Rounds.Select(r => r.Kind));
        Assert.Equal("What makes home feel safe?", meeting.Rounds[3].Prompt);
    }

    [Fact]
    public void AddRound_ToAMeetingThatIsNotACircle_IsRefused()
    {
        var meeting = Meeting.Schedule(FamilyId, MeetingType.ProfessionalsMeeting, TenAm, null, "Town hall", "staff-7").Value!;

        var result = meeting.AddRound(CircleRoundKind.CheckIn, null, null);

        Assert.Equal("Rounds can only be recorded for a circle", result.Error);
    }

    [Fact]
    public void AddRound_AfterTheClosing_IsRefused()
    {
        var meeting = Circle();
        meeting.AddRound(CircleRoundKind.Closing, null, null);

        var result = meeting.AddRound(CircleRoundKind.Discussion, null, null);

        Assert.Equal("The circle has closed. You cannot add a round after the closing", result.Error);
    }

    [Fact]
    public void AddAgreement_RecordsWhoWhatAndByWhen()
    {
        var meeting = Circle();
        var personId = Guid.NewGuid();

        var result = meeting.AddAgreement("Kai", personId, "Apologise to Mrs Khan and repair the fence", new DateOnly(2026, 6, 20), London);

        Assert.True(result.Succeeded);
        var agreement = Assert.Single(meeting.Agreements);
        Assert.Equal("Kai", agreement.WhoWillDoIt);
        Assert.Equal(personId, agreement.PersonId);
        Assert.Equal("Apologise to Mrs Khan and repair the fence", agreement.WhatTheyWillDo);
        Assert.Equal(new DateOnly(2026, 6, 20), agreement.ByWhen);
    }

    [Theory]
    [InlineData("", "Do it", "Enter who will do this")]
    [InlineData("Kai", " ", "Enter what they will do")]
    public void AddAgreement_WithAMissingPart_IsRefused(string who, string what, string expected)
    {
        var result = Circle().AddAgreement(who, null, what, new DateOnly(2026, 6, 20), London);

        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void AddAgreement_DueBeforeTheMeeting_IsRefused()
    {
        var result = Circle().AddAgreement("Kai", null, "Tidy room", new DateOnly(2026, 6, 9), London);

        Assert.Equal("The date it will be done by must be on or after the day of the meeting", result.Error);
    }

    [Fact]
    public void AddAgreement_CountsTheMeetingDay_InTheCouncilsZone()
    {
        // 00:30 on 10 June in London is 23:30 UTC on the 9th: the meeting's day is the 10th, however it is stored.
        var afterMidnight = Meeting.Schedule(FamilyId, MeetingType.ResponsiveCircle, new DateTimeOffset(2026, 6, 9, 23, 30, 0, TimeSpan.Zero), null, "Room 1", "keeper-1").Value!;

        var dueTheDayBefore = afterMidnight.AddAgreement("Kai", null, "Tidy room", new DateOnly(2026, 6, 9), London);

        Assert.Equal(new DateOnly(2026, 6, 10), afterMidnight.DayIn(London));
        Assert.Equal("The date it will be done by must be on or after the day of the meeting", dueTheDayBefore.Error);
    }

    [Fact]
    public void AddAgreement_DueOnTheDayOfTheMeeting_IsAccepted()
    {
        var result = Circle().AddAgreement("Kai", null, "Tidy room", new DateOnly(2026, 6, 10), London);

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void ToPlanAction_CarriesWhatWhoAndWhenWithItsMeeting()
    {
        var meeting = Circle();
        var personId = Guid.NewGuid();
        var agreement = meeting.AddAgreement("Jo", personId, "Walk Kai to school", new DateOnly(2026, 7, 1), London).Value!;

        var action = agreement.ToPlanAction();

        Assert.Equal(new AgreedAction(meeting.Id, agreement.Id, "Walk Kai to school", "Jo", personId, new DateOnly(2026, 7, 1)), action);
    }

    [Fact]
    public void AgreementsNotYetInPlan_LeavesOutThoseAlreadyAdded()
    {
        var meeting = Circle();
        var first = meeting.AddAgreement("Jo", null, "Walk Kai to school", new DateOnly(2026, 7, 1), London).Value!;
        meeting.AddAgreement("Kai", null, "Be home by nine", new DateOnly(2026, 7, 1), London);

        meeting.RecordAgreementAddedToPlan(first.Id, Guid.NewGuid());

        var ready = Assert.Single(meeting.AgreementsNotYetInPlan());
        Assert.Equal("Be home by nine", ready.What);
        Assert.True(first.IsInPlan);
    }

    [Fact]
    public void RecordAgreementAddedToPlan_Twice_IsRefused()
    {
        var meeting = Circle();
        var agreement = meeting.AddAgreement("Jo", null, "Walk Kai to school", new DateOnly(2026, 7, 1), London).Value!;
        var planActionId = Guid.NewGuid();
        meeting.RecordAgreementAddedToPlan(agreement.Id, planActionId);

        var result = meeting.RecordAgreementAddedToPlan(agreement.Id, Guid.NewGuid());

        Assert.Equal("This agreement is already in the family plan", result.Error);
        Assert.Equal(planActionId, agreement.PlanActionId);
    }

    [Fact]
    public void RecordAgreementAddedToPlan_ForAnUnknownAgreement_IsRefused()
    {
        var result = Circle().RecordAgreementAddedToPlan(Guid.NewGuid(), Guid.NewGuid());

        Assert.Equal("Select an agreement from this meeting", result.Error);
    }

    [Fact]
    public void Reschedule_MovesTheMeeting()
    {
        var meeting = Circle();

        var result = meeting.Reschedule(TenAm.AddDays(7), TenAm.AddDays(7).AddHours(1), " Library ", BookedAt);

        Assert.True(result.Succeeded);
        Assert.Equal(new DateOnly(2026, 6, 17), meeting.DayIn(London));
        Assert.Equal(TenAm.AddDays(7).AddHours(1), meeting.EndsAt);
        Assert.Equal("Library", meeting.Venue);
        Assert.Equal(1, meeting.Revision);
    }

    [Fact]
    public void Reschedule_ToTheSameTimeAndPlace_ChangesNothing()
    {
        var meeting = Circle();

        var result = meeting.Reschedule(TenAm, TenAm.AddHours(1), "Riverside Family Hub", BookedAt);

        Assert.True(result.Succeeded);
        Assert.Equal(0, meeting.Revision);
    }

    [Fact]
    public void Reschedule_IntoThePast_IsRefused()
    {
        var meeting = Circle();

        var result = meeting.Reschedule(BookedAt.AddMinutes(-1), null, "Library", BookedAt);

        Assert.Equal("The new date and time must be in the future", result.Error);
        Assert.Equal(TenAm, meeting.StartsAt);
        Assert.Equal(0, meeting.Revision);
    }

    [Fact]
    public void Reschedule_WithoutAVenue_IsRefused()
    {
        var meeting = Circle();

        var result = meeting.Reschedule(TenAm.AddDays(1), null, " ", BookedAt);

        Assert.Equal("Enter where the meeting will be held", result.Error);
        Assert.Equal("Riverside Family Hub", meeting.Venue);
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("attendance")]
    [InlineData("round")]
    [InlineData("agreement")]
    public void Reschedule_OnceTheMeetingHasBeenHeld_IsRefused(string recorded)
    {
        var meeting = Circle();
        var grace = meeting.AddParticipant(new NewParticipant("Grace", ParticipantKind.Family)).Value!;
        Assert.False(meeting.HasBeenHeld);
        var done = recorded switch
        {
            "summary" => meeting.RecordSummary("We talked."),
            "attendance" => meeting.RecordAttendance(grace.Id, Attendance.SentApologies),
            "round" => meeting.AddRound(CircleRoundKind.Opening, null, null).Succeeded ? Result.Ok() : Result.Fail("round"),
            _ => meeting.AddAgreement("Grace", null, "Walk to school", meeting.DayIn(London), London).Succeeded ? Result.Ok() : Result.Fail("agreement"),
        };
        Assert.True(done.Succeeded, done.Error);

        var result = meeting.Reschedule(TenAm.AddDays(7), null, "Library", BookedAt);

        Assert.True(meeting.HasBeenHeld);
        Assert.Equal("This meeting has been held, so its date, time and venue cannot be changed", result.Error);
        Assert.Equal(TenAm, meeting.StartsAt);
        Assert.Equal("Riverside Family Hub", meeting.Venue);
    }

    [Fact]
    public void Reschedule_ARestorativeConversation_IsRefused_BecauseItIsRecordedAfterItWasHeld()
    {
        var conversation = Meeting.RecordConversation(FamilyId, TenAm, TenAm.AddHours(2), "staff-1", [new NewParticipant("Grace", ParticipantKind.Family)], "We talked.").Value!;

        var result = conversation.Reschedule(TenAm.AddDays(7), null, "Library", TenAm.AddHours(2));

        Assert.Equal("This meeting has been held, so its date, time and venue cannot be changed", result.Error);
    }

    [Fact]
    public void Reschedule_EndingBeforeStart_IsRefused()
    {
        var meeting = Circle();

        var result = meeting.Reschedule(TenAm, TenAm.AddHours(-1), "Library", BookedAt);

        Assert.Equal("The end time must be after the start time", result.Error);
        Assert.Equal("Riverside Family Hub", meeting.Venue);
    }
}
