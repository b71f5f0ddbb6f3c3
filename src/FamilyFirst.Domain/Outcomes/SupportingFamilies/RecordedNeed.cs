namespace FamilyFirst.Domain.Outcomes.SupportingFamilies;

/// <summary>
/// A need recorded on a family's case under a Supporting Families headline outcome, and the outcome recorded against
/// it once there is one. A family has one record per headline and need (the natural key of the <c>needs</c> and
/// <c>outcomes</c> files). Which needs and evidence sources exist is the council's configuration
/// (<see cref="SupportingFamiliesFramework"/>), so every change is checked against it. The calculator reads it as a
/// <see cref="FamilyNeed"/>.
/// </summary>
public sealed class RecordedNeed
{
    public const int MaximumIdentifiedByLength = 200;

    public const int MaximumEvidenceLength = 2000;

    private RecordedNeed()
    {
    }

    public Guid Id { get; private set; }

    public Guid FamilyCaseId { get; private set; }

    public HeadlineOutcome Headline { get; private set; }

    /// <summary>The need's code in the council's configuration (lower case, as configured).</summary>
    public string NeedCode { get; private set; } = string.Empty;

    /// <summary>The family member the need is about; null for a need of the whole family.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>Who identified the need: a person, service or agency, in words.</summary>
    public string IdentifiedBy { get; private set; } = string.Empty;

    /// <summary>The code of the evidence source the need was identified from.</summary>
    public string EvidenceSource { get; private set; } = string.Empty;

    /// <summary>What the evidence shows, in words (optional).</summary>
    public string? Evidence { get; private set; }

    public DateOnly IdentifiedOn { get; private set; }

    public Guid RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The day the outcome was achieved; null until an outcome is recorded.</summary>
    public DateOnly? AchievedOn { get; private set; }

    /// <summary>The day the outcome stopped holding, if it did.</summary>
    public DateOnly? LapsedOn { get; private set; }

    public string? OutcomeEvidenceSource { get; private set; }

    public string? OutcomeEvidence { get; private set; }

    public Guid? OutcomeRecordedById { get; private set; }

    public DateTimeOffset? OutcomeRecordedAt { get; private set; }

    public bool HasOutcome => AchievedOn is not null;

    /// <summary>Records a need identified in a family, checked against the council's configuration.</summary>
    public static Result<RecordedNeed> Record(
        Guid familyCaseId,
        HeadlineOutcome headline,
        string? needCode,
        Guid? personId,
        string? identifiedBy,
        string? evidenceSource,
        string? evidence,
        DateOnly identifiedOn,
        SupportingFamiliesFramework framework,
        Guid recordedBy,
        DateOnly today,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (framework.Need(headline, needCode) is not { } definition)
        {
            return Result<RecordedNeed>.Fail(
                string.IsNullOrWhiteSpace(needCode)
                    ? "Select the need"
                    : $"{needCode.Trim()} is not a need under {HeadlineOutcomes.Name(headline).ToLowerInvariant()} in the council's configuration",
                nameof(NeedCode));
        }

        var need = new RecordedNeed
        {
            Id = Guid.NewGuid(),
            FamilyCaseId = familyCaseId,
            Headline = headline,
            NeedCode = definition.Code,
            RecordedById = recordedBy,
            RecordedAt = now,
        };
        var details = need.ChangeDetails(personId, identifiedBy, evidenceSource, evidence, identifiedOn, framework, today);
        return details.Succeeded ? Result<RecordedNeed>.Ok(need) : Result<RecordedNeed>.Fail(details);
    }

    /// <summary>Whether the details differ from those held (a re-imported row with the same values changes nothing).</summary>
    public bool DetailsDiffer(Guid? personId, string? identifiedBy, string? evidenceSource, string? evidence, DateOnly identifiedOn) =>
        PersonId != personId
        || IdentifiedBy != (identifiedBy?.Trim() ?? string.Empty)
        || !string.Equals(EvidenceSource, evidenceSource?.Trim() ?? string.Empty, StringComparison.OrdinalIgnoreCase)
        || Evidence != Blank(evidence)
        || IdentifiedOn != identifiedOn;

