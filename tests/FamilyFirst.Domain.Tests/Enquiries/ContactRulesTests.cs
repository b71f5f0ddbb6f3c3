using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Domain.Tests.Enquiries;

public class ContactRulesTests
{
    [Theory]
    [InlineData("01632 960 001", true)]
    [InlineData("07700 900982", true)]
    [InlineData("07700-900-982", true)]
    [InlineData("(01632) 960001", true)]
    [InlineData("+44 7700 900982", true)]
    [InlineData("+44 (0)1632 960001", true)]
    [InlineData("0044 1632 960001", true)]
    [InlineData("0207 946 0000", true)]
    [InlineData("09012 345678", false)]
    [InlineData("12345", false)]
    [InlineData("07700 900 98", false)]
    [InlineData("+1 212 555 0100", false)]
    [InlineData("phone me", false)]
    [InlineData("", false)]
    public void IsUkPhoneNumber(string text, bool expected)
    {
        Assert.Equal(expected, ContactRules.IsUkPhoneNumber(text));
    }

    [Theory]
    [InlineData("name@example.com", true)]
    [InlineData(" jo.bloggs+family@council.gov.uk ", true)]
    [InlineData("name@example", false)]
    [InlineData("name example.com", false)]
    [InlineData("@example.com", false)]
    [InlineData("name@@example.com", false)]
    [InlineData("", false)]
    public void IsEmailAddress(string text, bool expected)
    {
        Assert.Equal(expected, ContactRules.IsEmailAddress(text));
    }

    [Theory]
    [InlineData("NM1 1AA", true)]
    [InlineData("nm11aa", true)]
    [InlineData("SW1A 2AA", true)]
    [InlineData("M1 1AE", true)]
    [InlineData("B33 8TH", true)]
    [InlineData("NM1", false)]
    [InlineData("12345", false)]
    [InlineData("", false)]
    public void IsUkPostcode(string text, bool expected)
    {
        Assert.Equal(expected, ContactRules.IsUkPostcode(text));
    }

    [Theory]
    [InlineData("nm11aa", "NM1 1AA")]
    [InlineData(" sw1a 2aa ", "SW1A 2AA")]
    public void NormalisePostcode(string text, string expected)
    {
        Assert.Equal(expected, ContactRules.NormalisePostcode(text));
    }
}
