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
    string FrameworkVersion)
{
    /// <summary>The columns of <c>results --framework supporting-families-2022</c>, in order (docs/data-formats.md).</summary>
    public static IReadOnlyList<string> ResultsColumns { get; } =
    [
        "family_ref", "closed_on", "dependent_child_or_expectant", "headlines_with_needs", "needs", "needs_sustained",
        "lead_practitioner", "assessed", "plan_covers_needs", "claimable", "claimable_from",
    ];

    /// <summary>The values of <see cref="ResultsColumns"/>: ISO dates (empty when none), <c>true</c>/<c>false</c>, whole numbers. Not yet CSV-quoted.</summary>
    public string[] ToResultsRow() =>
    [
        FamilyRef, ClosedOn is { } closed ? WorkingText.Iso(closed) : string.Empty, Flag(DependentChildOrExpectant),
        Number(HeadlinesWithNeeds), Number(Needs), Number(NeedsSustained), Flag(LeadPractitioner), Flag(Assessed),
        Flag(PlanCoversNeeds), Flag(Claimable), ClaimableFrom is { } from ? WorkingText.Iso(from) : string.Empty,
    ];

    private static string Flag(bool value) => value ? "true" : "false";

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
