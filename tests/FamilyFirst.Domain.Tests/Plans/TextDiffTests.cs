using CsCheck;
using FamilyFirst.Domain.Plans;

namespace FamilyFirst.Domain.Tests.Plans;

public class TextDiffTests
{
    private static readonly Gen<string> Words =
        Gen.OneOf("Gran", "will", "help", " ", "  ", "\n", "<b>", "the", "children", "é", "😀")
            .Array[0, 12]
            .Select(parts => string.Concat(parts));

    [Fact]
    public void Compare_MarksOnlyTheChangedWords()
    {
        var segments = TextDiff.Compare("Gran will collect the children", "Gran will walk the children");

        Assert.Equal(
            [
                new TextDiffSegment(TextDiffKind.Unchanged, "Gran will "),
                new TextDiffSegment(TextDiffKind.Removed, "collect "),
                new TextDiffSegment(TextDiffKind.Added, "walk "),
                new TextDiffSegment(TextDiffKind.Unchanged, "the children"),
            ],
            segments);
    }

    [Fact]
    public void Compare_AlwaysRebuildsBothTextsExactly()
    {
        Gen.Select(Words, Words).Sample((before, after) =>
        {
            var segments = TextDiff.Compare(before, after);

            var rebuiltBefore = string.Concat(segments.Where(s => s.Kind != TextDiffKind.Added).Select(s => s.Text));
            var rebuiltAfter = string.Concat(segments.Where(s => s.Kind != TextDiffKind.Removed).Select(s => s.Text));
            return rebuiltBefore == before && rebuiltAfter == after;
        });
    }

    [Fact]
    public void Compare_OfATextWithItself_IsAllUnchanged()
    {
        Words.Sample(text => TextDiff.Compare(text, text).All(s => s.Kind == TextDiffKind.Unchanged));
    }
}
