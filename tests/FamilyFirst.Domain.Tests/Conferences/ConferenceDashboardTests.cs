using FamilyFirst.Domain.Conferences;
using FamilyContacts = FamilyFirst.Domain.Families.FamilyContacts;
using static FamilyFirst.Domain.Tests.Conferences.TestConference;

namespace FamilyFirst.Domain.Tests.Conferences;

public class ConferenceDashboardTests
{
    private static readonly ReportingPeriod AprilToJune = ReportingPeriod.Create(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)).Value!;
    private static readonly DateOnly Today = new(2026, 6, 20);

    private static DateTimeOffset On(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    private static FamilyGroupConference Held(DateOnly referredOn, DateOnly heldOn) =>
        AtInformationSharing(On(referredOn, 9), On(heldOn, 10));

    private static FamilyGroupConference Presented(DateOnly referredOn, DateOnly heldOn)
    {
        var conference = Held(referredOn, heldOn);
        Must(conference.StartPrivateFamilyTime(On(heldOn, 11), [Id(conference, "Jo Smith")], Coordinator));
        Must(conference.EndPrivateFamilyTime(On(heldOn, 12), Coordinator));
        Must(conference.PresentPlan(FirstPlanId, On(heldOn, 13), Coordinator));
        return conference;
    }

    private static FamilyGroupConference ReviewBooked(DateOnly referredOn, DateOnly heldOn, DateOnly? reviewOn)
    {
        var conference = Presented(referredOn, heldOn);
        Must(conference.AgreePlan(Id(conference, "Jo Smith"), [NoContactBottomLine, SchoolBottomLine], FamilyContacts.None, On(heldOn, 14), Referrer));
        Must(conference.ScheduleReview(reviewOn, On(heldOn, 15), Coordinator));
        return conference;
    }

    private static PreProceedingsOffer Offer(DateOnly on, OfferResponse response, string? reason = null)
    {
        var offer = PreProceedingsOffer.Record(Guid.NewGuid(), on, OfferMethod.Letter, Today).Value!;
        if (response != OfferResponse.AwaitingResponse)
        {
            Must(offer.RecordResponse(response, on, reason, Today));
        }

        return offer;
    }

    private static List<FamilyGroupConference> Conferences()
    {
        var withdrawn = Allocated(On(new DateOnly(2026, 5, 2), 9));
        Must(withdrawn.WithdrawConsent("Family prefer to work with the school", On(new DateOnly(2026, 5, 10), 9), Referrer));

        var reviewedInApril = ReviewBooked(new DateOnly(2026, 1, 5), new DateOnly(2026, 2, 2), new DateOnly(2026, 4, 15));
        Must(reviewedInApril.RecordReviewHeld(new DateOnly(2026, 4, 15), On(new DateOnly(2026, 4, 15), 17), Coordinator));

        var notAgreed = Presented(new DateOnly(2026, 4, 6), new DateOnly(2026, 5, 19)); // 43 days
        Must(notAgreed.DeclinePlan("Uncle Lee would collect the children", [NoContactBottomLine], null, On(new DateOnly(2026, 5, 19), 14), Referrer));

        return
        [
            ReviewBooked(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 1), null), // 30 days; review due 1 July: due soon
            ReviewBooked(new DateOnly(2026, 4, 1), new DateOnly(2026, 5, 13), new DateOnly(2026, 6, 10)), // 42 days; overdue
            notAgreed,
            Referred(On(new DateOnly(2026, 5, 1), 9)),
            withdrawn,
            Referred(On(new DateOnly(2026, 6, 30), 9)), // last day of the period counts
            Referred(On(new DateOnly(2026, 7, 1), 9)), // after the period
            reviewedInApril,
        ];
    }

    private static List<PreProceedingsOffer> Offers() =>
    [
        Offer(new DateOnly(2026, 4, 10), OfferResponse.Accepted),
        Offer(new DateOnly(2026, 4, 20), OfferResponse.Declined, "Do not want the wider family involved"),
        Offer(new DateOnly(2026, 5, 1), OfferResponse.Declined, "do not want the wider family involved "),
        Offer(new DateOnly(2026, 5, 5), OfferResponse.Declined),
        Offer(new DateOnly(2026, 6, 1), OfferResponse.NoResponse),
        Offer(new DateOnly(2026, 6, 15), OfferResponse.AwaitingResponse),
        Offer(new DateOnly(2026, 3, 31), OfferResponse.Declined, "Before the period"),
    ];

    private static ConferenceDashboard Dashboard() => ConferenceDashboard.For(Conferences(), Offers(), AprilToJune, Today);

    [Fact]
    public void Referrals_CountsThoseMadeInThePeriodByTheirStageNow()
    {
        var dashboard = Dashboard();

        Assert.Equal(5, dashboard.Referrals);
        var byStage = dashboard.ReferralsByStage.ToDictionary(s => s.Key, s => s.Value);
        Assert.Equal(Enum.GetValues<ConferenceStage>().Length, byStage.Count);
        Assert.Equal(2, byStage[ConferenceStage.Referred]);
        Assert.Equal(1, byStage[ConferenceStage.ReviewScheduled]);
        Assert.Equal(1, byStage[ConferenceStage.PlanNotAgreed]);
        Assert.Equal(1, byStage[ConferenceStage.Withdrawn]);
        Assert.Equal(0, byStage[ConferenceStage.Prepared]);
    }

    [Fact]
    public void DaysToConference_ForConferencesHeldInThePeriod_AgainstTheTarget()
    {
        var dashboard = Dashboard();

        Assert.Equal(3, dashboard.ConferencesHeld);
        Assert.Equal(42m, dashboard.MedianDaysToConference);
        Assert.Equal(38.3m, dashboard.AverageDaysToConference);
        Assert.Equal(2, dashboard.HeldWithinTarget);
    }

    [Fact]
    public void Median_OfAnEvenNumber_IsTheMeanOfTheMiddleTwo()
    {
        var conferences = new[]
        {
            Held(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 1)), // 30
            Held(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 2)), // 31
        };

        var dashboard = ConferenceDashboard.For(conferences, [], AprilToJune, Today);

        Assert.Equal(30.5m, dashboard.MedianDaysToConference);
    }

    [Fact]
    public void PlansAndReviews_CountEventsInThePeriodAndReviewsAsAtToday()
    {
        var dashboard = Dashboard();

        Assert.Equal(2, dashboard.PlansAgreed);
        Assert.Equal(1, dashboard.ReviewsHeld);
        var dueSoon = Assert.Single(dashboard.ReviewsDueSoon);
        Assert.Equal(new DateOnly(2026, 7, 1), dueSoon.DueOn);
        var overdue = Assert.Single(dashboard.ReviewsOverdue);
        Assert.Equal(new DateOnly(2026, 6, 10), overdue.DueOn);
    }

    [Fact]
    public void Offers_CountResponsesAndGroupTheReasonsGiven()
    {
        var dashboard = Dashboard();

        Assert.Equal(6, dashboard.OffersMade);
        Assert.Equal(1, dashboard.OffersAccepted);
        Assert.Equal(3, dashboard.OffersDeclined);
        Assert.Equal(1, dashboard.OffersWithNoResponse);
        Assert.Equal(1, dashboard.OffersAwaitingResponse);
        Assert.Equal(
            [new ReasonCount("Do not want the wider family involved", 2), new ReasonCount("Not given", 1)],
            dashboard.DeclinedReasons);
        Assert.Equal(1, dashboard.ConsentWithdrawn);
        Assert.Equal([new ReasonCount("Family prefer to work with the school", 1)], dashboard.WithdrawalReasons);
    }

    [Fact]
    public void Rows_ShowCountsWithPercentagesNeverAlone()
    {
        var rows = Dashboard().Rows();

        Assert.Contains(new DashboardRow("Conferences", "Held within 42 days of referral", "2 of 3 (66.7%)"), rows);
        Assert.Contains(new DashboardRow("Conferences", "Median days from referral to conference", "42.0"), rows);
        Assert.Contains(new DashboardRow("Referrals", "Now at stage: Consent withdrawn", "1"), rows);
        Assert.Contains(new DashboardRow("Reviews", "Reviews overdue (as at 20 June 2026)", "1"), rows);
        Assert.Contains(new DashboardRow("Offers", "Declined because: Not given", "1"), rows);
        Assert.Contains(new DashboardRow("Period", "From", "1 April 2026"), rows);
    }

    [Fact]
    public void Rows_WithNothingInThePeriod_SayNoConferencesWereHeld()
    {
        var rows = ConferenceDashboard.For([], [], AprilToJune, Today).Rows();

        Assert.Contains(new DashboardRow("Conferences", "Median days from referral to conference", "No conferences held"), rows);
        Assert.Contains(new DashboardRow("Conferences", "Held within 42 days of referral", "0 of 0"), rows);
    }

    [Fact]
    public void Dashboard_WithConfiguredRules_UsesThem()
    {
        var rules = new ConferenceRules { TargetDaysToConference = 30, ReviewDueSoonDays = 7 };

        var dashboard = ConferenceDashboard.For(Conferences(), Offers(), AprilToJune, Today, rules);

        Assert.Equal(1, dashboard.HeldWithinTarget);
        Assert.Empty(dashboard.ReviewsDueSoon);
        Assert.Contains(dashboard.Rows(), r => r.Measure == "Held within 30 days of referral" && r.Value == "1 of 3 (33.3%)");
    }

    [Fact]
    public void ToCsv_StartsWithAHeaderAndEndsEveryLineWithCrLf()
    {
        var csv = Dashboard().ToCsv();

        Assert.StartsWith("Section,Measure,Value\r\n", csv, StringComparison.Ordinal);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", csv.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(Dashboard().Rows().Count + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void ToCsv_QuotesFieldsWithCommasQuotesAndLineBreaks()
    {
        var offers = new[]
        {
            Offer(new DateOnly(2026, 4, 10), OfferResponse.Declined, "Said \"no\", firmly"),
            Offer(new DateOnly(2026, 4, 11), OfferResponse.Declined, "Two\nlines"),
        };

        var csv = ConferenceDashboard.For([], offers, AprilToJune, Today).ToCsv();

        Assert.Contains("Offers,\"Declined because: Said \"\"no\"\", firmly\",1\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Offers,\"Declined because: Two\nlines\",1\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Period,From,1 April 2026\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("Conferences,Held within 42 days of referral,0 of 0\r\n", csv, StringComparison.Ordinal);
    }
}
