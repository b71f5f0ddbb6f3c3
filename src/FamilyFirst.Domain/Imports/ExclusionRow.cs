namespace FamilyFirst.Domain.Imports;

/// <summary>Whether a school exclusion is for a fixed term or permanent.</summary>
public enum ExclusionType
{
    Fixed,
    Permanent,
}

/// <summary>A child's exclusion from school on a date (exclusions file). Natural key: person, exclusion_date, exclusion_type.</summary>
public sealed record ExclusionRow(int Line, PersonMatch Person, DateOnly ExclusionDate, ExclusionType ExclusionType, int? Sessions)
    : PersonDataRow(Line, Person)
{
    public override string RecordKey =>
        NaturalKeys.Date(ExclusionDate) + "|" + (ExclusionType == ExclusionType.Permanent ? "permanent" : "fixed");

    internal override string ValuesFingerprint => NaturalKeys.Value(Sessions);
}
