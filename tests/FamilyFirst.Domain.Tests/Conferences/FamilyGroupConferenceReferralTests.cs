using FamilyFirst.Domain.Conferences;
using static FamilyFirst.Domain.Tests.Conferences.TestConference;

namespace FamilyFirst.Domain.Tests.Conferences;

public class FamilyGroupConferenceReferralTests
{
    private static FamilyFirst.Domain.Common.Result<FamilyGroupConference> ReferWith(Consent? consent, string[]? worries = null, string[]? questions = null) =>
        FamilyGroupConference.Refer(
            FamilyId,
            Referrer,
            consent,
            worries ?? ["Kai is missing school"],
            questions ?? ["How will Kai get to school?"],
            [NoContactBottomLine],
            ReferredAt);

    [Fact]
    public void Refer_WithConsentWorriesAndQuestions_StartsAtReferred()
    {
        var result = ReferWith(ValidConsent, ["  Kai is missing school ", ""], ["How will Kai get to school?"]);

        Assert.True(result.Succeeded);
        var conference = result.Value!;
        Assert.Equal(ConferenceStage.Referred, conference.Stage);
        Assert.Equal(FamilyId, conference.FamilyId);
        Assert.Equal(Referrer, conference.ReferrerUserId);
        Assert.Equal(new DateOnly(2026, 3, 2), conference.ReferredOn);
        Assert.Equal("Jo Smith", conference.Consent.GivenBy);
        Assert.Equal(new DateOnly(2026, 2, 27), conference.Consent.GivenOn);
        Assert.Equal(["Kai is missing school"], conference.Worries);
        Assert.Equal(["How will Kai get to school?"], conference.Questions);
        Assert.Equal([NoContactBottomLine], conference.BottomLineIds);
        Assert.True(conference.IsOpen);
    }

    [Fact]
    public void Refer_StartsTheHistoryWithWhoReferredAndWhen()
    {
        var conference = ReferWith(ValidConsent).Value!;

        var entry = Assert.Single(conference.History);
        Assert.Null(entry.FromStage);
        Assert.Equal(ConferenceStage.Referred, entry.ToStage);
        Assert.Equal(ReferredAt, entry.At);
        Assert.Equal(Referrer, entry.ByUserId);
    }

    [Fact]
    public void Refer_WithoutConsent_IsRefused()
    {
        var result = ReferWith(null);

        Assert.False(result.Succeeded);
        Assert.Equal("Record consent from a person with parental responsibility before referring", result.Error);
    }

    [Fact]
    public void Refer_WithConsentFromSomeoneWithoutParentalResponsibility_IsRefused()
    {
        var result = ReferWith(ValidConsent with { GivenBy = "Gran", HasParentalResponsibility = false });

        Assert.Equal("Consent must come from a person with parental responsibility for the child", result.Error);
    }

    [Fact]
    public void Refer_WithoutTheNameOfWhoConsented_IsRefused()
    {
        var result = ReferWith(ValidConsent with { GivenBy = " " });

        Assert.Equal("Enter the name of the person who gave consent", result.Error);
    }

    [Fact]
    public void Refer_WithoutConsentToTheConference_IsRefused()
    {
        var result = ReferWith(ValidConsent with { ToConference = false });

        Assert.Equal("The family must consent to the Family Group Conference before it can be referred", result.Error);
    }

    [Fact]
    public void Refer_WithoutConsentToInformationSharing_IsRefused()
    {
        var result = ReferWith(ValidConsent with { ToInformationSharing = false });

        Assert.Equal("The family must consent to information being shared before the conference can be referred", result.Error);
    }

    [Fact]
    public void Refer_WithConsentDatedInTheFuture_IsRefused()
    {
        var result = ReferWith(ValidConsent with { GivenOn = new DateOnly(2026, 3, 3) });

        Assert.Equal("The date consent was given must be today or in the past", result.Error);
    }

    [Fact]
    public void Refer_WithConsentGivenTheSameDay_IsAccepted()
    {
        var result = ReferWith(ValidConsent with { GivenOn = new DateOnly(2026, 3, 2) });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Refer_WithoutWorries_IsRefused()
    {
        var result = ReferWith(ValidConsent, worries: [" "]);

        Assert.Equal("Enter at least one worry", result.Error);
    }

    [Fact]
    public void Refer_WithoutQuestions_IsRefused()
    {
        var result = ReferWith(ValidConsent, questions: []);

        Assert.Equal("Enter at least one question the family's plan must answer", result.Error);
    }
}
