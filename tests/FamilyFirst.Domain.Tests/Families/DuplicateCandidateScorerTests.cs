using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class DuplicateCandidateScorerTests
{
    private static readonly DateOnly Born = new(2012, 5, 14);
    private static readonly DuplicateCandidateScorer Scorer = new();

    private static PersonMatchDetails Details(string given, string family, DateOnly? born = null) => new(given, family, born);

    [Fact]
    public void Score_SameNameAndDateOfBirth_IsAFullMatch()
    {
        var score = Scorer.Score(Details("John", "Smith", Born), Details("John", "Smith", Born));

        Assert.Equal(100, score.Value);
        Assert.True(score.IsLikelyMatch);
        Assert.Equal(["Same name", "Same date of birth"], score.Reasons);
    }

    [Fact]
    public void Score_WithATypingSlip_IsStillALikelyMatch()
    {
        var score = Scorer.Score(Details("Jonh", "Smith", Born), Details("John", "Smith", Born));

        Assert.True(score.IsLikelyMatch);
        Assert.InRange(score.Value, 65, 99);
        Assert.Contains("Same date of birth", score.Reasons);
    }

    [Fact]
    public void Score_WithSoundAlikeNames_ExplainsItSoundsLikeTheExistingName()
    {
        var score = Scorer.Score(Details("John", "Smith", Born), Details("Jon", "Smyth", Born));

        Assert.True(score.IsLikelyMatch);
        Assert.Contains("Name sounds like 'Jon Smyth'", score.Reasons);
    }

    [Fact]
    public void Score_WithSoundAlikeButNotSimilarlySpeltNames_FindsThem()
    {
        var score = Scorer.Score(Details("Shaun", "Phillips", Born), Details("Sean", "Filips", Born));

        Assert.True(score.IsLikelyMatch);
        Assert.Contains("Name sounds like 'Sean Filips'", score.Reasons);
    }

    [Fact]
    public void Score_WithADifferentDateOfBirth_IsLowerThanWithTheSame_AndWithNone()
    {
        var same = Scorer.Score(Details("John", "Smith", Born), Details("John", "Smith", Born));
        var unknown = Scorer.Score(Details("John", "Smith"), Details("John", "Smith", Born));
        var different = Scorer.Score(Details("John", "Smith", new DateOnly(1980, 1, 2)), Details("John", "Smith", Born));

        Assert.True(different.Value < unknown.Value && unknown.Value < same.Value);
        Assert.False(different.IsLikelyMatch);
        Assert.Contains("Different date of birth", different.Reasons);
    }

    [Fact]
    public void Score_WithADateOfBirthOneDigitOut_IsClose()
    {
        var score = Scorer.Score(Details("John", "Smith", new DateOnly(2012, 5, 15)), Details("John", "Smith", Born));

        Assert.True(score.IsLikelyMatch);
        Assert.Contains("Date of birth is close to 14 May 2012", score.Reasons);
    }

    [Fact]
    public void Score_WithDayAndMonthSwapped_IsClose()
    {
        var score = Scorer.Score(Details("John", "Smith", new DateOnly(2012, 3, 4)), Details("John", "Smith", new DateOnly(2012, 4, 3)));

        Assert.Contains("Date of birth is close to 3 April 2012", score.Reasons);
    }

    [Fact]
    public void Score_SameNhsNumber_IsAStrongMatchEvenWithAChangedName()
    {
        var nhs = NhsNumber.TryParse("9434765919").Value!;
        var proposed = Details("Jade", "Walker", Born) with { NhsNumber = nhs };
        var existing = Details("Jade", "Smith", Born) with { NhsNumber = nhs };

        var score = Scorer.Score(proposed, existing);

        Assert.True(score.Value >= 90);
        Assert.Equal("Same NHS number", score.Reasons[0]);
    }

    [Fact]
    public void Score_SameNhsNumberAlone_IsALikelyMatch()
    {
        var nhs = NhsNumber.TryParse("4010232137").Value!;

        var score = Scorer.Score(Details("Ann", "Jones") with { NhsNumber = nhs }, Details("Zara", "Patel") with { NhsNumber = nhs });

        Assert.True(score.IsLikelyMatch);
    }

    [Fact]
    public void Score_DifferentNhsNumbers_AreNotALikelyMatch()
    {
        var proposed = Details("John", "Smith", Born) with { NhsNumber = NhsNumber.TryParse("9434765919").Value };
        var existing = Details("John", "Smith", Born) with { NhsNumber = NhsNumber.TryParse("4010232137").Value };

        var score = Scorer.Score(proposed, existing);

        Assert.False(score.IsLikelyMatch);
        Assert.Contains("Different NHS number", score.Reasons);
    }

    [Theory]
    [InlineData("José", "Núñez", "Jose", "Nunez")]
    [InlineData("ZOË", "o'brien", "Zoe", "O'Brien")]
    [InlineData("Anne-Marie", "Mc Donald", "anne marie", "McDonald")]
    public void Score_IgnoresAccentsCaseSpacesAndPunctuation(string given, string family, string existingGiven, string existingFamily)
    {
        var score = Scorer.Score(Details(given, family, Born), Details(existingGiven, existingFamily, Born));

        Assert.Equal(100, score.Value);
    }

    [Fact]
    public void Score_WithAShortFormOfTheGivenName_IsALikelyMatch()
    {
        var score = Scorer.Score(Details("Bill", "Turner", Born), Details("William", "Turner", Born));

        Assert.True(score.IsLikelyMatch);
        Assert.Contains("'Bill' and 'William' can be the same given name", score.Reasons);
    }

    [Fact]
    public void Score_MatchesThePreferredName()
    {
        var existing = Details("Alexandra", "Green", Born) with { PreferredName = "Lexi" };

        var score = Scorer.Score(Details("Lexi", "Green", Born), existing);

        Assert.Equal(100, score.Value);
    }

    [Fact]
    public void Score_TwinsWithTheSameFamilyNameAndBirthday_AreNotALikelyMatch()
    {
        var score = Scorer.Score(Details("Oliver", "Smith", Born), Details("Harriet", "Smith", Born));

        Assert.False(score.IsLikelyMatch);
        Assert.Contains("Different given name", score.Reasons);
    }

    [Fact]
    public void Score_UnrelatedPeople_ScoreZero()
    {
        var score = Scorer.Score(Details("Oliver", "Smith", Born), Details("Priya", "Patel", new DateOnly(1990, 8, 1)));

        Assert.Equal(0, score.Value);
    }

    [Fact]
    public void Score_ADoubleBarrelledName_SharesAPart()
    {
        var score = Scorer.Score(Details("Mia", "Smith-Jones", Born), Details("Mia", "Jones", Born));

        Assert.True(score.IsLikelyMatch);
        Assert.Contains("Family name shares a part with 'Jones'", score.Reasons);
    }

    [Fact]
    public void Threshold_IsConfigurable()
    {
        var strict = new DuplicateCandidateScorer(new DuplicateMatchSettings(LikelyMatchThreshold: 100));

        var score = strict.Score(Details("Jonh", "Smith", Born), Details("John", "Smith", Born));

        Assert.False(score.IsLikelyMatch);
    }

    [Fact]
    public void LikelyMatches_ReturnsOnlyLikelyOnes_BestFirst()
    {
        var exact = Guid.NewGuid();
        var soundAlike = Guid.NewGuid();
        var sibling = Guid.NewGuid();
        var candidates = new[]
        {
            (soundAlike, Details("Jon", "Smyth", Born)),
            (sibling, Details("Harriet", "Smith", Born)),
            (exact, Details("John", "Smith", Born)),
        };

        var matches = Scorer.LikelyMatches(Details("John", "Smith", Born), candidates);

        Assert.Equal([exact, soundAlike], matches.Select(m => m.PersonId));
    }

    [Fact]
    public void SearchCriteria_UseTheSamePhoneticKeysAsStoredOnPeople()
    {
        var criteria = DuplicateSearchCriteria.For(Details("Jon", "Smyth", Born) with { NhsNumber = NhsNumber.TryParse("9434765919").Value });

        Assert.Equal(("J500", "S530"), (criteria.GivenNameKey, criteria.FamilyNameKey));
        Assert.Equal("9434765919", criteria.NhsNumber);
        Assert.Equal(Born, criteria.DateOfBirth);
    }
}
