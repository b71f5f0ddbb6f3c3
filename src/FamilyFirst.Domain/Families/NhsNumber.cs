namespace FamilyFirst.Domain.Families;

/// <summary>A person's NHS number: 10 digits, the last a modulus 11 check digit (NHS Data Dictionary).</summary>
public sealed record NhsNumber
{
    private NhsNumber(string value) => Value = value;

    /// <summary>The 10 digits, no spaces: the form to store and compare.</summary>
    public string Value { get; }

    /// <summary>Reads an NHS number typed by a person; spaces and dashes are ignored.</summary>
    public static Result<NhsNumber> TryParse(string? input)
    {
        var digits = IdentifierText.Compact(input);
        if (digits.Length == 0)
        {
            return Result<NhsNumber>.Fail("Enter an NHS number");
        }

        if (!digits.All(char.IsAsciiDigit))
        {
            return Result<NhsNumber>.Fail("NHS number must only include numbers 0 to 9 and spaces");
        }

        if (digits.Length != 10)
        {
            return Result<NhsNumber>.Fail("NHS number must be 10 digits");
        }

        var expected = CheckDigitFor(digits.AsSpan(0, 9));
        if (expected is null || expected != digits[9] - '0')
        {
            return Result<NhsNumber>.Fail("Enter a real NHS number, like 943 476 5919");
        }

        return Result<NhsNumber>.Ok(new NhsNumber(digits));
    }

    /// <summary>
    /// The modulus 11 check digit for the first nine digits: weights 10 down to 2, 11 minus the remainder,
    /// 11 becomes 0, and 10 means no NHS number can be made from these digits.
    /// </summary>
    public static int? CheckDigitFor(ReadOnlySpan<char> firstNineDigits)
    {
        if (firstNineDigits.Length != 9)
        {
            throw new ArgumentException("Nine digits are needed to compute an NHS number check digit.", nameof(firstNineDigits));
        }

        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (firstNineDigits[i] - '0') * (10 - i);
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            11 => 0,
            10 => null,
            _ => check,
        };
    }

    /// <summary>The way NHS numbers are shown to people: 3, 3 and 4 digits, for example "943 476 5919".</summary>
    public string Formatted => $"{Value[..3]} {Value[3..6]} {Value[6..]}";

    public override string ToString() => Formatted;
}
