using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class PhoneticKeyTests
{
    [Theory]
    [InlineData("Robert", "R163")]
    [InlineData("Rupert", "R163")]
    [InlineData("Rubin", "R150")]
    [InlineData("Ashcraft", "A261")] // H between two letters of the same code: coded once
    [InlineData("Tymczak", "T522")]
    [InlineData("Pfister", "P236")] // first letter's code counts for adjacency
    [InlineData("Lee", "L000")]
    public void For_FollowsSoundex(string name, string expected)
    {
        Assert.Equal(expected, PhoneticKey.For(name));
    }

    [Theory]
    [InlineData("Smith", "Smyth")]
    [InlineData("Smith", "Smithe")]
    [InlineData("Catherine", "Katherine")]
    [InlineData("Philips", "Filips")]
    [InlineData("Knight", "Night")]
    [InlineData("McDonald", "MacDonald")]
    [InlineData("Zoë", "zoe")]
    [InlineData("O'Neill", "Oneil")]
    public void For_GivesSoundAlikesTheSameKey(string a, string b)
    {
        Assert.Equal(PhoneticKey.For(a), PhoneticKey.For(b));
    }

    [Fact]
    public void For_DifferentNames_HaveDifferentKeys()
    {
        Assert.NotEqual(PhoneticKey.For("Smith"), PhoneticKey.For("Jones"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("--")]
    [InlineData(null)]
    public void For_NoLetters_IsEmpty(string? name)
    {
        Assert.Equal(string.Empty, PhoneticKey.For(name));
    }
}
