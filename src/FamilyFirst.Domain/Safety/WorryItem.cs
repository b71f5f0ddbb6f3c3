namespace FamilyFirst.Domain.Safety;

/// <summary>The kinds of entry in the "what are we worried about" column.</summary>
public enum WorryKind
{
    Harm,
    DangerStatement,
    ComplicatingFactor,
}

/// <summary>One entry in the "what are we worried about" column of a safety assessment.</summary>
public sealed class WorryItem
{
    private WorryItem()
    {
        Text = string.Empty;
    }

    private WorryItem(Guid itemKey, WorryKind kind, string text, Guid? pairingId)
    {
        Id = Guid.NewGuid();
        ItemKey = itemKey;
        Kind = kind;
        Text = text;
        PairingId = pairingId;
    }

    public Guid Id { get; private set; }

    /// <summary>Stays the same when the worry is carried into the next version, so plan actions can say which worry they address.</summary>
    public Guid ItemKey { get; private set; }

    public WorryKind Kind { get; private set; }

    /// <summary>The words as written: never trimmed or re-cased.</summary>
    public string Text { get; private set; }

    /// <summary>For a danger statement: shared with its safety goal. Null for other kinds.</summary>
    public Guid? PairingId { get; private set; }

    public static WorryItem Harm(string text) => new(Guid.NewGuid(), WorryKind.Harm, text, null);

    /// <summary>A danger statement: who is worried, about what behaviour, and what could happen to the child if nothing changes.</summary>
    public static WorryItem DangerStatement(string text, Guid pairingId) =>
        new(Guid.NewGuid(), WorryKind.DangerStatement, text, pairingId);

    public static WorryItem ComplicatingFactor(string text) => new(Guid.NewGuid(), WorryKind.ComplicatingFactor, text, null);

    internal WorryItem CarryForward() => new(ItemKey, Kind, Text, PairingId);
}
