using FamilyFirst.Domain.Conferences;
using static FamilyFirst.Domain.Tests.Conferences.TestConference;

namespace FamilyFirst.Domain.Tests.Conferences;

/// <summary>The conference's stages happen on its date; a conference held early is moved first, and the move is recorded.</summary>
public class ConferenceDateTests
{
    private static readonly DateTimeOffset BookedFor = new(2026, 12, 17, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Referred = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void StartInformationSharing_BeforeTheBookedDate_IsRefused_AndNothingIsRecorded()
    {
        var conference = Prepared(Referred, BookedFor);

        var result = conference.StartInformationSharing(new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), Coordinator);

        Assert.Equal("The conference is booked for 17 December 2026, so it cannot start before then. If it is being held early, change its date first", result.Error);
        Assert.Equal(ConferenceStage.Prepared, conference.Stage);
        Assert.Null(conference.ConferenceHeldOn);
        Assert.Null(conference.DaysFromReferralToConference);
    }

    [Fact]
    public void StartInformationSharing_OnTheBookedDay_EvenBeforeTheBookedTime_IsAllowed()
    {
        var conference = Prepared(Referred, BookedFor);

        Assert.True(conference.StartInformationSharing(new DateTimeOffset(2026, 12, 17, 9, 30, 0, TimeSpan.Zero), Coordinator).Succeeded);
        Assert.Equal(new DateOnly(2026, 12, 17), conference.ConferenceHeldOn);
        Assert.Equal(27, conference.DaysFromReferralToConference);
    }

    [Fact]
    public void HeldEarly_AfterMovingTheDate_StartsAndCountsTheDayItWasHeld_AndTheMoveIsRecorded()
    {
        var conference = Prepared(Referred, BookedFor);
        var early = new DateTimeOffset(2026, 12, 3, 14, 0, 0, TimeSpan.Zero);

        Assert.True(conference.SetDateAndVenue(early, "Riverside Family Hub", early.AddHours(-4), Coordinator).Succeeded);
        Assert.True(conference.StartInformationSharing(early, Coordinator).Succeeded);

        Assert.Equal(13, conference.DaysFromReferralToConference);
        Assert.Contains(conference.History, h => h.Description == "Conference moved from 17 December 2026 to 3 December 2026");
    }
}
