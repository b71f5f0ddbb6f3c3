using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Domain.Tests.Imports;

public class PersonMatchTests
{
    private static readonly DateOnly Born = new(2012, 3, 4);

    [Fact]
    public void Create_WithPersonRef_MatchesByPersonRefEvenWhenOtherDetailsAreGiven()
    {
        var match = PersonMatch.Create(" p001 ", "A123", "Zoë", "O'Brien", Born, upnMatches: true).Value!;

        Assert.Equal(PersonMatchMethod.PersonRef, match.Method);
        Assert.Equal("P001", match.PersonRef);
        Assert.Equal("ref:P001", match.Key);
    }

    [Fact]
    public void Create_WithUpnInAnEducationFile_MatchesByUpn()
    {
        var match = PersonMatch.Create(null, " a123456789012 ", null, null, null, upnMatches: true).Value!;

        Assert.Equal(PersonMatchMethod.Upn, match.Method);
        Assert.Equal("upn:A123456789012", match.Key);
    }

    [Fact]
    public void Create_WithOnlyUpnInAFileThatIsNotAboutEducation_CannotMatch()
    {
        var result = PersonMatch.Create(null, "A123456789012", null, null, null, upnMatches: false);

        Assert.False(result.Succeeded);
        Assert.Equal("enter person_ref, or given_name, family_name and date_of_birth to match the person", result.Error);
    }

    [Fact]
    public void Create_WithNamesAndDateOfBirth_KeysOnNormalisedNames()
    {
        var one = PersonMatch.Create("", "", "  Zoë ", "O'Brien", Born, upnMatches: true).Value!;
        var other = PersonMatch.Create(null, null, "zoe", " o'brien", Born, upnMatches: true).Value!;

        Assert.Equal(PersonMatchMethod.NameAndDateOfBirth, one.Method);
        Assert.Equal("name:zoe|o'brien|2012-03-04", one.Key);
        Assert.Equal(one.Key, other.Key);
        Assert.Equal("Zoë", one.GivenName);
    }

    [Fact]
    public void Create_NamesContainingTheKeySeparator_CannotCollideWithOtherNames()
    {
        var one = PersonMatch.Create(null, null, "a|b", "c", Born, upnMatches: false).Value!;
        var other = PersonMatch.Create(null, null, "a", "b|c", Born, upnMatches: false).Value!;

        Assert.NotEqual(one.Key, other.Key);
    }

    [Theory]
    [InlineData("Zoë", null, true)]
    [InlineData("Zoë", "O'Brien", false)]
    [InlineData(null, "O'Brien", true)]
    public void Create_WithoutEnoughToMatch_Fails(string? given, string? family, bool withDateOfBirth)
    {
        var result = PersonMatch.Create(null, null, given, family, withDateOfBirth ? Born : null, upnMatches: true);

        Assert.False(result.Succeeded);
        Assert.Equal("enter person_ref, upn, or given_name, family_name and date_of_birth to match the person", result.Error);
    }
}
