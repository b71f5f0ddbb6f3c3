using CsCheck;
using FamilyFirst.Domain.Families;

namespace FamilyFirst.Domain.Tests.Families;

/// <remarks>
/// Published example: "B801200005001" is valid and "A801200005001" is not (python-stdnum, stdnum.gb.upn,
/// from the DfE check-letter rules). Worked: 8×2 + 0×3 + 1×4 + 2×5 + 0×6 + 0×7 + 0×8 + 0×9 + 5×10 + 0×11
/// + 0×12 + 1×13 = 93; 93 mod 23 = 1; letter 1 is B. The temporary examples are computed by hand the same
/// way, with the final letter valued by the same table (A = 0, Z = 22).
/// </remarks>
public class UniquePupilNumberTests
{
    [Theory]
    [InlineData("B801200005001", false)]
    [InlineData("b801200005001", false)]
    [InlineData("B80 1200 005 001", false)]
    [InlineData("M80120000500A", true)] // 80 + 0 × 13 = 80; 80 mod 23 = 11 = M
    [InlineData("Y80120000500Z", true)] // 80 + 22 × 13 = 366; 366 mod 23 = 21 = Y
    public void TryParse_WithValidUpn_Succeeds(string input, bool temporary)
    {
        var result = UniquePupilNumber.TryParse(input);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(input.Replace(" ", string.Empty).ToUpperInvariant(), result.Value!.Value);
        Assert.Equal(temporary, result.Value.IsTemporary);
    }

    [Fact]
    public void CheckLetterFor_PublishedExample_IsB()
    {
        Assert.Equal('B', UniquePupilNumber.CheckLetterFor("801200005001"));
    }

    [Theory]
    [InlineData("A801200005001", "Enter a real unique pupil number - the check letter does not match")]
    [InlineData("B801200005002", "Enter a real unique pupil number - the check letter does not match")]
    [InlineData("B80120000500", "Unique pupil number must be 13 characters")]
    [InlineData("I801200005001", "Unique pupil number must start with a letter, then 11 numbers, then a number or a letter")] // I is never a check letter
    [InlineData("X80120000A001", "Unique pupil number must start with a letter, then 11 numbers, then a number or a letter")]
    [InlineData("M80120000500O", "Unique pupil number must start with a letter, then 11 numbers, then a number or a letter")] // O is never used
    [InlineData("1801200005001", "Unique pupil number must start with a letter, then 11 numbers, then a number or a letter")]
    [InlineData("", "Enter a unique pupil number")]
    public void TryParse_WithInvalidUpn_ExplainsWhy(string input, string expected)
    {
        var result = UniquePupilNumber.TryParse(input);

        Assert.False(result.Succeeded);
        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void TryParse_DetectsEverySingleDigitMistake()
    {
        Gen.Int[0, 9].Array[12]
            .Select(Gen.Int[0, 11], Gen.Int[1, 9], (d, position, shift) => (d, position, shift))
            .Sample(t =>
            {
                var twelve = string.Concat(t.d);
                var valid = UniquePupilNumber.CheckLetterFor(twelve) + twelve;
                var chars = valid.ToCharArray();
                chars[t.position + 1] = (char)('0' + ((chars[t.position + 1] - '0' + t.shift) % 10));

                Assert.True(UniquePupilNumber.TryParse(valid).Succeeded);
                Assert.False(UniquePupilNumber.TryParse(new string(chars)).Succeeded);
            });
    }
}
