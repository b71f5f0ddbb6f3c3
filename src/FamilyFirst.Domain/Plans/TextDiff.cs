using System.Text.RegularExpressions;

namespace FamilyFirst.Domain.Plans;

/// <summary>Whether a piece of text is in both versions, only the new one, or only the old one.</summary>
public enum TextDiffKind
{
    Unchanged,
    Added,
    Removed,
}

/// <summary>A run of text and whether it was kept, added or removed.</summary>
public sealed record TextDiffSegment(TextDiffKind Kind, string Text);

/// <summary>
/// Word-by-word differences between two texts, for highlighting what changed between plan versions.
/// The unchanged and removed segments rebuild the old text exactly; the unchanged and added ones rebuild the new text.
/// </summary>
public static partial class TextDiff
{
    // Beyond this many word pairs the comparison would be slow; show the whole text as replaced instead.
    private const long MaxComparisons = 4_000_000;

    public static IReadOnlyList<TextDiffSegment> Compare(string? before, string? after)
    {
        var old = Tokens(before ?? string.Empty);
        var @new = Tokens(after ?? string.Empty);

        var segments = new List<TextDiffSegment>();
        if ((long)old.Length * @new.Length > MaxComparisons)
        {
            Append(segments, TextDiffKind.Removed, before ?? string.Empty);
            Append(segments, TextDiffKind.Added, after ?? string.Empty);
            return segments;
        }

        // Longest common subsequence of tokens, filled from the end so the walk below runs forwards.
        var lengths = new int[old.Length + 1, @new.Length + 1];
        for (var i = old.Length - 1; i >= 0; i--)
        {
            for (var j = @new.Length - 1; j >= 0; j--)
            {
                lengths[i, j] = string.Equals(old[i], @new[j], StringComparison.Ordinal)
                    ? lengths[i + 1, j + 1] + 1
                    : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < old.Length && y < @new.Length)
        {
            if (string.Equals(old[x], @new[y], StringComparison.Ordinal))
            {
                Append(segments, TextDiffKind.Unchanged, old[x]);
                x++;
                y++;
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                Append(segments, TextDiffKind.Removed, old[x++]);
            }
            else
            {
                Append(segments, TextDiffKind.Added, @new[y++]);
            }
        }

        while (x < old.Length)
        {
            Append(segments, TextDiffKind.Removed, old[x++]);
        }

        while (y < @new.Length)
        {
            Append(segments, TextDiffKind.Added, @new[y++]);
        }

        return segments;
    }

    private static string[] Tokens(string text) => WordOrSpace().Matches(text).Select(m => m.Value).ToArray();

    private static void Append(List<TextDiffSegment> segments, TextDiffKind kind, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (segments.Count > 0 && segments[^1].Kind == kind)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        }
        else
        {
            segments.Add(new TextDiffSegment(kind, text));
        }
    }

    // A word carries the spaces after it, so a lone space between two different words never counts as "unchanged".
    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex WordOrSpace();
}
