using CsCheck;
using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

public class NhsNumberTests
{
    [Theory]
    [InlineData("9434765919", "9434765919")]
    [InlineData("4010232137", "4010232137")]
    [InlineData("943 476 5919", "9434765919")]
    [InlineData(" 943-476-5919 ", "9434765919")]
    public void TryParse_WithValidNumber_KeepsTheTenDigits(string input, string expected)
    {
        var result = NhsNumber.TryParse(input);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(expected, result.Value!.Value);
    }

    [Fact]
    public void Formatted_GroupsDigitsThreeThreeFour()
    {
        var number = NhsNumber.TryParse("9434765919").Value!;

        Assert.Equal("943 476 5919", number.Formatted);
    }

    [Theory]
    [InlineData("9434765918", "Enter a real NHS number, like 943 476 5919")] // check digit should be 9
    [InlineData("4010232138", "Enter a real NHS number, like 943 476 5919")]
    [InlineData("943476591", "NHS number must be 10 digits")]
    [InlineData("94347659190", "NHS number must be 10 digits")]
    [InlineData("94347A5919", "NHS number must only include numbers 0 to 9 and spaces")]
    [InlineData("", "Enter an NHS number")]
    [InlineData(null, "Enter an NHS number")]
    public void TryParse_WithInvalidNumber_ExplainsWhy(string? input, string expected)
    {
        var result = NhsNumber.TryParse(input);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void TryParse_WhenCheckDigitWouldBeTen_RefusesEveryLastDigit()
    {
        // 000000006: sum 6 × 2 = 12, remainder 1, 11 − 1 = 10, so no NHS number starts with these nine digits.
        Assert.Null(NhsNumber.CheckDigitFor("000000006"));

        for (var last = 0; last <= 9; last++)
        {
            Assert.False(NhsNumber.TryParse($"000000006{last}").Succeeded);
        }
    }

    [Fact]
    public void CheckDigitFor_WhenElevenMinusRemainderIsEleven_IsZero()
    {
        Assert.Equal(0, NhsNumber.CheckDigitFor("000000000"));
        Assert.True(NhsNumber.TryParse("0000000000").Succeeded);
    }

    [Fact]
    public void TryParse_DetectsEverySingleDigitMistake()
    {
        Gen.Int[0, 9].Array[9]
            .Where(d => NhsNumber.CheckDigitFor(string.Concat(d)) is not null)
            .Select(Gen.Int[0, 9], Gen.Int[1, 9], (d, position, shift) => (d, position, shift))
            .Sample(t =>
            {
                var nine = string.Concat(t.d);
                var valid = nine + NhsNumber.CheckDigitFor(nine);
                var chars = valid.ToCharArray();
                chars[t.position] = (char)('0' + ((chars[t.position] - '0' + t.shift) % 10));

                Assert.True(NhsNumber.TryParse(valid).Succeeded);
                Assert.False(NhsNumber.TryParse(new string(chars)).Succeeded);
            });
    }
}
