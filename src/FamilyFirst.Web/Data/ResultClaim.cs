namespace FamilyFirst.Web.Data;

/// <summary>The Family First results a council can claim a payment for, each once per family.</summary>
public enum ClaimableResult
{
    /// <summary>Crime, anti-social behaviour and education (domain reference 5.4).</summary>
    CrimeAsbEducation,

    /// <summary>Continuous employment (domain reference 5.3).</summary>
    ContinuousEmployment,
}

/// <summary>
/// A result claimed for a family: who claimed it, when, at which assessment date, and the working the claim
/// rested on at that moment, kept as it was even if partner data changes later. A family's result can be
/// claimed only once (a unique index, so two people claiming at once cannot both succeed).
/// </summary>
public sealed class ResultClaim
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid FamilyCaseId { get; init; }

    /// <summary>The family's reference at the time of the claim.</summary>
    public required string FamilyReference { get; init; }

    public ClaimableResult Result { get; init; }

    /// <summary>The assessment date the results were worked out at.</summary>
    public DateOnly AsAt { get; init; }

    public DateTime ClaimedAtUtc { get; init; }

    public string? ClaimedByUserId { get; init; }

    public required string ClaimedByName { get; init; }

    /// <summary>The family's results with their working, as JSON, exactly as shown when the claim was made.</summary>
    public required string Evidence { get; init; }
}
