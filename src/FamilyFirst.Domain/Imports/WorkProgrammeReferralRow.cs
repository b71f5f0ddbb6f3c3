namespace FamilyFirst.Domain.Imports;

/// <summary>A referral of a person to an employment programme (work_programme file). Natural key: person, referral_date.</summary>
public sealed record WorkProgrammeReferralRow(int Line, PersonMatch Person, DateOnly ReferralDate, string? Programme)
    : PersonDataRow(Line, Person)
{
    public override string RecordKey => NaturalKeys.Date(ReferralDate);

    internal override string ValuesFingerprint => NaturalKeys.Value(Programme);
}
