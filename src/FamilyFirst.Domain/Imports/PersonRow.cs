namespace FamilyFirst.Domain.Imports;

/// <summary>A member of an attached family (people file). Natural key: person_ref.</summary>
public sealed record PersonRow(
    int Line,
    string FamilyRef,
    string PersonRef,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string? Upn,
    string? NiNumber,
    string? Postcode,
    DateOnly? ExpectingOn = null) : ImportRow(Line)
{
    public override string NaturalKey => PersonRef;

    internal override string ValuesFingerprint =>
        $"{NaturalKeys.Value(FamilyRef)}|{NaturalKeys.Value(GivenName)}|{NaturalKeys.Value(FamilyName)}|{NaturalKeys.Value(DateOfBirth)}|"
        + $"{NaturalKeys.Value(Upn)}|{NaturalKeys.Value(NiNumber)}|{NaturalKeys.Value(Postcode)}|{NaturalKeys.Value(ExpectingOn)}";
}
