using System.Globalization;
using System.Text;

namespace FamilyFirst.Domain.Imports;

/// <summary>
/// The form of a name used to match a person across partner files and the council's records:
/// case-, accent- and space-insensitive, so "  Zoë  O'Brien" and "zoe o'brien" are the same name.
/// </summary>
public static class PersonNameKey
{
    /// <summary>
    /// Lower-cases, removes accents and all white space, and treats typographic apostrophes as a plain one.
    /// Letters that carry no separable accent are spelled out as people type them (ß as ss, æ as ae, ø as o, ł as l).
    /// </summary>
    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var text = IsPlainAscii(name) ? name : name.Normalize(NormalizationForm.FormKD);
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            switch (lower)
            {
                case '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4':
                    key.Append('\'');
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014':
                    key.Append('-');
                    break;
                case 'ß':
                    key.Append("ss");
                    break;
                case 'æ':
                    key.Append("ae");
                    break;
                case 'œ':
                    key.Append("oe");
                    break;
                case 'ø':
                    key.Append('o');
                    break;
                case 'ł':
                    key.Append('l');
                    break;
                case 'đ' or 'ð':
                    key.Append('d');
                    break;
                case 'þ':
                    key.Append("th");
                    break;
                case 'ı':
                    key.Append('i');
                    break;
                default:
                    key.Append(lower);
                    break;
            }
        }

        return key.ToString();
    }

    private static bool IsPlainAscii(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007F')
            {
                return false;
            }
        }

        return true;
    }
}
