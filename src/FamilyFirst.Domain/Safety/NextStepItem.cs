namespace FamilyFirst.Domain.Safety;

/// <summary>The kinds of entry in the "what needs to happen" column.</summary>
public enum NextStepKind
{
    SafetyGoal,
    NextStep,
}

/// <summary>One entry in the "what needs to happen" column of a safety assessment.</summary>
public sealed class NextStepItem
{
    private NextStepItem()
    {
        Text = string.Empty;
    }

    private NextStepItem(Guid itemKey, NextStepKind kind, string text, Guid? pairingId)
    {
        Id = Guid.NewGuid();
        ItemKey = itemKey;
        Kind = kind;
        Text = text;
        PairingId = pairingId;
    }

    public Guid Id { get; private set; }

    /// <summary>Stays the same when the entry is carried into the next version.</summary>
    public Guid ItemKey { get; private set; }

    public NextStepKind Kind { get; private set; }

    /// <summary>The words as written: never trimmed or re-cased.</summary>
    public string Text { get; private set; }

    /// <summary>For a safety goal: shared with the danger statement it answers. Null for next steps.</summary>
    public Guid? PairingId { get; private set; }

    /// <summary>A safety goal: what the family must show, and for how long, for the danger statement with the same pairing id to be answered.</summary>
    public static NextStepItem SafetyGoal(string text, Guid pairingId) =>
        new(Guid.NewGuid(), NextStepKind.SafetyGoal, text, pairingId);

    public static NextStepItem NextStep(string text) => new(Guid.NewGuid(), NextStepKind.NextStep, text, null);

    internal NextStepItem CarryForward() => new(ItemKey, Kind, Text, PairingId);
}
