namespace FamilyFirst.Domain.Imports;

/// <summary>
/// What one kind of partner file must and may contain, and what identifies a row (its natural key),
/// exactly as in the "Files" table of docs/data-formats.md.
/// </summary>
public sealed class ImportSchema
{
    /// <summary>The columns that together identify a person in files about people's events.</summary>
    public static IReadOnlyList<string> PersonMatchColumnNames { get; } =
        [ImportColumn.PersonRef.Name(), ImportColumn.Upn.Name(), ImportColumn.GivenName.Name(), ImportColumn.FamilyName.Name(), ImportColumn.DateOfBirth.Name()];

    private static readonly ImportColumn[] PersonMatchColumnSet =
        [ImportColumn.PersonRef, ImportColumn.Upn, ImportColumn.GivenName, ImportColumn.FamilyName, ImportColumn.DateOfBirth];

    private static readonly Dictionary<ImportKind, ImportSchema> Schemas = new()
    {
        [ImportKind.Families] = new(
            ImportKind.Families,
            required: [ImportColumn.FamilyRef, ImportColumn.AttachedOn],
            optional: [ImportColumn.ClosedOn, ImportColumn.LeadPractitionerEmail, ImportColumn.Framework, ImportColumn.AssessedOn, ImportColumn.PlanAgreedOn],
            matchesPerson: false,
            matchesByUpn: false,
            key: [ImportColumn.FamilyRef]),
        [ImportKind.People] = new(
            ImportKind.People,
            required: [ImportColumn.FamilyRef, ImportColumn.PersonRef, ImportColumn.GivenName, ImportColumn.FamilyName, ImportColumn.DateOfBirth],
            optional: [ImportColumn.Upn, ImportColumn.NiNumber, ImportColumn.Postcode, ImportColumn.ExpectingOn],
            matchesPerson: false,
            matchesByUpn: false,
            key: [ImportColumn.PersonRef]),
        [ImportKind.Attendance] = new(
            ImportKind.Attendance,
            required: [ImportColumn.TermStart, ImportColumn.TermEnd, ImportColumn.PossibleSessions, ImportColumn.AuthorisedAbsenceSessions, ImportColumn.UnauthorisedAbsenceSessions],
            optional: [],
            matchesPerson: true,
            matchesByUpn: true,
            key: [ImportColumn.TermStart]),
        [ImportKind.Exclusions] = new(
            ImportKind.Exclusions,
            required: [ImportColumn.ExclusionDate, ImportColumn.ExclusionType],
            optional: [ImportColumn.Sessions],
            matchesPerson: true,
            matchesByUpn: true,
            key: [ImportColumn.ExclusionDate, ImportColumn.ExclusionType]),
        [ImportKind.Offences] = new(
            ImportKind.Offences,
            required: [ImportColumn.OffenceDate],
            optional: [ImportColumn.OffenceType],
            matchesPerson: true,
            matchesByUpn: false,
            key: [ImportColumn.OffenceDate, ImportColumn.OffenceType]),
        [ImportKind.Asb] = new(
            ImportKind.Asb,
            required: [ImportColumn.IncidentDate],
            optional: [ImportColumn.IncidentType],
            matchesPerson: true,
            matchesByUpn: false,
            key: [ImportColumn.IncidentDate, ImportColumn.IncidentType]),
        [ImportKind.Benefits] = new(
            ImportKind.Benefits,
            required: [ImportColumn.Benefit, ImportColumn.StartDate],
            optional: [ImportColumn.EndDate],
            matchesPerson: true,
            matchesByUpn: false,
            key: [ImportColumn.Benefit, ImportColumn.StartDate]),
        [ImportKind.Employment] = new(
            ImportKind.Employment,
            required: [ImportColumn.StartDate],
            optional: [ImportColumn.EndDate, ImportColumn.HoursPerWeek],
            matchesPerson: true,
            matchesByUpn: false,
            key: [ImportColumn.StartDate]),
        [ImportKind.WorkProgramme] = new(
            ImportKind.WorkProgramme,
            required: [ImportColumn.ReferralDate],
            optional: [ImportColumn.Programme],
            matchesPerson: true,
            matchesByUpn: false,
            key: [ImportColumn.ReferralDate]),

        // A need names its person (if it is about one) by the person match columns, all optional: none means the
        // whole family. The family, headline and need identify it, so the person is not part of the key.
        [ImportKind.Needs] = new(
            ImportKind.Needs,
            required: [ImportColumn.FamilyRef, ImportColumn.Headline, ImportColumn.Need, ImportColumn.IdentifiedOn],
            optional: [.. PersonMatchColumnSet, ImportColumn.IdentifiedBy, ImportColumn.EvidenceSource, ImportColumn.Evidence],
            matchesPerson: false,
            matchesByUpn: false,
            key: [ImportColumn.FamilyRef, ImportColumn.Headline, ImportColumn.Need]),
        [ImportKind.Outcomes] = new(
            ImportKind.Outcomes,
            required: [ImportColumn.FamilyRef, ImportColumn.Headline, ImportColumn.Need, ImportColumn.AchievedOn],
            optional: [ImportColumn.LapsedOn, ImportColumn.EvidenceSource, ImportColumn.Evidence],
            matchesPerson: false,
            matchesByUpn: false,
            key: [ImportColumn.FamilyRef, ImportColumn.Headline, ImportColumn.Need]),
    };

