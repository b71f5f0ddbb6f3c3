namespace FamilyFirst.Domain.Safety;

/// <summary>The kinds of entry in the "what are we worried about" column.</summary>
public enum WorryKind
{
    Harm,
    DangerStatement,
    ComplicatingFactor,
}

/// <summary>One entry in the "what are we worried about" column of a safety assessment.</summary>
public sealed class WorryItem : AssessmentEntry<WorryKind>
{
    private WorryItem()
    {
    }

    private WorryItem(Guid itemKey, WorryKind kind, string text, Guid? pairingId)
        : base(itemKey, kind, text, pairingId)
    {
    }

    public static WorryItem Harm(string text) => new(Guid.NewGuid(), WorryKind.Harm, text, null);

    /// <summary>A danger statement: who is worried, about what behaviour, and what could happen to the child if nothing changes.</summary>
    public static WorryItem DangerStatement(string text, Guid pairingId) =>
        new(Guid.NewGuid(), WorryKind.DangerStatement, text, pairingId);

    public static WorryItem ComplicatingFactor(string text) => new(Guid.NewGuid(), WorryKind.ComplicatingFactor, text, null);

    internal WorryItem CarryForward() => new(ItemKey, Kind, Text, PairingId);
}
