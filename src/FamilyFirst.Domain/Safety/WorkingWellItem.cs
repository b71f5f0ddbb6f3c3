namespace FamilyFirst.Domain.Safety;

/// <summary>The kinds of entry in the "what is working well" column.</summary>
public enum WorkingWellKind
{
    Strength,
    ExistingSafety,
}

/// <summary>One entry in the "what is working well" column of a safety assessment.</summary>
public sealed class WorkingWellItem
{
    private WorkingWellItem()
    {
        Text = string.Empty;
    }

    private WorkingWellItem(Guid itemKey, WorkingWellKind kind, string text)
    {
        Id = Guid.NewGuid();
        ItemKey = itemKey;
        Kind = kind;
        Text = text;
    }

    public Guid Id { get; private set; }

    /// <summary>Stays the same when the entry is carried into the next version.</summary>
    public Guid ItemKey { get; private set; }

    public WorkingWellKind Kind { get; private set; }

    /// <summary>The words as written: never trimmed or re-cased.</summary>
    public string Text { get; private set; }

    public static WorkingWellItem Strength(string text) => new(Guid.NewGuid(), WorkingWellKind.Strength, text);

    public static WorkingWellItem ExistingSafety(string text) => new(Guid.NewGuid(), WorkingWellKind.ExistingSafety, text);

    internal WorkingWellItem CarryForward() => new(ItemKey, Kind, Text);
}
