using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class ConsentTests
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static Consent Given(ConsentType type = ConsentType.WorkingWithService, string? agency = null) =>
        Consent.Record(Guid.NewGuid(), Guid.NewGuid(), type, agency, new DateOnly(2025, 1, 15), ConsentMethod.Written, Guid.NewGuid(), Today, Now).Value!;

    [Fact]
    public void IsActiveOn_StartsOnTheDayConsentWasGiven()
    {
        var consent = Given();

        Assert.False(consent.IsActiveOn(new DateOnly(2025, 1, 14)));
        Assert.True(consent.IsActiveOn(new DateOnly(2025, 1, 15)));
    }

    [Fact]
    public void IsActiveOn_EndsOnTheDayConsentWasWithdrawn()
    {
        var consent = Given();

        var result = consent.Withdraw(new DateOnly(2025, 2, 20), "Mother no longer wants contact", Today);

        Assert.True(result.Succeeded);
        Assert.True(consent.IsActiveOn(new DateOnly(2025, 2, 19)));
        Assert.False(consent.IsActiveOn(new DateOnly(2025, 2, 20)));
        Assert.Equal("Mother no longer wants contact", consent.WithdrawnReason);
    }

    [Fact]
    public void Withdraw_WithoutReason_IsRefused()
    {
        var consent = Given();

        Assert.Equal("Enter why consent was withdrawn", consent.Withdraw(Today, " ", Today).Error);
        Assert.True(consent.IsActiveOn(Today));
    }

    [Fact]
    public void Withdraw_BeforeItWasGiven_OrTwice_IsRefused()
    {
        var consent = Given();

        Assert.False(consent.Withdraw(new DateOnly(2025, 1, 14), "Mistake", Today).Succeeded);
        Assert.True(consent.Withdraw(new DateOnly(2025, 1, 15), "Changed mind", Today).Succeeded);
        Assert.Equal("This consent has already been withdrawn", consent.Withdraw(Today, "Again", Today).Error);
    }

    [Fact]
    public void Record_SharingWithAnAgency_NeedsTheAgencyNamed()
    {
        var result = Consent.Record(Guid.NewGuid(), Guid.NewGuid(), ConsentType.SharingWithAgency, "", Today, ConsentMethod.Verbal, Guid.NewGuid(), Today, Now);

        Assert.Equal("Enter the name of the agency information may be shared with", result.Error);
    }

    [Fact]
    public void Describe_NamesTheAgency()
    {
        Assert.Equal("sharing information with Riverside Academy", Given(ConsentType.SharingWithAgency, "Riverside Academy").Describe());
    }

    [Fact]
    public void Record_GivenInTheFuture_IsRefused()
    {
        var result = Consent.Record(Guid.NewGuid(), Guid.NewGuid(), ConsentType.FamilyGroupConference, null, Today.AddDays(1), ConsentMethod.Online, Guid.NewGuid(), Today, Now);

        Assert.False(result.Succeeded);
    }
}
