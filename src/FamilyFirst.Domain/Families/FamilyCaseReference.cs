namespace FamilyFirst.Domain.Families;

/// <summary>
/// Makes family case references such as "FAM-7KQ2XH". Random rather than sequential, so a reference
/// says nothing about how many families the council works with or when one was opened.
/// </summary>
public static class FamilyCaseReference
{
    public const string Prefix = "FAM-";

    /// <summary>Letters and digits that cannot be misread for each other (no 0/O, 1/I/L, 5/S, 8/B).</summary>
    public const string Alphabet = "234679ACDEFGHJKMNPQRTUVWXYZ";

    public const int Length = 6;

    /// <summary>A new reference drawn from the random source supplied (the database still enforces uniqueness).</summary>
    public static string Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return Prefix + new string(code);
    }

    /// <summary>True when text has the shape of a family case reference (letters may be typed in lower case).</summary>
    public static bool IsWellFormed(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var upper = text.Trim().ToUpperInvariant();
        return upper.Length == Prefix.Length + Length
            && upper.StartsWith(Prefix, StringComparison.Ordinal)
            && upper[Prefix.Length..].All(Alphabet.Contains);
    }
}
