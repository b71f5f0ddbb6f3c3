namespace FamilyFirst.Domain.Imports;

/// <summary>An anti-social behaviour incident involving a person on a date (asb file). Natural key: person, incident_date, incident_type.</summary>
public sealed record AsbIncidentRow(int Line, PersonMatch Person, DateOnly IncidentDate, string? IncidentType) : PersonDataRow(Line, Person)
{
    /// <summary>The incident type counts ignoring case and spacing; a blank type is its own key part.</summary>
    public override string RecordKey => NaturalKeys.Date(IncidentDate) + "|" + NaturalKeys.Category(IncidentType);

    // Everything the row says is in its key.
    internal override string ValuesFingerprint => "";
}
