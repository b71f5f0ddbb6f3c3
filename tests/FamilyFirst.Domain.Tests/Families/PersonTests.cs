using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class PersonTests
{
    private static readonly DateOnly Today = new(2025, 3, 10);
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Worker = Guid.Parse("00000000-0000-0000-0000-000000000001");

    internal static Person Make(string given = "Jade", string family = "Smith", DateOnly? born = null, DateOnly? expected = null) =>
        Person.Create(new PersonDetails(given, family, born, expected, Gender.Female), DuplicateCheckOutcome.NoLikelyMatches, Worker, Today, Now).Value!;

    [Fact]
    public void Create_StoresPhoneticKeysForTheDatabaseSearch()
    {
        var person = Make("Jon", "Smyth", new DateOnly(2012, 5, 1));

        Assert.Equal(PhoneticKey.For("John"), person.GivenNameKey);
        Assert.Equal(PhoneticKey.For("Smith"), person.FamilyNameKey);
    }

    [Fact]
    public void Create_WithLikelyMatchesAndNoReason_IsRefused()
    {
        var check = new DuplicateCheckOutcome([Guid.NewGuid()], " ");

        var result = Person.Create(new PersonDetails("Jade", "Smith", null, null, Gender.Female), check, Worker, Today, Now);

        Assert.False(result.Succeeded);
        Assert.Equal("Enter why this is a different person from the possible matches", result.Error);
    }

    [Fact]
    public void Create_WithLikelyMatchesAndAReason_KeepsTheReasonAndTheMatchesShown()
    {
        var match = Guid.NewGuid();

        var person = Person.Create(
            new PersonDetails("Jade", "Smith", null, null, Gender.Female),
            new DuplicateCheckOutcome([match], "Different mother, confirmed with school"),
            Worker, Today, Now).Value!;

        Assert.Equal("Different mother, confirmed with school", person.ReasonNotADuplicate);
        Assert.Equal([match], person.LikelyMatchIdsShown);
    }

    [Theory]
    [InlineData("", "Smith", "Enter the person's given name")]
    [InlineData("Jade", " ", "Enter the person's family name")]
    public void Create_WithoutNames_IsRefused(string given, string family, string expected)
    {
        var result = Person.Create(new PersonDetails(given, family, null, null, Gender.Female), DuplicateCheckOutcome.NoLikelyMatches, Worker, Today, Now);

        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Create_WithBothDateOfBirthAndExpectedDate_IsRefused()
    {
        var result = Person.Create(
            new PersonDetails("Baby", "Smith", new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 1), Gender.NotKnown),
            DuplicateCheckOutcome.NoLikelyMatches, Worker, Today, Now);

        Assert.Equal("Enter either a date of birth or an expected date of birth, not both", result.Error);
    }

    [Fact]
    public void Create_WithDateOfBirthInTheFuture_IsRefused()
    {
        var result = Person.Create(
            new PersonDetails("Jade", "Smith", Today.AddDays(1), null, Gender.Female),
            DuplicateCheckOutcome.NoLikelyMatches, Worker, Today, Now);

        Assert.Equal("Date of birth must be today or in the past", result.Error);
    }

    [Theory]
    [InlineData("2025-03-09", 17)]
    [InlineData("2025-03-10", 18)]
    [InlineData("2030-01-01", 22)]
    public void AgeOn_CountsWholeYears(string on, int expected)
    {
        var person = Make(born: new DateOnly(2007, 3, 10));

        Assert.Equal(expected, person.AgeOn(DateOnly.Parse(on)));
    }

    [Theory]
    [InlineData("2022-02-28", 17)]
    [InlineData("2022-03-01", 18)]
    [InlineData("2024-02-28", 19)]
    [InlineData("2024-02-29", 20)]
    public void AgeOn_ForA29FebruaryBirthday_HasTheBirthdayOn1MarchInOtherYears(string on, int expected)
    {
        var person = Make(born: new DateOnly(2004, 2, 29));

        Assert.Equal(expected, person.AgeOn(DateOnly.Parse(on)));
    }

    [Fact]
    public void IsChildOn_IsTrueUntilTheDayBeforeThe18thBirthday()
    {
        var person = Make(born: new DateOnly(2007, 3, 10));

        Assert.True(person.IsChildOn(new DateOnly(2025, 3, 9)));
        Assert.False(person.IsChildOn(new DateOnly(2025, 3, 10)));
    }

    [Fact]
    public void IsChildOn_ForAnUnbornChild_IsTrue_AndForAnUnknownBirthDate_IsFalse()
    {
        var unborn = Make("Baby", expected: new DateOnly(2025, 6, 1));
        var unknown = Make("Sam");

        Assert.True(unborn.IsUnborn);
        Assert.True(unborn.IsChildOn(Today));
        Assert.Null(unborn.AgeOn(Today));
        Assert.False(unknown.IsChildOn(Today));
    }

    [Fact]
    public void RecordBirth_ReplacesTheExpectedDate()
    {
        var baby = Make("Baby", expected: new DateOnly(2025, 3, 20));

        var result = baby.RecordBirth(new DateOnly(2025, 3, 8), Today);

        Assert.True(result.Succeeded);
        Assert.Equal(new DateOnly(2025, 3, 8), baby.DateOfBirth);
        Assert.Null(baby.ExpectedDateOfBirth);
        Assert.False(baby.IsUnborn);
    }

    [Fact]
    public void RecordEthnicity_WithoutPurpose_IsRefused()
    {
        var person = Make();

        var result = person.RecordEthnicity("White British", "");

        Assert.Equal("Enter why the person's ethnicity is being recorded", result.Error);
        Assert.Null(person.Ethnicity);
    }

    [Fact]
    public void MoveInto_ANewHousehold_EndsTheCurrentResidenceTheDayBefore()
    {
        var person = Make();
        var first = Guid.NewGuid();
        var second = Guid.NewGuid();
        person.MoveInto(first, new DateOnly(2020, 1, 1));

        var result = person.MoveInto(second, new DateOnly(2025, 2, 1));

        Assert.True(result.Succeeded);
        Assert.Equal(new DateOnly(2025, 1, 31), person.Residences[0].To);
        Assert.Equal(first, person.HouseholdOn(new DateOnly(2025, 1, 31)));
        Assert.Equal(second, person.HouseholdOn(new DateOnly(2025, 2, 1)));
        Assert.Null(person.HouseholdOn(new DateOnly(2019, 12, 31)));
    }

    [Fact]
    public void MoveInto_OnOrBeforeTheCurrentMoveInDate_IsRefused()
    {
        var person = Make();
        person.MoveInto(Guid.NewGuid(), new DateOnly(2024, 6, 1));

        var result = person.MoveInto(Guid.NewGuid(), new DateOnly(2024, 6, 1));

        Assert.False(result.Succeeded);
        Assert.Single(person.Residences);
    }

    [Fact]
    public void Household_SharedByTwoPeople_GivesThemTheSameAddress()
    {
        var address = Address.Create("1 Mill Lane", null, "Exeter", null, "ex1 1aa").Value!;
        var household = Household.Create(Guid.NewGuid(), address);
        var mother = Make("Jade");
        var son = Make("Leo", born: new DateOnly(2015, 1, 1));

        mother.MoveInto(household.Id, new DateOnly(2020, 1, 1));
        son.MoveInto(household.Id, new DateOnly(2020, 1, 1));

        Assert.Equal(mother.HouseholdOn(Today), son.HouseholdOn(Today));
        Assert.Equal("EX1 1AA", household.Address.Postcode);
    }

    [Theory]
    [InlineData("SW1A1AA", "SW1A 1AA")]
    [InlineData("m1 1ae", "M1 1AE")]
    public void Address_Create_TidiesThePostcode(string input, string expected)
    {
        Assert.Equal(expected, Address.Create("1 High Street", null, "Town", null, input).Value!.Postcode);
    }

    [Fact]
    public void Address_Create_WithAnUnrealPostcode_IsRefused()
    {
        Assert.Equal("Enter a real postcode", Address.Create("1 High Street", null, "Town", null, "12345").Error);
    }

    [Fact]
    public void StatusOn_IncludesTheStartDayAndTheEndDay()
    {
        var child = Make("Leo", born: new DateOnly(2015, 1, 1));
        child.RecordChildStatus(ChildStatus.ChildInNeed, new DateOnly(2024, 1, 10), new DateOnly(2024, 6, 30));

        Assert.Empty(child.StatusOn(new DateOnly(2024, 1, 9)));
        Assert.Equal([ChildStatus.ChildInNeed], child.StatusOn(new DateOnly(2024, 1, 10)));
        Assert.Equal([ChildStatus.ChildInNeed], child.StatusOn(new DateOnly(2024, 6, 30)));
        Assert.Empty(child.StatusOn(new DateOnly(2024, 7, 1)));
    }

    [Fact]
    public void StatusOn_WithDifferentStatusesAtOnce_ListsEach()
    {
        var child = Make("Leo", born: new DateOnly(2015, 1, 1));
        child.RecordChildStatus(ChildStatus.ChildProtectionPlan, new DateOnly(2024, 2, 1));
        child.RecordChildStatus(ChildStatus.ChildInNeed, new DateOnly(2024, 1, 10));

        Assert.Equal([ChildStatus.ChildInNeed, ChildStatus.ChildProtectionPlan], child.StatusOn(new DateOnly(2024, 3, 1)));
    }

    [Theory]
    [InlineData("2024-06-30", null)] // starts on the last day of the existing period
    [InlineData("2023-12-01", "2024-01-10")] // ends on its first day
    [InlineData("2024-02-01", "2024-03-01")] // inside it
    [InlineData("2023-01-01", null)] // open-ended, covering it
    public void RecordChildStatus_OverlappingTheSameStatus_IsRefused(string start, string? end)
    {
        var child = Make("Leo", born: new DateOnly(2015, 1, 1));
        child.RecordChildStatus(ChildStatus.ChildInNeed, new DateOnly(2024, 1, 10), new DateOnly(2024, 6, 30));

        var result = child.RecordChildStatus(ChildStatus.ChildInNeed, DateOnly.Parse(start), end is null ? null : DateOnly.Parse(end));

        Assert.False(result.Succeeded);
        Assert.Equal("Dates overlap an existing child in need period from 10 January 2024 to 30 June 2024", result.Error);
        Assert.Single(child.ChildStatuses);
    }

    [Fact]
    public void RecordChildStatus_StartingTheDayAfterTheLastEnded_IsAllowed()
    {
        var child = Make("Leo", born: new DateOnly(2015, 1, 1));
        child.RecordChildStatus(ChildStatus.LookedAfter, new DateOnly(2024, 1, 10), new DateOnly(2024, 6, 30));

        var result = child.RecordChildStatus(ChildStatus.LookedAfter, new DateOnly(2024, 7, 1));

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void RecordChildStatus_ForAnUnbornChild_IsAllowed()
    {
        var baby = Make("Baby", expected: new DateOnly(2025, 6, 1));

        Assert.True(baby.RecordChildStatus(ChildStatus.ChildProtectionPlan, new DateOnly(2025, 3, 1)).Succeeded);
    }

    [Fact]
    public void RecordChildStatus_StartingAfterThe18thBirthday_IsRefused()
    {
        var adult = Make(born: new DateOnly(2000, 1, 1));

        Assert.False(adult.RecordChildStatus(ChildStatus.ChildInNeed, new DateOnly(2018, 1, 1)).Succeeded);
    }

    [Fact]
    public void EndChildStatus_BeforeItStarted_IsRefused_AndOnTheStartDay_IsAllowed()
    {
        var child = Make("Leo", born: new DateOnly(2015, 1, 1));
        child.RecordChildStatus(ChildStatus.ChildProtectionPlan, new DateOnly(2024, 2, 1));

        Assert.False(child.EndChildStatus(ChildStatus.ChildProtectionPlan, new DateOnly(2024, 1, 31)).Succeeded);
        Assert.True(child.EndChildStatus(ChildStatus.ChildProtectionPlan, new DateOnly(2024, 2, 1)).Succeeded);
        Assert.Empty(child.StatusOn(new DateOnly(2024, 2, 2)));
    }
}
