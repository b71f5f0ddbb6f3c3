namespace FamilyFirst.Domain.Meetings;

/// <summary>One pass of the talking piece around a circle: its kind, the question asked and what was said.</summary>
public sealed class CircleRound
{
    private CircleRound()
    {
    }

    internal CircleRound(int number, CircleRoundKind kind, string? prompt, string? notes)
    {
        Id = Guid.NewGuid();
        Number = number;
        Kind = kind;
        Prompt = prompt;
        Notes = notes;
    }

    public Guid Id { get; private set; }

    /// <summary>The round's place in the circle, starting at 1.</summary>
    public int Number { get; private set; }

    public CircleRoundKind Kind { get; private set; }

    /// <summary>The question the keeper asked, if any.</summary>
    public string? Prompt { get; private set; }

    public string? Notes { get; private set; }
}
