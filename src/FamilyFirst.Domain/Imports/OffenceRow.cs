namespace FamilyFirst.Domain.Imports;

/// <summary>A proven offence by a person on a date (offences file). Natural key: person, offence_date, offence_type.</summary>
public sealed record OffenceRow(int Line, PersonMatch Person, DateOnly OffenceDate, string? OffenceType) : PersonDataRow(Line, Person)
{
    /// <summary>The offence type counts ignoring case and spacing; a blank type is its own key part.</summary>
    public override string RecordKey => NaturalKeys.Date(OffenceDate) + "|" + NaturalKeys.Category(OffenceType);

    // Everything the row says is in its key.
    internal override string ValuesFingerprint => "";
}
