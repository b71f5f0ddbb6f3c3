using System.Text.RegularExpressions;

namespace FamilyFirst.Domain.Enquiries;

/// <summary>What counts as a usable UK phone number, email address and postcode on the enquiry form.</summary>
public static partial class ContactRules
{
    public const int MaximumPhoneLength = 30;

    /// <summary>
    /// A UK landline or mobile number: 10 or 11 digits starting 0 (mobiles 11) (or +44 / 0044 instead of the 0), with any
    /// spaces, hyphens, dots or brackets people usually type. Premium-rate (09) numbers are not accepted.
    /// </summary>
    public static bool IsUkPhoneNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > MaximumPhoneLength)
        {
            return false;
        }

        var digits = PhoneSeparators().Replace(text.Trim(), string.Empty);
        if (digits.StartsWith("+44", StringComparison.Ordinal))
        {
            digits = "0" + digits[3..].TrimStart('(', '0');
        }
        else if (digits.StartsWith("0044", StringComparison.Ordinal))
        {
            digits = "0" + digits[4..];
        }

        return UkNumber().IsMatch(digits);
    }

    /// <summary>
    /// An email address in the usual shape: something, an @, and a domain with a dot, no spaces. Whether it
    /// exists can only be known by writing to it.
    /// </summary>
    public static bool IsEmailAddress(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Trim().Length <= 254 && EmailShape().IsMatch(text.Trim());

    /// <summary>A full UK postcode such as "NM1 1AA" or "sw1a2aa" (any case, with or without the space).</summary>
    public static bool IsUkPostcode(string? text) =>
        !string.IsNullOrWhiteSpace(text) && PostcodeShape().IsMatch(text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());

    /// <summary>"nm11aa" becomes "NM1 1AA".</summary>
    public static string NormalisePostcode(string text)
    {
        var compact = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        return compact.Length > 3 ? $"{compact[..^3]} {compact[^3..]}" : compact;
    }

    [GeneratedRegex(@"[\s\-\.\(\)]")]
    private static partial Regex PhoneSeparators();

    [GeneratedRegex(@"^(0[1-68]\d{8,9}|07\d{9})$")]
    private static partial Regex UkNumber();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodeShape();
}
