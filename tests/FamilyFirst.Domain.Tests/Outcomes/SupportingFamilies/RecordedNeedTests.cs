using FamilyFirst.Domain.Outcomes.SupportingFamilies;

namespace FamilyFirst.Domain.Tests.Outcomes.SupportingFamilies;

public class RecordedNeedTests
{
    private static readonly DateOnly Today = new(2024, 6, 14);
    private static readonly DateTimeOffset Now = new(2024, 6, 14, 10, 0, 0, TimeSpan.Zero);
    private static readonly SupportingFamiliesFramework Framework = SupportingFamiliesFramework.National;

    private static RecordedNeed Need(DateOnly identifiedOn) =>
        RecordedNeed.Record(Guid.NewGuid(), HeadlineOutcome.Housing, " Rent-Arrears ", null, "Housing officer", "HOUSING-RECORDS", null, identifiedOn, Framework, Guid.NewGuid(), Today, Now).Value!;

    [Fact]
    public void ANeedIsRecordedWithTheConfigurationsCodes_AndReadsAsTheCalculatorsNeed()
    {
        var need = Need(new DateOnly(2024, 1, 10));

        Assert.Equal(("rent-arrears", "housing-records"), (need.NeedCode, need.EvidenceSource));
        var asRead = need.ToFamilyNeed();
        Assert.Equal((HeadlineOutcome.Housing, "rent-arrears", new DateOnly(2024, 1, 10)), (asRead.Headline, asRead.NeedCode, asRead.IdentifiedOn));
        Assert.Null(asRead.Outcome);
    }

    [Fact]
    public void ANeedNotUnderItsHeadline_OrEvidenceTheCouncilDoesNotKnow_OrADateInTheFuture_IsRefused()
    {
        var wrongHeadline = RecordedNeed.Record(Guid.NewGuid(), HeadlineOutcome.Education, "rent-arrears", null, "x", "housing-records", null, Today, Framework, Guid.Empty, Today, Now);
        var unknownSource = RecordedNeed.Record(Guid.NewGuid(), HeadlineOutcome.Housing, "rent-arrears", null, "x", "gossip", null, Today, Framework, Guid.Empty, Today, Now);
        var tomorrow = RecordedNeed.Record(Guid.NewGuid(), HeadlineOutcome.Housing, "rent-arrears", null, "x", "housing-records", null, Today.AddDays(1), Framework, Guid.Empty, Today, Now);

        Assert.Equal(("rent-arrears is not a need under getting a good education in the council's configuration", "NeedCode"), (wrongHeadline.Error, wrongHeadline.Field));
        Assert.Equal(("gossip is not an evidence source in the council's configuration", "EvidenceSource"), (unknownSource.Error, unknownSource.Field));
        Assert.Equal("IdentifiedOn", tomorrow.Field);
    }

    [Fact]
    public void AnOutcome_CanBeAchievedOnTheDayTheNeedWasIdentified_NotTheDayBefore()
    {
        var identified = new DateOnly(2024, 1, 10);
        var need = Need(identified);

        var dayBefore = need.RecordOutcome(identified.AddDays(-1), null, "housing-records", null, Framework, Guid.Empty, Today, Now);
        Assert.Equal("AchievedOn", dayBefore.Field);
        Assert.False(need.HasOutcome);

        Assert.True(need.RecordOutcome(identified, null, "housing-records", "Arrears cleared", Framework, Guid.Empty, Today, Now).Succeeded);
        Assert.Equal(new NeedOutcome(identified, null, "housing-records", "Arrears cleared"), need.ToFamilyNeed().Outcome);
    }

    [Fact]
    public void AnOutcomeThatLapsed_LapsedOnOrAfterItWasAchieved_AndNotInTheFuture()
    {
        var need = Need(new DateOnly(2024, 1, 10));
        var achieved = new DateOnly(2024, 3, 1);

        Assert.Equal("LapsedOn", need.RecordOutcome(achieved, achieved.AddDays(-1), null, null, Framework, Guid.Empty, Today, Now).Field);
        Assert.Equal("LapsedOn", need.RecordOutcome(achieved, Today.AddDays(1), null, null, Framework, Guid.Empty, Today, Now).Field);
        Assert.Equal("AchievedOn", need.RecordOutcome(Today.AddDays(1), null, null, null, Framework, Guid.Empty, Today, Now).Field);
        Assert.True(need.RecordOutcome(achieved, achieved, null, null, Framework, Guid.Empty, Today, Now).Succeeded);
        Assert.False(need.OutcomeDiffers(achieved, achieved, null, null));
        Assert.True(need.OutcomeDiffers(achieved, null, null, null));
    }

    [Fact]
    public void MovingTheIdentifiedDateAfterTheOutcome_IsRefused()
    {
        var need = Need(new DateOnly(2024, 1, 10));
        need.RecordOutcome(new DateOnly(2024, 3, 1), null, null, null, Framework, Guid.Empty, Today, Now);

        var moved = need.ChangeDetails(null, "Housing officer", "housing-records", null, new DateOnly(2024, 3, 2), Framework, Today);

        Assert.Equal("IdentifiedOn", moved.Field);
        Assert.Equal(new DateOnly(2024, 1, 10), need.IdentifiedOn);
    }
}
