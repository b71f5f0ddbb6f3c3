namespace FamilyFirst.Domain.Plans;

/// <summary>
/// One bottom line at a decision on a plan, with how the plan addresses it: the plan's actions that address it, and
/// what the person deciding wrote about how the plan meets it.
/// </summary>
public sealed record BottomLineAtDecision(BottomLine BottomLine, IReadOnlyList<string> Actions, string? HowMet)
{
    /// <summary>True when an action addresses the bottom line or the decision says how the plan meets it.</summary>
    public bool IsAddressed => Actions.Count > 0 || HowMet is not null;
}

/// <summary>
/// The bottom lines that apply when a plan is decided (the conference's plan decision) or agreed (the family plan),
/// each with how the plan addresses it. Bottom lines follow the family: every approved, current bottom line of the
/// family applies, except one removed for the conference the plan came from (which needed a reason at referral).
/// A plan cannot be recorded as agreed while one is unaddressed; both pages ask this one rule.
/// </summary>
public sealed class BottomLinesAtDecision
{
    public const int HowMetMaxLength = 2000;

    private BottomLinesAtDecision(Guid familyId, IReadOnlyList<BottomLineAtDecision> lines)
    {
        FamilyId = familyId;
        Lines = lines;
    }

    public Guid FamilyId { get; }

    /// <summary>Every bottom line that applies, oldest first, with how the plan addresses it.</summary>
    public IReadOnlyList<BottomLineAtDecision> Lines { get; }

    /// <summary>The bottom lines nothing in the plan addresses yet.</summary>
    public IReadOnlyList<BottomLineAtDecision> Unaddressed => Lines.Where(l => !l.IsAddressed).ToList();

    /// <summary>
    /// The family's bottom lines that apply: approved and not retired, from this family, and not removed (with a
    /// reason) for the conference the plan came from.
    /// </summary>
    public static IReadOnlyList<BottomLine> Applying(Guid familyId, IEnumerable<BottomLine> familyBottomLines, IEnumerable<Guid>? removedForConference = null)
    {
        ArgumentNullException.ThrowIfNull(familyBottomLines);
        var removed = (removedForConference ?? []).ToHashSet();
        return familyBottomLines
            .Where(b => b.FamilyId == familyId && b.IsUsable && !removed.Contains(b.Id))
            .OrderBy(b => b.WrittenAt)
            .ToList();
    }

    /// <summary>
    /// The bottom lines at a decision, with what was written about how the plan meets each (blank answers and
    /// answers for bottom lines that do not apply are ignored) and, for a family plan, the actions addressing each.
    /// </summary>
    public static BottomLinesAtDecision For(
        Guid familyId,
        IEnumerable<BottomLine> familyBottomLines,
        IEnumerable<Guid>? removedForConference,
        IReadOnlyDictionary<Guid, string?>? howMet,
        IEnumerable<PlanAction>? actions = null)
    {
        var planActions = (actions ?? []).ToList();
        var lines = Applying(familyId, familyBottomLines, removedForConference)
            .Select(b => new BottomLineAtDecision(
                b,
                planActions.Where(a => a.AddressesBottomLineId == b.Id).Select(a => a.What).ToList(),
                howMet is not null && howMet.TryGetValue(b.Id, out var how) && !string.IsNullOrWhiteSpace(how) ? how.Trim() : null))
            .ToList();
        return new BottomLinesAtDecision(familyId, lines);
    }

    /// <summary>Refuses, naming the bottom line, while one is unaddressed or an answer is too long.</summary>
    public Result CheckEveryOneAddressed()
    {
        var tooLong = Lines.FirstOrDefault(l => l.HowMet is { Length: > HowMetMaxLength });
        if (tooLong is not null)
        {
            return Result.Fail($"How the plan meets the bottom line ‘{tooLong.BottomLine.Text}’ must be 2,000 characters or less");
        }

        var unaddressed = Unaddressed;
        return unaddressed.Count switch
        {
            0 => Result.Ok(),
            1 => Result.Fail($"Enter how the plan meets the bottom line ‘{unaddressed[0].BottomLine.Text}’. A plan cannot be agreed while a bottom line is not met"),
            _ => Result.Fail($"Enter how the plan meets each bottom line: {string.Join(", ", unaddressed.Select(l => $"‘{l.BottomLine.Text}’"))}. A plan cannot be agreed while a bottom line is not met"),
        };
    }

    /// <summary>The first bottom line that is unaddressed or has too long an answer, for putting the error on its field.</summary>
    public Guid? FirstProblem => Lines.FirstOrDefault(l => l.HowMet is { Length: > HowMetMaxLength } || !l.IsAddressed)?.BottomLine.Id;
}
