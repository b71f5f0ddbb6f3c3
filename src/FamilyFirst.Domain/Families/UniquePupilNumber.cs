namespace FamilyFirst.Domain.Families;

/// <summary>
/// A pupil's unique pupil number (UPN) from the Department for Education: a check letter, then 12 characters
/// (local authority number, establishment number, year, serial). A temporary UPN ends in a letter.
/// </summary>
/// <remarks>
/// Check letter (DfE "Unique pupil numbers (UPN)" guidance; UK Government Data Standards Catalogue,
/// Unique Pupil Number v2.0): characters 2 to 13 are multiplied by weights 2 to 13, the products summed,
/// and the remainder after dividing by 23 gives the letter A B C D E F G H J K L M N P Q R T U V W X Y Z
/// (0 to 22; I, O and S are never used). A temporary UPN's final letter counts as its value in the same table.
/// </remarks>
public sealed record UniquePupilNumber
{
    /// <summary>The check letters in order of their value 0 to 22.</summary>
    public const string CheckLetters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private UniquePupilNumber(string value) => Value = value;

    /// <summary>The 13 characters in capitals: the form to store and compare.</summary>
    public string Value { get; }

    /// <summary>True when the UPN is a temporary one (its last character is a letter).</summary>
    public bool IsTemporary => char.IsAsciiLetter(Value[12]);

    /// <summary>Reads a UPN typed by a person; spaces are ignored and letters may be lower case.</summary>
    public static Result<UniquePupilNumber> TryParse(string? input)
    {
        var text = IdentifierText.Compact(input);
        if (text.Length == 0)
        {
            return Result<UniquePupilNumber>.Fail("Enter a unique pupil number");
        }

        if (text.Length != 13)
        {
            return Result<UniquePupilNumber>.Fail("Unique pupil number must be 13 characters");
        }

        var shapeIsRight = CheckLetters.Contains(text[0])
            && !text.AsSpan(1, 11).ContainsAnyExceptInRange('0', '9')
            && (char.IsAsciiDigit(text[12]) || CheckLetters.Contains(text[12]));
        if (!shapeIsRight)
        {
            return Result<UniquePupilNumber>.Fail(
                "Unique pupil number must start with a letter, then 11 numbers, then a number or a letter");
        }

        if (CheckLetterFor(text.AsSpan(1)) != text[0])
        {
            return Result<UniquePupilNumber>.Fail("Enter a real unique pupil number - the check letter does not match");
        }

        return Result<UniquePupilNumber>.Ok(new UniquePupilNumber(text));
    }

    /// <summary>The check letter for the 12 characters after it (11 digits, then a digit or a temporary-UPN letter).</summary>
    public static char CheckLetterFor(ReadOnlySpan<char> lastTwelve)
    {
        if (lastTwelve.Length != 12)
        {
            throw new ArgumentException("Twelve characters are needed to compute a UPN check letter.", nameof(lastTwelve));
        }

        var sum = 0;
        for (var i = 0; i < 12; i++)
        {
            var c = lastTwelve[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : CheckLetters.IndexOf(c);
            if (value < 0)
            {
                throw new ArgumentException($"'{c}' cannot appear in a unique pupil number.", nameof(lastTwelve));
            }

            sum += value * (i + 2);
        }

        return CheckLetters[sum % 23];
    }

    public override string ToString() => Value;
}
