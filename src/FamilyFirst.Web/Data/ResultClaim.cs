using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Web.Data;

/// <summary>The results a council can claim a payment for, each once per family, and a family under one framework only.</summary>
public enum ClaimableResult
{
    /// <summary>Crime, anti-social behaviour and education (domain reference 5.4).</summary>
    CrimeAsbEducation,

    /// <summary>Continuous employment (domain reference 5.3).</summary>
    ContinuousEmployment,

    /// <summary>The Supporting Families (2022–25) successful family outcome (domain reference 5.5).</summary>
    SupportingFamilies,
}

/// <summary>
/// The framework a family's results were first claimed under: one row per family, written with its first claim.
/// Every claim refers to it by family and framework, so the database refuses a claim under the other framework, and
/// of two first claims made at once under different frameworks only one can write it.
/// </summary>
public sealed class FamilyClaimFramework
{
    public Guid FamilyCaseId { get; init; }

    public OutcomeFramework Framework { get; init; }

    public DateTime FirstClaimedAtUtc { get; init; }
}

/// <summary>
/// A result claimed for a family: who claimed it, when, at which assessment date, and the working the claim
/// rested on at that moment, kept as it was even if partner data changes later. A family's result can be
/// claimed only once (a unique index, so two people claiming at once cannot both succeed), and under one framework
/// only (<see cref="FamilyClaimFramework"/>).
/// </summary>
public sealed class ResultClaim
{
    public Guid Id { get; init; } = Guid.NewGuid();

    public Guid FamilyCaseId { get; init; }

    /// <summary>The family's reference at the time of the claim.</summary>
    public required string FamilyReference { get; init; }

    public ClaimableResult Result { get; init; }

    /// <summary>The framework the result belongs to (<see cref="ResultClaims.FrameworkOf"/>).</summary>
    public OutcomeFramework Framework { get; init; }

    /// <summary>The assessment date the results were worked out at.</summary>
    public DateOnly AsAt { get; init; }

    public DateTime ClaimedAtUtc { get; init; }

    public string? ClaimedByUserId { get; init; }

    public required string ClaimedByName { get; init; }

    /// <summary>The family's results with their working, as JSON, exactly as shown when the claim was made.</summary>
    public required string Evidence { get; init; }
}
