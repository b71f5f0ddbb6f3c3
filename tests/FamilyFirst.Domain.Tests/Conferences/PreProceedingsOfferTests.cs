using FamilyFirst.Domain.Conferences;

namespace FamilyFirst.Domain.Tests.Conferences;

public class PreProceedingsOfferTests
{
    private static readonly Guid FamilyId = Guid.Parse("5e0a0000-0000-4000-8000-000000000001");
    private static readonly DateOnly OfferedOn = new(2026, 5, 4);
    private static readonly DateOnly Today = new(2026, 5, 20);

    private static PreProceedingsOffer Offer() => PreProceedingsOffer.Record(FamilyId, OfferedOn, OfferMethod.Letter, Today).Value!;

    [Fact]
    public void Record_KeepsDateAndHowAndAwaitsAResponse()
    {
        var result = PreProceedingsOffer.Record(FamilyId, OfferedOn, OfferMethod.InPerson, Today);

        Assert.True(result.Succeeded);
        Assert.Equal(OfferedOn, result.Value!.OfferedOn);
        Assert.Equal(OfferMethod.InPerson, result.Value.Method);
        Assert.Equal(OfferResponse.AwaitingResponse, result.Value.Response);
    }

    [Fact]
    public void Record_InTheFuture_IsRefused()
    {
        var result = PreProceedingsOffer.Record(FamilyId, Today.AddDays(1), OfferMethod.Letter, Today);

        Assert.Equal("The date of the offer must be today or in the past", result.Error);
    }

    [Fact]
    public void RecordResponse_Declined_KeepsTheReason()
    {
        var offer = Offer();

        var result = offer.RecordResponse(OfferResponse.Declined, new DateOnly(2026, 5, 6), " We do not want the wider family involved ", Today);

        Assert.True(result.Succeeded);
        Assert.Equal(OfferResponse.Declined, offer.Response);
        Assert.Equal(new DateOnly(2026, 5, 6), offer.RespondedOn);
        Assert.Equal("We do not want the wider family involved", offer.DeclinedReason);
    }

    [Fact]
    public void RecordResponse_Accepted_KeepsNoDeclineReason()
    {
        var offer = Offer();

        offer.RecordResponse(OfferResponse.Accepted, OfferedOn, "ignored", Today);

        Assert.Null(offer.DeclinedReason);
    }

    [Fact]
    public void RecordResponse_NoResponse_IsRecorded()
    {
        var offer = Offer();

        var result = offer.RecordResponse(OfferResponse.NoResponse, Today, null, Today);

        Assert.True(result.Succeeded);
        Assert.Equal(OfferResponse.NoResponse, offer.Response);
    }

    [Fact]
    public void RecordResponse_WithoutChoosingOne_IsRefused()
    {
        var result = Offer().RecordResponse(OfferResponse.AwaitingResponse, Today, null, Today);

        Assert.Equal("Select the family's response", result.Error);
    }

    [Fact]
    public void RecordResponse_BeforeTheOffer_IsRefused()
    {
        var result = Offer().RecordResponse(OfferResponse.Accepted, OfferedOn.AddDays(-1), null, Today);

        Assert.Equal("The date of the response must be on or after the date of the offer", result.Error);
    }

    [Fact]
    public void RecordResponse_InTheFuture_IsRefused()
    {
        var result = Offer().RecordResponse(OfferResponse.Accepted, Today.AddDays(1), null, Today);

        Assert.Equal("The date of the response must be today or in the past", result.Error);
    }

    [Fact]
    public void RecordMeetingHeld_AfterAcceptance_LinksTheConference()
    {
        var offer = Offer();
        offer.RecordResponse(OfferResponse.Accepted, OfferedOn, null, Today);
        var conferenceId = Guid.NewGuid();

        var result = offer.RecordMeetingHeld(new DateOnly(2026, 5, 18), conferenceId, Today);

        Assert.True(result.Succeeded);
        Assert.Equal(new DateOnly(2026, 5, 18), offer.MeetingHeldOn);
        Assert.Equal(conferenceId, offer.ConferenceId);
    }

    [Fact]
    public void RecordMeetingHeld_WithoutAcceptance_IsRefused()
    {
        var offer = Offer();
        offer.RecordResponse(OfferResponse.Declined, OfferedOn, null, Today);

        var result = offer.RecordMeetingHeld(Today, null, Today);

        Assert.Equal("Record that the family accepted the offer before recording the meeting", result.Error);
    }

    [Fact]
    public void RecordMeetingHeld_InTheFuture_IsRefused()
    {
        var offer = Offer();
        offer.RecordResponse(OfferResponse.Accepted, OfferedOn, null, Today);

        Assert.Equal("The date of the meeting must be today or in the past", offer.RecordMeetingHeld(Today.AddDays(1), null, Today).Error);
    }

    [Fact]
    public void RecordResponse_AfterTheMeetingWasHeld_IsRefused()
    {
        var offer = Offer();
        offer.RecordResponse(OfferResponse.Accepted, OfferedOn, null, Today);
        offer.RecordMeetingHeld(Today, null, Today);

        var result = offer.RecordResponse(OfferResponse.Declined, Today, null, Today);

        Assert.Equal("The meeting has been held, so the response cannot change", result.Error);
        Assert.Equal(OfferResponse.Accepted, offer.Response);
    }
}
