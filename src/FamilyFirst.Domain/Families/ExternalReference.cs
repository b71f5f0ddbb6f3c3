namespace FamilyFirst.Domain.Families;

/// <summary>Another of the council's systems that knows the family by its own reference.</summary>
public enum ReferenceSource
{
    /// <summary>The programme list: the council's list of families attached to Family First or Supporting Families.</summary>
    ProgrammeList,

    /// <summary>The children's social care case system.</summary>
    ChildrensSocialCare,

    /// <summary>The early help case system.</summary>
    EarlyHelp,
}

/// <summary>
/// A family's reference in another system (for example "FF00098" on the programme list, "TF/2013/0042" in the
/// case system). A source gives a family one reference, and a reference names one family within its source; the
/// same text may name different families in different sources.
/// </summary>
public sealed class ExternalReference
{
    public const int MaximumLength = 50;

    private ExternalReference()
    {
        Value = string.Empty;
        Key = string.Empty;
    }

    internal ExternalReference(ReferenceSource source, string value, DateTimeOffset recordedAt)
    {
        Id = Guid.NewGuid();
        Source = source;
        Value = value.Trim();
        Key = KeyOf(value);
        RecordedAt = recordedAt;
    }

    public Guid Id { get; private set; }

    public ReferenceSource Source { get; private set; }

    /// <summary>The reference as the other system writes it.</summary>
    public string Value { get; private set; }

    /// <summary>The form it is matched by: trimmed and in capitals, so " ff00098 " is "FF00098".</summary>
    public string Key { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The matching form of a reference (trimmed, capitals); empty for blank text.</summary>
    public static string KeyOf(string? value) => string.IsNullOrWhiteSpace(value) ? string.Empty : value.Trim().ToUpperInvariant();

    /// <summary>Why the text cannot be a reference, or null when it can: 1 to 50 characters with no control characters.</summary>
    public static string? Problem(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "Enter the reference";
        }

        var trimmed = value.Trim();
        if (trimmed.Length > MaximumLength)
        {
            return $"Reference must be {MaximumLength} characters or less";
        }

        return trimmed.Any(char.IsControl) ? "Reference must not contain tabs or line breaks" : null;
    }

    public static string SourceName(ReferenceSource source) => source switch
    {
        ReferenceSource.ProgrammeList => "Programme list",
        ReferenceSource.ChildrensSocialCare => "Children's social care system",
        ReferenceSource.EarlyHelp => "Early help system",
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, null),
    };
}
