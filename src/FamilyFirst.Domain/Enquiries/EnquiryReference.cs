using System.Security.Cryptography;

namespace FamilyFirst.Domain.Enquiries;

/// <summary>
/// Makes enquiry references such as "ENQ-7K4M-2Q9P": drawn from a cryptographic random source, so a
/// reference says nothing about how many enquiries there are and one cannot be guessed from another.
/// </summary>
public static class EnquiryReference
{
    public const string Prefix = "ENQ-";

    /// <summary>Letters and digits that cannot be misread for each other (no 0/O, 1/I/L, 5/S, 8/B).</summary>
    public const string Alphabet = "234679ACDEFGHJKMNPQRTUVWXYZ";

    public const int GroupLength = 4;

    /// <summary>The length of a reference, prefix and hyphen included.</summary>
    public const int Length = 13;

    /// <summary>A new reference (the database still enforces uniqueness).</summary>
    public static string Generate()
    {
        var code = RandomNumberGenerator.GetItems<char>(Alphabet, GroupLength * 2);
        return $"{Prefix}{new string(code, 0, GroupLength)}-{new string(code, GroupLength, GroupLength)}";
    }

    /// <summary>True when text has the shape of an enquiry reference (letters may be typed in lower case).</summary>
    public static bool IsWellFormed(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var upper = text.Trim().ToUpperInvariant();
        return upper.Length == Length
            && upper.StartsWith(Prefix, StringComparison.Ordinal)
            && upper[Prefix.Length + GroupLength] == '-'
            && upper[Prefix.Length..].Where(c => c != '-').All(Alphabet.Contains)
            && upper[Prefix.Length..].Count(c => c == '-') == 1;
    }
}
