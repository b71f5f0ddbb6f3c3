using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Tests.Outcomes;

/// <summary>A family's framework and its dates, and the rule that a family's result is claimed once under one framework.</summary>
public class OutcomeFrameworkTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static FamilyCase NewCase() => FamilyCase.Open("FAM-7KQ2XH", "Ashby family", "Programme list", Guid.NewGuid(), Now).Value!;

    [Theory]
    [InlineData("family-first-2012", OutcomeFramework.FamilyFirst2012)]
    [InlineData(" Supporting-Families-2022 ", OutcomeFramework.SupportingFamilies2022)]
    public void FrameworkCodes_ReadBack(string code, OutcomeFramework framework)
    {
        Assert.Equal(framework, OutcomeFrameworks.FromCode(code));
        Assert.Equal(code.Trim().ToLowerInvariant(), OutcomeFrameworks.Code(framework));
    }

    [Theory]
    [InlineData("supporting-families")]
    [InlineData("")]
    [InlineData(null)]
    public void AnUnknownFrameworkCode_IsNone(string? code) => Assert.Null(OutcomeFrameworks.FromCode(code));

    [Fact]
    public void ANewFamily_IsOnTheOriginalFramework_AndCanBeMovedWithItsDates()
    {
        var family = NewCase();
        Assert.Equal(OutcomeFramework.FamilyFirst2012, family.Framework);

        var set = family.SetOutcomeFramework(OutcomeFramework.SupportingFamilies2022, Today.AddDays(-10), Today.AddDays(-10), Today);

        Assert.True(set.Succeeded);
        Assert.Equal(OutcomeFramework.SupportingFamilies2022, family.Framework);
        Assert.Equal(Today.AddDays(-10), family.WholeFamilyAssessedOn);
        Assert.Equal(Today.AddDays(-10), family.PlanAgreedOn);
        Assert.False(family.OutcomeFrameworkDiffers(OutcomeFramework.SupportingFamilies2022, Today.AddDays(-10), Today.AddDays(-10)));
        Assert.True(family.OutcomeFrameworkDiffers(OutcomeFramework.SupportingFamilies2022, Today.AddDays(-10), null));
    }

    [Fact]
    public void DatesInTheFuture_OrAPlanBeforeTheAssessment_AreRefused_AndNothingChanges()
    {
        var family = NewCase();

        var assessedTomorrow = family.SetOutcomeFramework(OutcomeFramework.SupportingFamilies2022, Today.AddDays(1), null, Today);
        var planTomorrow = family.SetOutcomeFramework(OutcomeFramework.SupportingFamilies2022, Today, Today.AddDays(1), Today);
        var planBefore = family.SetOutcomeFramework(OutcomeFramework.SupportingFamilies2022, Today, Today.AddDays(-1), Today);

        Assert.Equal(nameof(FamilyCase.WholeFamilyAssessedOn), assessedTomorrow.Field);
        Assert.Equal(nameof(FamilyCase.PlanAgreedOn), planTomorrow.Field);
        Assert.Equal("The date the plan was agreed must be the same as or after the date of the whole-family assessment", planBefore.Error);
        Assert.Equal(OutcomeFramework.FamilyFirst2012, family.Framework);
        Assert.Null(family.WholeFamilyAssessedOn);
    }

    [Fact]
    public void ClosingKeepsTheClosureDate_TheProgrammeListsWhenGiven_AndReopeningClearsIt()
    {
        var family = NewCase();
        family.Close("Programme list", Guid.NewGuid(), Now, new DateOnly(2025, 8, 31));
        Assert.Equal(new DateOnly(2025, 8, 31), family.ClosedOn);
        Assert.True(family.CorrectClosureDate(new DateOnly(2025, 9, 1)).Succeeded);
        Assert.Equal(new DateOnly(2025, 9, 1), family.ClosedOn);

        family.Reopen("More to do", Guid.NewGuid(), Now);
        Assert.Null(family.ClosedOn);
        Assert.False(family.CorrectClosureDate(new DateOnly(2025, 9, 1)).Succeeded);

        family.Close("Done", Guid.NewGuid(), Now, Today);
        Assert.Equal(Today, family.ClosedOn);
    }

    [Fact]
    public void AnExpectantParent_IsRecorded_ButNotOnAnUnbornChild_OrBeforeTheirOwnBirth()
    {
        var parent = Families.PersonTests.Make(born: new DateOnly(1995, 4, 1));
        var unborn = Families.PersonTests.Make(expected: new DateOnly(2026, 6, 1));

        Assert.True(parent.RecordExpecting(new DateOnly(2026, 6, 1)).Succeeded);
        Assert.Equal(new DateOnly(2026, 6, 1), parent.ExpectingOn);
        Assert.False(parent.RecordExpecting(new DateOnly(1995, 4, 1)).Succeeded);
        Assert.False(unborn.RecordExpecting(new DateOnly(2026, 6, 1)).Succeeded);
        Assert.True(parent.RecordExpecting(null).Succeeded);
        Assert.Null(parent.ExpectingOn);
    }

    [Theory]
    [InlineData("2027-09-20", true)]
    [InlineData("2027-09-21", false)]
    [InlineData("2023-11-20", true)]
    [InlineData("2023-11-19", false)]
    [InlineData(null, true)]
    public void TheDateABabyIsDue_TypedOnTheRecord_IsNoMoreThanTenMonthsAhead_NorMoreThanThreeYearsBack(string? due, bool accepted)
    {
        var today = new DateOnly(2026, 11, 20);

        var result = Person.CheckExpectingOnFromTheRecord(due is null ? null : DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), today);

        Assert.Equal(accepted, result.Succeeded);
        Assert.True(accepted || result.Field == nameof(Person.ExpectingOn));
    }

    [Fact]
    public void AResultIsClaimedOnce_AndAFamilyUnderOnlyOneFramework()
    {
        ClaimHeld[] crime = [new(OutcomeFramework.FamilyFirst2012, "crime_asb_education")];

        Assert.True(ResultClaimRule.CanClaim([], OutcomeFramework.SupportingFamilies2022, "supporting_families", "Supporting Families").Succeeded);
        Assert.True(ResultClaimRule.CanClaim(crime, OutcomeFramework.FamilyFirst2012, "continuous_employment", "continuous employment").Succeeded);
        Assert.Equal(
            "The crime, anti-social behaviour and education result has already been claimed for this family",
            ResultClaimRule.CanClaim(crime, OutcomeFramework.FamilyFirst2012, "crime_asb_education", "crime, anti-social behaviour and education").Error);
        Assert.Equal(
            "This family's result has already been claimed under Family First (2012 to 2015), so it cannot be claimed under Supporting Families (2022 to 2025)",
            ResultClaimRule.CanClaim(crime, OutcomeFramework.SupportingFamilies2022, "supporting_families", "Supporting Families").Error);
        Assert.False(ResultClaimRule.CanClaim([new(OutcomeFramework.SupportingFamilies2022, "supporting_families")], OutcomeFramework.FamilyFirst2012, "continuous_employment", "continuous employment").Succeeded);
    }
}
