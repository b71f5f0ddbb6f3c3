using FamilyFirst.Domain.Outcomes.SupportingFamilies;

namespace FamilyFirst.Domain.Imports;

/// <summary>
/// A Supporting Families need identified in a family (needs file). Natural key: family_ref, headline, need. The person
/// is null for a need of the whole family. Need and evidence source codes are the council's configuration's own.
/// </summary>
public sealed record NeedRow(
    int Line,
    string FamilyRef,
    HeadlineOutcome Headline,
    string NeedCode,
    PersonMatch? Person,
    DateOnly IdentifiedOn,
    string? IdentifiedBy,
    string? EvidenceSource,
    string? Evidence) : ImportRow(Line)
{
    public override string NaturalKey => NeedKey(FamilyRef, Headline, NeedCode);

    internal override string ValuesFingerprint =>
        $"{NaturalKeys.Value(Person?.Key)}|{NaturalKeys.Value(IdentifiedOn)}|{NaturalKeys.Value(IdentifiedBy)}|{NaturalKeys.Value(EvidenceSource)}|{NaturalKeys.Value(Evidence)}";

    internal static string NeedKey(string familyRef, HeadlineOutcome headline, string needCode) =>
        NaturalKeys.Escape(ReferenceKey.Normalise(familyRef)) + "|" + HeadlineOutcomes.Code(headline) + "|" + NaturalKeys.Escape(needCode.ToLowerInvariant());
}

/// <summary>The outcome achieved against a need already held (outcomes file). Natural key: family_ref, headline, need.</summary>
public sealed record NeedOutcomeRow(
    int Line,
    string FamilyRef,
    HeadlineOutcome Headline,
    string NeedCode,
    DateOnly AchievedOn,
    DateOnly? LapsedOn,
    string? EvidenceSource,
    string? Evidence) : ImportRow(Line)
{
    public override string NaturalKey => NeedRow.NeedKey(FamilyRef, Headline, NeedCode);

    internal override string ValuesFingerprint =>
        $"{NaturalKeys.Value(AchievedOn)}|{NaturalKeys.Value(LapsedOn)}|{NaturalKeys.Value(EvidenceSource)}|{NaturalKeys.Value(Evidence)}";
}