    private readonly bool[] _known = new bool[ImportColumns.Count];

    private ImportSchema(ImportKind kind, ImportColumn[] required, ImportColumn[] optional, bool matchesPerson, bool matchesByUpn, ImportColumn[] key)
    {
        Kind = kind;
        Required = required;
        MatchesPerson = matchesPerson;
        MatchesByUpn = matchesByUpn;
        ImportColumn[] allOptional = matchesPerson ? [.. PersonMatchColumnSet, .. optional] : optional;
        foreach (var column in required.Concat(allOptional))
        {
            _known[(int)column] = true;
        }

        RequiredColumns = required.Select(c => c.Name()).ToArray();
        OptionalColumns = allOptional.Select(c => c.Name()).ToArray();
        NaturalKeyParts = (matchesPerson ? ["person"] : Array.Empty<string>()).Concat(key.Select(c => c.Name())).ToArray();
    }

    public ImportKind Kind { get; }

    /// <summary>Columns the header must have and every row must fill (bold in the table).</summary>
    public IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Columns the header may have, including the person match columns.</summary>
    public IReadOnlyList<string> OptionalColumns { get; }

    /// <summary>True for files about a person's events: each row names its person by the person match columns.</summary>
    public bool MatchesPerson { get; }

    /// <summary>True for education files (attendance, exclusions), where a unique pupil number alone can match a person.</summary>
    public bool MatchesByUpn { get; }

    /// <summary>What identifies a row, in order: "person" (however the row identifies them) then column names.</summary>
    public IReadOnlyList<string> NaturalKeyParts { get; }

    internal IReadOnlyList<ImportColumn> Required { get; }

    public static ImportSchema For(ImportKind kind) =>
        Schemas.TryGetValue(kind, out var schema)
            ? schema
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an import kind.");

    public bool IsKnownColumn(string name) =>
        TryFindColumn(name, out var column) && _known[(int)column];

    /// <summary>The natural key's parts in words for messages: "person and term_start".</summary>
    internal string NaturalKeyInWords()
    {
        var parts = NaturalKeyParts;
        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }

    internal bool IsKnown(ImportColumn column) => _known[(int)column];

    internal static bool TryFindColumn(string name, out ImportColumn column)
    {
        var wanted = name.Trim();
        for (var i = 0; i < ImportColumns.Count; i++)
        {
            if (string.Equals(((ImportColumn)i).Name(), wanted, StringComparison.OrdinalIgnoreCase))
            {
                column = (ImportColumn)i;
                return true;
            }
        }

        column = default;
        return false;
    }
}
