namespace FamilyFirst.Domain.Families;

/// <summary>
/// A National Insurance number in HMRC's format: two prefix letters, six digits, a suffix letter A to D
/// (HMRC National Insurance Manual NIM39110). Only the format can be checked: there is no check digit.
/// </summary>
public sealed record NationalInsuranceNumber
{
    // Neither prefix letter may be D, F, I, Q, U or V; the second may not be O.
    private const string NeverInPrefix = "DFIQUV";
    private static readonly string[] NeverAllocatedPrefixes = ["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"];

    private NationalInsuranceNumber(string value) => Value = value;

    /// <summary>Nine characters in capitals with no spaces, for example "AB123456C".</summary>
    public string Value { get; }

    /// <summary>The way HMRC prints it: "AB 12 34 56 C".</summary>
    public string Formatted => $"{Value[..2]} {Value[2..4]} {Value[4..6]} {Value[6..8]} {Value[8]}";

    /// <summary>Reads a National Insurance number typed by a person; spaces are ignored and letters may be lower case.</summary>
    public static Result<NationalInsuranceNumber> TryParse(string? input)
    {
        var text = IdentifierText.Compact(input);
        if (text.Length == 0)
        {
            return Result<NationalInsuranceNumber>.Fail("Enter a National Insurance number");
        }

        var shapeIsRight = text.Length == 9
            && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterUpper(text[1])
            && text.AsSpan(2, 6).IndexOfAnyExceptInRange('0', '9') < 0
            && text[8] is >= 'A' and <= 'D';
        if (!shapeIsRight)
        {
            return Result<NationalInsuranceNumber>.Fail(
                "Enter a National Insurance number in the correct format, like QQ 12 34 56 C");
        }

        var prefix = text[..2];
        if (NeverInPrefix.Contains(text[0]) || NeverInPrefix.Contains(text[1]) || text[1] == 'O'
            || NeverAllocatedPrefixes.Contains(prefix))
        {
            return Result<NationalInsuranceNumber>.Fail($"Enter a real National Insurance number - it cannot start with {prefix}");
        }

        return Result<NationalInsuranceNumber>.Ok(new NationalInsuranceNumber(text));
    }

    public override string ToString() => Formatted;
}
