namespace FamilyFirst.Domain.Imports;

/// <summary>
/// The names import kinds go by on the command line and in URLs (`attendance`, `work_programme`), and the plain
/// English a person sees on the imports pages ("School attendance").
/// </summary>
public static class ImportKinds
{
    private static readonly (ImportKind Kind, string Name, string Description)[] Names =
    [
        (ImportKind.Families, "families", "Families (the programme list)"),
        (ImportKind.People, "people", "People in those families"),
        (ImportKind.Attendance, "attendance", "School attendance"),
        (ImportKind.Exclusions, "exclusions", "School exclusions"),
        (ImportKind.Offences, "offences", "Proven offences"),
        (ImportKind.Asb, "asb", "Anti-social behaviour incidents"),
        (ImportKind.Benefits, "benefits", "Benefits"),
        (ImportKind.Employment, "employment", "Employment"),
        (ImportKind.WorkProgramme, "work_programme", "Employment programme referrals"),
        (ImportKind.Needs, "needs", "Supporting Families needs"),
        (ImportKind.Outcomes, "outcomes", "Supporting Families outcomes against needs"),
    ];

    /// <summary>Every kind, in the order of the data formats table.</summary>
    public static IReadOnlyList<ImportKind> All { get; } = Names.Select(n => n.Kind).ToArray();

    /// <summary>The documented name: snake case, as in `work_programme`.</summary>
    public static string Name(this ImportKind kind) => Entry(kind).Name;

    /// <summary>What a person sees: "Anti-social behaviour incidents", never the code `asb`.</summary>
    public static string Describe(this ImportKind kind) => Entry(kind).Description;

    private static (ImportKind Kind, string Name, string Description) Entry(ImportKind kind)
    {
        foreach (var entry in Names)
        {
            if (entry.Kind == kind)
            {
                return entry;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an import kind.");
    }

    /// <summary>Reads a kind from its name; case-insensitive, and kebab case (`work-programme`) is accepted too.</summary>
    public static Result<ImportKind> Parse(string? text)
    {
        var wanted = (text ?? "").Trim().Replace('-', '_');
        foreach (var (kind, name, _) in Names)
        {
            if (string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase))
            {
                return Result<ImportKind>.Ok(kind);
            }
        }

        var known = string.Join(", ", Names.Select(n => n.Name));
        return wanted.Length == 0
            ? Result<ImportKind>.Fail($"Enter the kind of file to import: {known}")
            : Result<ImportKind>.Fail($"'{text!.Trim()}' is not a kind of file that can be imported. Use one of: {known}");
    }
}
