using System.Globalization;
using System.Text;

namespace FamilyFirst.Domain.Families;

/// <summary>
/// The sound-alike key of a name, stored beside each person so the database can find "Smyth" when someone
/// types "Smith". It is Soundex (the US census's coding: first letter and three digits) applied after
/// accents, case, spaces and punctuation are removed, and after a few English spellings at the start of a
/// name are levelled (PH→F, KN→N, WR→R, PS→S, GN→N, hard C→K, soft C→S), which Soundex alone misses.
/// </summary>
public static class PhoneticKey
{
    /// <summary>Four characters such as "S530", or an empty string when the name has no letters.</summary>
    public static string For(string? name)
    {
        var letters = NameText.Normalise(name);
        if (letters.Length == 0)
        {
            return string.Empty;
        }

        letters = LevelOpening(letters);

        var key = new StringBuilder(4);
        key.Append(char.ToUpperInvariant(letters[0]));
        var previous = Code(letters[0]);
        for (var i = 1; i < letters.Length && key.Length < 4; i++)
        {
            var c = letters[i];
            var code = Code(c);
            if (code == '0')
            {
                // A vowel separates two letters of the same code; H and W do not.
                if (c is not ('h' or 'w'))
                {
                    previous = '0';
                }

                continue;
            }

            if (code != previous)
            {
                key.Append(code);
            }

            previous = code;
        }

        return key.ToString().PadRight(4, '0');
    }

    private static string LevelOpening(string letters)
    {
        if (letters.StartsWith("ph", StringComparison.Ordinal))
        {
            return "f" + letters[2..];
        }

        if (letters.Length > 2 && (letters.StartsWith("kn", StringComparison.Ordinal) || letters.StartsWith("gn", StringComparison.Ordinal)
            || letters.StartsWith("wr", StringComparison.Ordinal) || letters.StartsWith("ps", StringComparison.Ordinal)))
        {
            return letters[1..];
        }

        if (letters[0] == 'c' && letters.Length > 1)
        {
            return (letters[1] is 'e' or 'i' or 'y' ? "s" : "k") + letters[1..];
        }

        return letters;
    }

    private static char Code(char c) => c switch
    {
        'b' or 'f' or 'p' or 'v' => '1',
        'c' or 'g' or 'j' or 'k' or 'q' or 's' or 'x' or 'z' => '2',
        'd' or 't' => '3',
        'l' => '4',
        'm' or 'n' => '5',
        'r' => '6',
        _ => '0',
    };
}

/// <summary>Name text reduced to what matters for matching: lower-case ASCII letters, no accents, spaces or punctuation.</summary>
internal static class NameText
{
    public static string Normalise(string? name) => string.Concat(Parts(name));

    /// <summary>The separate words of a name ("Smith-Jones" gives "smith" and "jones"), each normalised.</summary>
    public static IReadOnlyList<string> Parts(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        var parts = new List<string>();
        var current = new StringBuilder();
        foreach (var c in Fold(name))
        {
            if (c is >= 'a' and <= 'z')
            {
                current.Append(c);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '‐' or '–')
            {
                Flush();
            }

            // Apostrophes and other marks are dropped inside a word: O'Brien is obrien.
        }

        Flush();
        return parts;

        void Flush()
        {
            if (current.Length > 0)
            {
                parts.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static string Fold(string name)
    {
        var decomposed = name.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(c switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                'đ' or 'ð' => "d",
                'þ' => "th",
                'ı' => "i",
                _ => c.ToString(),
            });
        }

        return folded.ToString();
    }
}
