namespace FamilyFirst.Domain.Safety;

/// <summary>The kinds of entry in the "what needs to happen" column.</summary>
public enum NextStepKind
{
    SafetyGoal,
    NextStep,
}

/// <summary>One entry in the "what needs to happen" column of a safety assessment.</summary>
public sealed class NextStepItem : AssessmentEntry<NextStepKind>
{
    private NextStepItem()
    {
    }

    private NextStepItem(Guid itemKey, NextStepKind kind, string text, Guid? pairingId)
        : base(itemKey, kind, text, pairingId)
    {
    }

    /// <summary>A safety goal: what the family must show, and for how long, for the danger statement with the same pairing id to be answered.</summary>
    public static NextStepItem SafetyGoal(string text, Guid pairingId) =>
        new(Guid.NewGuid(), NextStepKind.SafetyGoal, text, pairingId);

    public static NextStepItem NextStep(string text) => new(Guid.NewGuid(), NextStepKind.NextStep, text, null);

    internal NextStepItem CarryForward() => new(ItemKey, Kind, Text, PairingId);
}
