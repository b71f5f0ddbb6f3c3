using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Domain.Tests.Imports;

public class PersonNameKeyTests
{
    [Theory]
    [InlineData("  Zoë  O'Brien", "zoe o'brien")]
    [InlineData("ZOË", "zoe")]
    [InlineData("Zoe\u0308", "zoë")]
    [InlineData("O’Brien", "o'brien")]
    [InlineData("Mary Ann", "maryann")]
    [InlineData("Strauß", "strauss")]
    [InlineData("Łukasz", "lukasz")]
    [InlineData("Søren", "soren")]
    [InlineData("Siân\tJones", "sian jones")]
    public void Normalise_NamesThatDifferOnlyInCaseAccentsOrSpaces_AreEqual(string written, string other)
    {
        Assert.Equal(PersonNameKey.Normalise(other), PersonNameKey.Normalise(written));
    }

    [Theory]
    [InlineData("Zoe", "Zoey")]
    [InlineData("O'Brien", "OBrien")]
    [InlineData("Smith-Jones", "Smith Jones")]
    public void Normalise_DifferentNames_StayDifferent(string one, string other)
    {
        Assert.NotEqual(PersonNameKey.Normalise(one), PersonNameKey.Normalise(other));
    }

    [Fact]
    public void Normalise_GivesLowerCaseWithoutAccentsOrSpaces()
    {
        Assert.Equal("zoeo'brien", PersonNameKey.Normalise("  Zoë  O'Brien "));
        Assert.Equal("", PersonNameKey.Normalise("   "));
        Assert.Equal("", PersonNameKey.Normalise(null));
    }
}
