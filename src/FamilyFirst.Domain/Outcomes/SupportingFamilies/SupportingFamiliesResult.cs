namespace FamilyFirst.Domain.Outcomes.SupportingFamilies;

/// <summary>How one recorded need stands: whether it counts (council configuration) and whether its outcome is sustained, with the reason.</summary>
public sealed record NeedResult(FamilyNeed Need, string NeedName, bool Counts, bool Sustained, string Working);

/// <summary>
/// One family's Supporting Families result at an as-at date, with its working: each condition of the claim rule,
/// each need's standing and, when every condition holds, the date from which the result can be claimed.
/// </summary>
public sealed record SupportingFamiliesResult(
    Guid FamilyId,
    string FamilyRef,
    DateOnly AsAt,
    DateOnly? ClosedOn,
    bool DependentChildOrExpectant,
    int HeadlinesWithNeeds,
    int Needs,
    int NeedsSustained,
    bool LeadPractitioner,
    bool Assessed,
    bool PlanAgreed,
    bool PlanCoversNeeds,
    bool Claimable,
    DateOnly? ClaimableFrom,
    IReadOnlyList<NeedResult> NeedResults,
    IReadOnlyList<string> Working,
    string FrameworkVersion);
