namespace FamilyFirst.Domain.Families;

/// <summary>Shared tidying of identifiers typed by staff: spaces and dashes are allowed on input, never stored.</summary>
internal static class IdentifierText
{
    public static string Compact(string? input) =>
        new((input ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray());
}
