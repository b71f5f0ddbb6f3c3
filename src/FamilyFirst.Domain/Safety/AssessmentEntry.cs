namespace FamilyFirst.Domain.Safety;

/// <summary>
/// One entry in a column of a safety assessment: its words, its kind, and the key that stays the same
/// when the entry is carried into the next version.
/// </summary>
public abstract class AssessmentEntry<TKind>
    where TKind : struct, Enum
{
    protected AssessmentEntry()
    {
        Text = string.Empty;
    }

    protected AssessmentEntry(Guid itemKey, TKind kind, string text, Guid? pairingId)
    {
        Id = Guid.NewGuid();
        ItemKey = itemKey;
        Kind = kind;
        Text = text;
        PairingId = pairingId;
    }

    public Guid Id { get; private set; }

    /// <summary>Stays the same when the entry is carried into the next version, so plan actions can say which entry they address.</summary>
    public Guid ItemKey { get; private set; }

    public TKind Kind { get; private set; }

    /// <summary>The words as written: never trimmed or re-cased.</summary>
    public string Text { get; private set; }

    /// <summary>Shared by a danger statement and the safety goal that answers it; null for every other kind.</summary>
    public Guid? PairingId { get; private set; }
}
