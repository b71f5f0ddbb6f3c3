namespace FamilyFirst.Domain.Imports;

/// <summary>A child's school attendance for one term, both dates included (attendance file). Natural key: person, term_start.</summary>
public sealed record AttendanceRow(
    int Line,
    PersonMatch Person,
    DateOnly TermStart,
    DateOnly TermEnd,
    int PossibleSessions,
    int AuthorisedAbsenceSessions,
    int UnauthorisedAbsenceSessions) : PersonDataRow(Line, Person)
{
    public override string RecordKey => NaturalKeys.Date(TermStart);

    internal override string ValuesFingerprint =>
        $"{NaturalKeys.Value(TermEnd)}|{PossibleSessions}|{AuthorisedAbsenceSessions}|{UnauthorisedAbsenceSessions}";
}
