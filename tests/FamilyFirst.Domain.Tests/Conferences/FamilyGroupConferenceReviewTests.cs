using FamilyFirst.Domain.Conferences;
using static FamilyFirst.Domain.Tests.Conferences.TestConference;

namespace FamilyFirst.Domain.Tests.Conferences;

public class FamilyGroupConferenceReviewTests
{
    private static readonly DateOnly ConferenceDay = new(2026, 4, 1);
    private static readonly DateOnly DefaultReviewDay = new(2026, 7, 1); // 1 April + 91 days

    [Fact]
    public void ScheduleReview_WithoutADate_Is91DaysAfterTheConference()
    {
        var conference = PlanAgreed();

        var result = conference.ScheduleReview(null, ConferenceAt.AddHours(3), Coordinator);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.ReviewScheduled, conference.Stage);
        Assert.Equal(DefaultReviewDay, conference.NextReview!.DueOn);
        Assert.Equal(ConferenceDay.AddDays(ConferenceRules.Default.ReviewAfterDays), conference.NextReview.DueOn);
    }

    [Fact]
    public void ScheduleReview_WithConfiguredInterval_UsesIt()
    {
        var conference = PlanAgreed();

        conference.ScheduleReview(null, ConferenceAt.AddHours(3), Coordinator, new ConferenceRules { ReviewAfterDays = 56 });

        Assert.Equal(new DateOnly(2026, 5, 27), conference.NextReview!.DueOn);
    }

    [Fact]
    public void ScheduleReview_WithAChosenDate_UsesIt()
    {
        var conference = PlanAgreed();

        conference.ScheduleReview(new DateOnly(2026, 6, 15), ConferenceAt.AddHours(3), Coordinator);

        Assert.Equal(new DateOnly(2026, 6, 15), conference.NextReview!.DueOn);
    }

    [Fact]
    public void ScheduleReview_OnTheConferenceDay_IsRefused()
    {
        var result = PlanAgreed().ScheduleReview(ConferenceDay, ConferenceAt.AddHours(3), Coordinator);

        Assert.Equal("The date of the review must be after the conference", result.Error);
    }

    [Fact]
    public void ScheduleReview_Again_MovesTheReviewNotYetHeld()
    {
        var conference = ReviewScheduled();

        var result = conference.ScheduleReview(new DateOnly(2026, 7, 8), ConferenceAt.AddDays(10), Coordinator);

        Assert.True(result.Succeeded);
        var review = Assert.Single(conference.Reviews);
        Assert.Equal(new DateOnly(2026, 7, 8), review.DueOn);
        Assert.Equal("Review moved to 8 July 2026", conference.History[^1].Description);
    }

    [Fact]
    public void RecordReviewHeld_MovesToReviewed()
    {
        var conference = ReviewScheduled();

        var result = conference.RecordReviewHeld(new DateOnly(2026, 6, 30), new DateTimeOffset(2026, 6, 30, 16, 0, 0, TimeSpan.FromHours(1)), Coordinator);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.Reviewed, conference.Stage);
        Assert.Equal(new DateOnly(2026, 6, 30), conference.Reviews[0].HeldOn);
        Assert.Null(conference.NextReview);
    }

    [Fact]
    public void RecordReviewHeld_InTheFuture_IsRefused()
    {
        var result = ReviewScheduled().RecordReviewHeld(new DateOnly(2026, 7, 2), new DateTimeOffset(2026, 7, 1, 16, 0, 0, TimeSpan.FromHours(1)), Coordinator);

        Assert.Equal("The date of the review must be today or in the past", result.Error);
    }

    [Fact]
    public void RecordReviewHeld_OnOrBeforeTheConference_IsRefused()
    {
        var result = ReviewScheduled().RecordReviewHeld(ConferenceDay, new DateTimeOffset(2026, 7, 1, 16, 0, 0, TimeSpan.FromHours(1)), Coordinator);

        Assert.Equal("The date of the review must be after the conference", result.Error);
    }

    [Fact]
    public void ScheduleReview_AfterAReview_DefaultsFromTheLastReview()
    {
        var conference = Reviewed(); // held 1 July 2026

        var result = conference.ScheduleReview(null, new DateTimeOffset(2026, 7, 1, 17, 0, 0, TimeSpan.FromHours(1)), Coordinator);

        Assert.True(result.Succeeded);
        Assert.Equal(new DateOnly(2026, 9, 30), conference.NextReview!.DueOn);
        Assert.Equal(2, conference.Reviews.Count);
    }

    [Fact]
    public void ScheduleReview_AfterAReviewOnTheSameDay_IsRefused()
    {
        var result = Reviewed().ScheduleReview(new DateOnly(2026, 7, 1), new DateTimeOffset(2026, 7, 1, 17, 0, 0, TimeSpan.FromHours(1)), Coordinator);

        Assert.Equal("The date of the review must be after the last review", result.Error);
    }

    [Fact]
    public void IsReviewOverdue_OnTheDueDate_IsNotOverdue()
    {
        var conference = ReviewScheduled();

        Assert.False(conference.IsReviewOverdue(DefaultReviewDay));
    }

    [Fact]
    public void IsReviewOverdue_TheDayAfterTheDueDate_IsOverdue()
    {
        var conference = ReviewScheduled();

        Assert.True(conference.IsReviewOverdue(DefaultReviewDay.AddDays(1)));
    }

    [Fact]
    public void IsReviewOverdue_OnceTheReviewIsHeld_IsNotOverdue()
    {
        var conference = Reviewed();

        Assert.False(conference.IsReviewOverdue(new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void IsReviewOverdue_WhenThePlanIsAgreedButNoReviewBooked_CountsFromTheConference()
    {
        var conference = PlanAgreed();

        Assert.Equal(DefaultReviewDay, conference.ReviewDueOn());
        Assert.False(conference.IsReviewOverdue(DefaultReviewDay));
        Assert.True(conference.IsReviewOverdue(DefaultReviewDay.AddDays(1)));
    }

    [Theory]
    [InlineData(2026, 6, 17, true)]  // exactly 14 days before
    [InlineData(2026, 6, 16, false)] // 15 days before
    [InlineData(2026, 7, 1, true)]   // on the day
    [InlineData(2026, 7, 2, false)]  // overdue, not due soon
    public void IsReviewDueSoon_UsesA14DayWindow(int year, int month, int day, bool expected)
    {
        var conference = ReviewScheduled();

        Assert.Equal(expected, conference.IsReviewDueSoon(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(42, true)]
    [InlineData(43, false)]
    [InlineData(0, true)]
    public void DaysFromReferralToConference_AgainstThe42DayTarget(int days, bool withinTarget)
    {
        var referredAt = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        var conferenceAt = referredAt.AddDays(days).AddHours(5);

        var conference = AtInformationSharing(referredAt, conferenceAt);

        Assert.Equal(days, conference.DaysFromReferralToConference);
        Assert.Equal(withinTarget, conference.IsWithinTarget());
    }

    [Fact]
    public void DaysFromReferralToConference_BeforeTheConference_IsUnknown()
    {
        var conference = Prepared();

        Assert.Null(conference.DaysFromReferralToConference);
        Assert.Null(conference.IsWithinTarget());
    }

    [Fact]
    public void IsWithinTarget_WithAConfiguredTarget_UsesIt()
    {
        var conference = AtInformationSharing(); // 30 days

        Assert.False(conference.IsWithinTarget(new ConferenceRules { TargetDaysToConference = 29 }));
        Assert.True(conference.IsWithinTarget(new ConferenceRules { TargetDaysToConference = 30 }));
    }
}
