namespace FamilyFirst.Domain.Imports;

/// <summary>
/// The form of an identifier (family_ref, person_ref, upn, ni_number, a benefit code) used for matching:
/// trimmed and upper-cased, so " p001 " and "P001" are the same reference.
/// </summary>
public static class ReferenceKey
{
    public static string Normalise(string? reference) =>
        string.IsNullOrWhiteSpace(reference) ? "" : reference.Trim().ToUpperInvariant();

    internal static string Normalise(ReadOnlySpan<char> reference)
    {
        var trimmed = reference.Trim();

        // ToUpperInvariant returns the same string when nothing changes, so upper-case references cost one string.
        return trimmed.IsEmpty ? "" : new string(trimmed).ToUpperInvariant();
    }
}
