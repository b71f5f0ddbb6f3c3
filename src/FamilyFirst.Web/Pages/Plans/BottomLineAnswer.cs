namespace FamilyFirst.Web.Pages.Plans;

/// <summary>
/// What a decision form posts back for one bottom line: how the plan meets it. The conference's plan decision and the
/// family plan's agreement both ask it, and pass the answers to the domain's <c>BottomLinesAtDecision</c>.
/// </summary>
public sealed class BottomLineAnswer
{
    public Guid BottomLineId { get; set; }

    public string? How { get; set; }

    /// <summary>The answers by bottom line, for the domain (a bottom line posted twice keeps its first answer).</summary>
    public static IReadOnlyDictionary<Guid, string?> ByBottomLine(IEnumerable<BottomLineAnswer> answers) =>
        answers.GroupBy(a => a.BottomLineId).ToDictionary(g => g.Key, g => g.First().How);

    /// <summary>One answer per bottom line shown, in order, keeping any answer already posted.</summary>
    public static List<BottomLineAnswer> For(IEnumerable<Guid> bottomLineIds, IEnumerable<BottomLineAnswer> posted)
    {
        var answers = ByBottomLine(posted);
        return bottomLineIds.Select(id => new BottomLineAnswer { BottomLineId = id, How = answers.GetValueOrDefault(id) }).ToList();
    }
}
