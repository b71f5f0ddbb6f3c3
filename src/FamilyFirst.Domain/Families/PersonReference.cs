namespace FamilyFirst.Domain.Families;

/// <summary>
/// The council's own reference for a person (<c>person_ref</c> in partner data files), such as "PER-7KQ2XH4M".
/// New people get a random one; people brought in from a council system keep the reference it gave them.
/// </summary>
public static class PersonReference
{
    public const string Prefix = "PER-";

    public const int Length = 8;

    public const int MaximumLength = 40;

    /// <summary>A new reference drawn from the random source supplied (the database still enforces uniqueness).</summary>
    public static string Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<char> code = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = FamilyCaseReference.Alphabet[random.Next(FamilyCaseReference.Alphabet.Length)];
        }

        return Prefix + new string(code);
    }

    /// <summary>The stored form: trimmed and in capitals, as partner files are matched (" p001 " is "P001").</summary>
    public static string Normalise(string? reference) => (reference ?? string.Empty).Trim().ToUpperInvariant();

    /// <summary>True for 1 to 40 letters, digits, hyphens or underscores (after <see cref="Normalise"/>).</summary>
    public static bool IsValid(string? reference)
    {
        var text = Normalise(reference);
        return text.Length is > 0 and <= MaximumLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }
}
