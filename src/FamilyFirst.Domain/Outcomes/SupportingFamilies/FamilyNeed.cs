namespace FamilyFirst.Domain.Outcomes.SupportingFamilies;

/// <summary>
/// A need identified in a family under one headline outcome: which need (the council's code for it), whom it is about
/// (null for the whole family), who identified it, from which evidence and when; and, once there is one, the outcome
/// recorded against it.
/// </summary>
public sealed record FamilyNeed(
    Guid Id,
    HeadlineOutcome Headline,
    string NeedCode,
    Guid? PersonId,
    string IdentifiedBy,
    string EvidenceSource,
    DateOnly IdentifiedOn,
    NeedOutcome? Outcome);

/// <summary>
/// The positive outcome recorded against a need: the date it was achieved, the date it stopped holding (if it did),
/// and the evidence for it (which source, and what it shows).
/// </summary>
public sealed record NeedOutcome(DateOnly AchievedOn, DateOnly? LapsedOn, string EvidenceSource, string Evidence);

/// <summary>A family member as the framework sees them: date of birth (or not yet born) and, for an expectant parent, when the baby is due.</summary>
public sealed record FamilyMemberFacts(Guid PersonId, DateOnly? DateOfBirth, DateOnly? ExpectingOn);

/// <summary>What the Supporting Families rules read about one family.</summary>
public sealed record SupportingFamiliesData(
    Guid FamilyId,
    string FamilyRef,
    DateOnly? ClosedOn,
    bool HasLeadPractitioner,
    DateOnly? AssessedOn,
    DateOnly? PlanAgreedOn,
    IReadOnlyList<FamilyMemberFacts> Members,
    IReadOnlyList<FamilyNeed> Needs);
