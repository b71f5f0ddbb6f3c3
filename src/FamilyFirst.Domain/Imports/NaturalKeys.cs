using System.Globalization;
using System.Text;

namespace FamilyFirst.Domain.Imports;

/// <summary>Builds natural keys and value fingerprints so that different rows can never produce the same text.</summary>
internal static class NaturalKeys
{
    /// <summary>Key parts are joined with '|'; a '|' or '\' inside a part is escaped with '\'.</summary>
    public static string Escape(string part)
    {
        if (part.AsSpan().IndexOfAny('|', '\\') < 0)
        {
            return part;
        }

        var escaped = new StringBuilder(part.Length + 4);
        foreach (var c in part)
        {
            if (c is '|' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A free-text category (offence_type, incident_type) as a key part: trimmed, single-spaced, upper-case; blank is "".</summary>
    public static string Category(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Escape(string.Join(' ', words).ToUpperInvariant());
    }

    /// <summary>A value for a fingerprint: null and every string (by length prefix) stay distinct.</summary>
    public static string Value(string? text) => text is null ? "-" : $"{text.Length}:{text}";

    public static string Value(DateOnly? date) => date is { } d ? Date(d) : "-";

    public static string Value(int? number) => number is { } n ? n.ToString(CultureInfo.InvariantCulture) : "-";

    // Written without trailing zeros so that 37.5 and 37.50 are the same value.
    public static string Value(decimal? number) => number is { } n ? n.ToString("0.############################", CultureInfo.InvariantCulture) : "-";
}
