using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class NationalInsuranceNumberTests
{
    [Theory]
    [InlineData("AB123456C", "AB123456C")]
    [InlineData("ab 12 34 56 c", "AB123456C")]
    [InlineData("JG103759A", "JG103759A")]
    [InlineData("OA123456D", "OA123456D")] // O is allowed first
    public void TryParse_WithValidFormat_Succeeds(string input, string expected)
    {
        var result = NationalInsuranceNumber.TryParse(input);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, result.Value!.Value);
        Assert.Equal($"{expected[..2]} {expected[2..4]} {expected[4..6]} {expected[6..8]} {expected[8]}", result.Value.Formatted);
    }

    [Theory]
    [InlineData("QQ123456C")] // Q never used
    [InlineData("DA123456A")] // D never first
    [InlineData("AD123456A")] // D never second
    [InlineData("AO123456A")] // O never second
    [InlineData("BG123456A")]
    [InlineData("GB123456A")]
    [InlineData("NK123456A")]
    [InlineData("KN123456A")]
    [InlineData("TN123456A")]
    [InlineData("NT123456A")]
    [InlineData("ZZ123456A")]
    public void TryParse_WithPrefixNeverAllocated_IsRefused(string input)
    {
        var result = NationalInsuranceNumber.TryParse(input);

        Assert.False(result.Succeeded);
        Assert.Equal($"Enter a real National Insurance number - it cannot start with {input[..2]}", result.Error);
    }

    [Theory]
    [InlineData("AB123456E")] // suffix must be A to D
    [InlineData("AB12345C")]
    [InlineData("AB1234567")]
    [InlineData("A1123456C")]
    [InlineData("AB123456")]
    public void TryParse_WithWrongShape_AsksForTheCorrectFormat(string input)
    {
        var result = NationalInsuranceNumber.TryParse(input);

        Assert.False(result.Succeeded);
        Assert.Equal("Enter a National Insurance number in the correct format, like QQ 12 34 56 C", result.Error);
    }
}
