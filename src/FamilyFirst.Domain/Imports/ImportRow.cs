namespace FamilyFirst.Domain.Imports;

/// <summary>One valid row of a partner file, with the line it came from and the natural key that makes importing it twice harmless.</summary>
public abstract record ImportRow(int Line)
{
    /// <summary>
    /// What identifies this row among all rows of its kind (docs/data-formats.md, "Natural key"), normalised:
    /// a row already held with this key is a duplicate, or an update when its other values differ.
    /// </summary>
    public abstract string NaturalKey { get; }

    /// <summary>The values outside the natural key (and the line), in a form where equal text means equal values.</summary>
    internal abstract string ValuesFingerprint { get; }

    /// <summary>
    /// True when every value outside the natural key equals <paramref name="other"/>'s: with the same key, that
    /// row is a duplicate to skip; otherwise it is an update. Line numbers, and for person rows the way the
    /// person was identified, are not values.
    /// </summary>
    public bool HasSameValuesAs(ImportRow other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return other.GetType() == GetType() && string.Equals(ValuesFingerprint, other.ValuesFingerprint, StringComparison.Ordinal);
    }
}

/// <summary>A row of partner data about one person (school, police, benefits or employment), naming them by a <see cref="PersonMatch"/>.</summary>
public abstract record PersonDataRow(int Line, PersonMatch Person) : ImportRow(Line)
{
    /// <summary>
    /// The natural key without the person ("2024-09-02" for an attendance term): once the importer has matched the
    /// person, that person's id plus this identifies the record in the database.
    /// </summary>
    public abstract string RecordKey { get; }

    /// <summary>The person's key then the record key, joined by '|'.</summary>
    public sealed override string NaturalKey => Person.Key + "|" + RecordKey;
}
