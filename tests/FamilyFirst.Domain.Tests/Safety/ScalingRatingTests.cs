using FamilyFirst.Domain.Safety;

namespace FamilyFirst.Domain.Tests.Safety;

public class ScalingRatingTests
{
    private static readonly Guid FamilyId = Guid.Parse("6f1d8f9e-2a55-4c1e-9d1b-0e6a1f3c2b01");

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Record_AcceptsOnlyScoresFromZeroToTen(int score, bool accepted)
    {
        var result = ScalingRating.Record(FamilyId, score, ScalingRole.Practitioner, null, "Priya Shah", new DateOnly(2026, 3, 2));

        Assert.Equal(accepted, result.Succeeded);
        if (accepted)
        {
            Assert.Equal(score, result.Value!.Score);
        }
        else
        {
            Assert.Equal("Enter a rating from 0 to 10", result.Error);
        }
    }

    [Fact]
    public void Record_WithoutAnyoneNamed_IsRefused()
    {
        var result = ScalingRating.Record(FamilyId, 5, ScalingRole.FamilyMember, null, " ", new DateOnly(2026, 3, 2));

        Assert.False(result.Succeeded);
        Assert.Equal("Enter who gave the rating", result.Error);
    }

    [Fact]
    public void Record_KeepsWhoGaveItAndWhen()
    {
        var personId = Guid.NewGuid();

        var rating = ScalingRating.Record(FamilyId, 4, ScalingRole.FamilyMember, personId, null, new DateOnly(2026, 3, 2), "Things are calmer").Value!;

        Assert.Equal(ScalingRole.FamilyMember, rating.GivenByRole);
        Assert.Equal(personId, rating.GivenById);
        Assert.Null(rating.GivenByName);
        Assert.Equal(new DateOnly(2026, 3, 2), rating.RatedOn);
        Assert.Equal("Things are calmer", rating.Comment);
    }
}
