using FamilyFirst.Domain.Conferences;

namespace FamilyFirst.Domain.Tests.Conferences;

public class PreProceedingsReportTests
{
    private static readonly Guid Offered = Guid.Parse("5e0a0000-0000-4000-8000-0000000000a1");
    private static readonly Guid OfferedOnTheDay = Guid.Parse("5e0a0000-0000-4000-8000-0000000000a2");
    private static readonly Guid OfferedTooLate = Guid.Parse("5e0a0000-0000-4000-8000-0000000000a3");
    private static readonly Guid NeverOffered = Guid.Parse("5e0a0000-0000-4000-8000-0000000000a4");
    private static readonly DateOnly Today = new(2026, 9, 1);

    private static PreProceedingsOffer Offer(Guid familyId, DateOnly on) => PreProceedingsOffer.Record(familyId, on, OfferMethod.Letter, Today).Value!;

    [Fact]
    public void ApplicationsWithoutOffer_FindsOnlyFamiliesNotOfferedBeforeTheirApplication()
    {
        var offers = new[]
        {
            Offer(Offered, new DateOnly(2026, 5, 1)),
            Offer(OfferedOnTheDay, new DateOnly(2026, 6, 10)),
            Offer(OfferedTooLate, new DateOnly(2026, 7, 2)),
        };
        var applications = new[]
        {
            new CareApplication(Offered, new DateOnly(2026, 6, 1)),
            new CareApplication(OfferedOnTheDay, new DateOnly(2026, 6, 10)),
            new CareApplication(OfferedTooLate, new DateOnly(2026, 7, 1)),
            new CareApplication(NeverOffered, new DateOnly(2026, 6, 15)),
        };

        var missing = PreProceedingsReport.ApplicationsWithoutOffer(applications, offers);

        Assert.Equal(
            [
                new ApplicationWithoutOffer(NeverOffered, new DateOnly(2026, 6, 15), null),
                new ApplicationWithoutOffer(OfferedTooLate, new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 2)),
            ],
            missing);
        Assert.Equal("No offer recorded", missing[0].Explanation);
        Assert.Equal("Offer made only after the application (on 2 July 2026)", missing[1].Explanation);
    }

    [Fact]
    public void ApplicationsWithoutOffer_UsesTheEarliestOffer()
    {
        var offers = new[] { Offer(Offered, new DateOnly(2026, 8, 1)), Offer(Offered, new DateOnly(2026, 3, 1)) };

        var missing = PreProceedingsReport.ApplicationsWithoutOffer([new CareApplication(Offered, new DateOnly(2026, 4, 1))], offers);

        Assert.Empty(missing);
    }

    [Fact]
    public void ApplicationsWithoutOffer_WithNoApplications_IsEmpty()
    {
        Assert.Empty(PreProceedingsReport.ApplicationsWithoutOffer([], [Offer(Offered, new DateOnly(2026, 3, 1))]));
    }

    [Fact]
    public void CareApplication_CanBeRecordedUpToToday_ButNotInTheFuture()
    {
        var recorder = Guid.Parse("5e0a0000-0000-4000-8000-0000000000b1");
        var now = new DateTimeOffset(2026, 9, 1, 10, 0, 0, TimeSpan.Zero);

        var today = CareApplication.Record(NeverOffered, Today, Today, recorder, now);
        var tomorrow = CareApplication.Record(NeverOffered, Today.AddDays(1), Today, recorder, now);

        Assert.True(today.Succeeded);
        Assert.Equal((NeverOffered, Today, recorder, now), (today.Value!.FamilyId, today.Value.AppliedOn, today.Value.RecordedById, today.Value.RecordedAt));
        Assert.Equal("The date of the application must be today or in the past", tomorrow.Error);
    }
}
