using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Imports;

/// <summary>
/// A family attached to the Family First programme (families file), with its outcome framework and, for Supporting
/// Families, its whole-family assessment and plan dates when the file has them. Natural key: family_ref.
/// </summary>
public sealed record FamilyRow(
    int Line,
    string FamilyRef,
    DateOnly AttachedOn,
    DateOnly? ClosedOn,
    string? LeadPractitionerEmail,
    OutcomeFramework? Framework = null,
    DateOnly? AssessedOn = null,
    DateOnly? PlanAgreedOn = null)
    : ImportRow(Line)
{
    public override string NaturalKey => FamilyRef;

    internal override string ValuesFingerprint =>
        $"{NaturalKeys.Value(AttachedOn)}|{NaturalKeys.Value(ClosedOn)}|{NaturalKeys.Value(LeadPractitionerEmail)}|"
        + $"{NaturalKeys.Value(Framework is { } f ? OutcomeFrameworks.Code(f) : null)}|{NaturalKeys.Value(AssessedOn)}|{NaturalKeys.Value(PlanAgreedOn)}";

    /// <summary>Whether the row says anything about the outcome framework (a file without those columns leaves it as it is).</summary>
    public bool SetsFramework => Framework is not null || AssessedOn is not null || PlanAgreedOn is not null;
}