    /// <summary>Corrects who the need is about, who identified it, from what evidence and when.</summary>
    public Result ChangeDetails(Guid? personId, string? identifiedBy, string? evidenceSource, string? evidence, DateOnly identifiedOn, SupportingFamiliesFramework framework, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(framework);
        var by = identifiedBy?.Trim() ?? string.Empty;
        if (by.Length > MaximumIdentifiedByLength)
        {
            return Result.Fail($"Who identified the need must be {MaximumIdentifiedByLength} characters or less", nameof(IdentifiedBy));
        }

        var source = Source(evidenceSource, framework, nameof(EvidenceSource));
        if (!source.Succeeded)
        {
            return Result.Fail(source.Error!, source.Field);
        }

        if (Blank(evidence) is { Length: > MaximumEvidenceLength })
        {
            return Result.Fail($"The evidence must be {MaximumEvidenceLength:N0} characters or less", nameof(Evidence));
        }

        if (identifiedOn > today)
        {
            return Result.Fail("The date the need was identified must be today or in the past", nameof(IdentifiedOn));
        }

        if (AchievedOn is { } achieved && achieved < identifiedOn)
        {
            return Result.Fail("The date the need was identified must be on or before the date its outcome was achieved", nameof(IdentifiedOn));
        }

        PersonId = personId;
        IdentifiedBy = by;
        EvidenceSource = source.Value!;
        Evidence = Blank(evidence);
        IdentifiedOn = identifiedOn;
        return Result.Ok();
    }

    /// <summary>Whether this outcome differs from the one held (or none is held).</summary>
    public bool OutcomeDiffers(DateOnly achievedOn, DateOnly? lapsedOn, string? evidenceSource, string? evidence) =>
        AchievedOn != achievedOn
        || LapsedOn != lapsedOn
        || !string.Equals(OutcomeEvidenceSource ?? string.Empty, evidenceSource?.Trim() ?? string.Empty, StringComparison.OrdinalIgnoreCase)
        || OutcomeEvidence != Blank(evidence);

    /// <summary>
    /// Records (or corrects) the outcome against the need: achieved on or after the day it was identified and not in
    /// the future, lapsed (if it did) on or after that, with the evidence for it.
    /// </summary>
    public Result RecordOutcome(DateOnly achievedOn, DateOnly? lapsedOn, string? evidenceSource, string? evidence, SupportingFamiliesFramework framework, Guid recordedBy, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(framework);
        if (achievedOn > today)
        {
            return Result.Fail("The date the outcome was achieved must be today or in the past", nameof(AchievedOn));
        }

        if (achievedOn < IdentifiedOn)
        {
            return Result.Fail("The date the outcome was achieved must be on or after the date the need was identified", nameof(AchievedOn));
        }

        if (lapsedOn is { } lapsed && lapsed < achievedOn)
        {
            return Result.Fail("The date the outcome stopped holding must be on or after the date it was achieved", nameof(LapsedOn));
        }

        if (lapsedOn > today)
        {
            return Result.Fail("The date the outcome stopped holding must be today or in the past", nameof(LapsedOn));
        }

        var source = Source(evidenceSource, framework, nameof(OutcomeEvidenceSource));
        if (!source.Succeeded)
        {
            return Result.Fail(source.Error!, source.Field);
        }

        if (Blank(evidence) is { Length: > MaximumEvidenceLength })
        {
            return Result.Fail($"The evidence must be {MaximumEvidenceLength:N0} characters or less", nameof(OutcomeEvidence));
        }

        AchievedOn = achievedOn;
        LapsedOn = lapsedOn;
        OutcomeEvidenceSource = source.Value;
        OutcomeEvidence = Blank(evidence);
        OutcomeRecordedById = recordedBy;
        OutcomeRecordedAt = now;
        return Result.Ok();
    }

    /// <summary>The need as the claim rule reads it.</summary>
    public FamilyNeed ToFamilyNeed() => new(
        Id,
        Headline,
        NeedCode,
        PersonId,
        IdentifiedBy,
        EvidenceSource,
        IdentifiedOn,
        AchievedOn is { } achieved ? new NeedOutcome(achieved, LapsedOn, OutcomeEvidenceSource ?? string.Empty, OutcomeEvidence ?? string.Empty) : null);

    private static Result<string> Source(string? code, SupportingFamiliesFramework framework, string field)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return Result<string>.Ok(string.Empty);
        }

        return framework.EvidenceSource(code) is { } source
            ? Result<string>.Ok(source.Code)
            : Result<string>.Fail($"{code.Trim()} is not an evidence source in the council's configuration", field);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
