using FamilyFirst.Domain.Safety;

namespace FamilyFirst.Domain.Tests.Safety;

/// <summary>Raters are people: a chosen person is one line whatever their name was written as, and summaries compare like with like.</summary>
public class ScalingRaterTests
{
    private static readonly Guid FamilyId = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b01");
    private static readonly Guid Jade = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b11");
    private static readonly Guid Carol = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b12");
    private static readonly Guid Priya = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b13");
    private static readonly Guid Sam = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b14");

    private static ScalingRating Rating(ScalingRater rater, int score, DateOnly on) =>
        ScalingRating.Record(FamilyId, score, rater, on).Value!;

    [Fact]
    public void OnePerson_IsOneLine_EvenWhenTheirNameIsWrittenDifferently()
    {
        var series = ScalingSeries.From(
        [
            Rating(ScalingRater.HouseholdMember(Jade, "Jade Rivers"), 3, new DateOnly(2026, 3, 2)),
            Rating(ScalingRater.HouseholdMember(Jade, "Jade"), 5, new DateOnly(2026, 4, 2)),
        ]);

        var line = Assert.Single(series.Lines);
        Assert.Equal((ScalingRaterKind.HouseholdMember, Jade, ScalingRole.FamilyMember), (line.Kind, line.GivenById!.Value, line.Role));
        Assert.Equal("The latest rating from Jade (family member) is 5 (up from 3 on 2 March 2026)", series.Summary);
    }

    [Fact]
    public void TwoPractitioners_AreTwoLines_EachComparedWithTheirOwnFirstRating()
    {
        var series = ScalingSeries.From(
        [
            Rating(ScalingRater.Professional(Priya, "Priya Shah", isManager: false), 2, new DateOnly(2026, 3, 2)),
            Rating(ScalingRater.Professional(Sam, "Sam Lee", isManager: false), 7, new DateOnly(2026, 4, 2)),
            Rating(ScalingRater.Professional(Priya, "Priya Shah", isManager: false), 4, new DateOnly(2026, 5, 2)),
        ]);

        Assert.Equal(2, series.Lines.Count);
        Assert.Equal(
            "The latest rating from Priya Shah (practitioner) is 4 (up from 2 on 2 March 2026). The only rating from Sam Lee (practitioner) is 7 (given on 2 April 2026)",
            series.Summary);
    }

    [Fact]
    public void ANetworkMember_IsChosenByTheirNetworkRecord()
    {
        var rating = Rating(ScalingRater.NetworkMember(Carol, "Grandma Carol"), 6, new DateOnly(2026, 3, 2));

        Assert.Equal((ScalingRaterKind.NetworkMember, Carol, (Guid?)null, ScalingRole.FamilyMember), (rating.RaterKind, rating.GivenByNetworkMemberId!.Value, rating.GivenById, rating.GivenByRole));
        Assert.Equal("Grandma Carol", rating.GivenByName);
    }

    [Fact]
    public void AManager_GivesAManagersRating()
    {
        var rating = Rating(ScalingRater.Professional(Sam, "Sam Lee", isManager: true), 6, new DateOnly(2026, 3, 2));

        Assert.Equal((ScalingRaterKind.Professional, ScalingRole.Manager, Sam), (rating.RaterKind, rating.GivenByRole, rating.GivenById!.Value));
    }

    [Fact]
    public void SomeoneElse_IsWrittenInWithTheirRole_AndOneLinePerNameAndRole()
    {
        var series = ScalingSeries.From(
        [
            Rating(ScalingRater.SomeoneElse(" Ms Patel ", "Kai's teacher"), 4, new DateOnly(2026, 3, 2)),
            Rating(ScalingRater.SomeoneElse("ms  patel", "kai's teacher"), 6, new DateOnly(2026, 4, 2)),
        ]);

        var line = Assert.Single(series.Lines);
        Assert.Equal((ScalingRaterKind.SomeoneElse, ScalingRole.SomeoneElse), (line.Kind, line.Role));
        Assert.Equal("Ms Patel", line.Ratings[0].GivenByName);
        Assert.Equal("The latest rating from ms  patel (kai's teacher) is 6 (up from 4 on 2 March 2026)", series.Summary);
    }

    [Theory]
    [InlineData(null, "Kai's teacher", "Enter the name of the person who gave the rating")]
    [InlineData("Ms Patel", " ", "Enter their role, for example the children's teacher")]
    public void SomeoneElse_WithoutANameOrRole_IsRefused(string? name, string? role, string message)
    {
        Assert.Equal(message, ScalingRating.Record(FamilyId, 5, ScalingRater.SomeoneElse(name, role), new DateOnly(2026, 3, 2)).Error);
    }

    [Fact]
    public void SomeoneElse_WithTooLongARole_IsRefused()
    {
        Assert.Equal("Their role must be 200 characters or less", ScalingRating.Record(FamilyId, 5, ScalingRater.SomeoneElse("Ms Patel", new string('a', 201)), new DateOnly(2026, 3, 2)).Error);
    }

    [Fact]
    public void AChosenPersonWithoutARecord_IsRefused()
    {
        Assert.Equal("Select who gave the rating", ScalingRating.Record(FamilyId, 5, ScalingRater.HouseholdMember(Guid.Empty, "Jade"), new DateOnly(2026, 3, 2)).Error);
    }

    [Fact]
    public void ARatingOutOfRange_IsRefusedWhoeverGaveIt()
    {
        Assert.Equal("Enter a rating from 0 to 10", ScalingRating.Record(FamilyId, 11, ScalingRater.HouseholdMember(Jade, "Jade"), new DateOnly(2026, 3, 2)).Error);
    }

    [Fact]
    public void ARatingByRoleAndWrittenName_AsBefore_IsSomeoneElseWithThatRole()
    {
        var rating = ScalingRating.Record(FamilyId, 5, ScalingRole.Practitioner, null, "Sam Practitioner", new DateOnly(2026, 3, 2)).Value!;

        Assert.Equal((ScalingRaterKind.SomeoneElse, "practitioner"), (rating.RaterKind, rating.GivenByOtherRole));
    }
}
