namespace FamilyFirst.Domain.Safety;

/// <summary>The kinds of entry in the "what is working well" column.</summary>
public enum WorkingWellKind
{
    Strength,
    ExistingSafety,
}

/// <summary>One entry in the "what is working well" column of a safety assessment.</summary>
public sealed class WorkingWellItem : AssessmentEntry<WorkingWellKind>
{
    private WorkingWellItem()
    {
    }

    private WorkingWellItem(Guid itemKey, WorkingWellKind kind, string text)
        : base(itemKey, kind, text, pairingId: null)
    {
    }

    public static WorkingWellItem Strength(string text) => new(Guid.NewGuid(), WorkingWellKind.Strength, text);

    public static WorkingWellItem ExistingSafety(string text) => new(Guid.NewGuid(), WorkingWellKind.ExistingSafety, text);

    internal WorkingWellItem CarryForward() => new(ItemKey, Kind, Text);
}
