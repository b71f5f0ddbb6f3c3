namespace FamilyFirst.Domain.Imports;

/// <summary>A family attached to the Family First programme (families file). Natural key: family_ref.</summary>
public sealed record FamilyRow(int Line, string FamilyRef, DateOnly AttachedOn, DateOnly? ClosedOn, string? LeadPractitionerEmail)
    : ImportRow(Line)
{
    public override string NaturalKey => FamilyRef;

    internal override string ValuesFingerprint =>
        $"{NaturalKeys.Value(AttachedOn)}|{NaturalKeys.Value(ClosedOn)}|{NaturalKeys.Value(LeadPractitionerEmail)}";
}
