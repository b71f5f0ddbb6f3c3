namespace FamilyFirst.Domain.Imports;

/// <summary>A spell of employment, both dates included, no end date meaning ongoing (employment file). Natural key: person, start_date.</summary>
public sealed record EmploymentRow(int Line, PersonMatch Person, DateOnly StartDate, DateOnly? EndDate, decimal? HoursPerWeek)
    : PersonDataRow(Line, Person)
{
    public override string RecordKey => NaturalKeys.Date(StartDate);

    internal override string ValuesFingerprint => $"{NaturalKeys.Value(EndDate)}|{NaturalKeys.Value(HoursPerWeek)}";
}
