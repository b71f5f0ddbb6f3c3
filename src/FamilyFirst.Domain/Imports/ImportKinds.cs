namespace FamilyFirst.Domain.Imports;

/// <summary>The names import kinds go by on the command line and in URLs (`attendance`, `work_programme`).</summary>
public static class ImportKinds
{
    private static readonly (ImportKind Kind, string Name)[] Names =
    [
        (ImportKind.Families, "families"),
        (ImportKind.People, "people"),
        (ImportKind.Attendance, "attendance"),
        (ImportKind.Exclusions, "exclusions"),
        (ImportKind.Offences, "offences"),
        (ImportKind.Asb, "asb"),
        (ImportKind.Benefits, "benefits"),
        (ImportKind.Employment, "employment"),
        (ImportKind.WorkProgramme, "work_programme"),
    ];

    /// <summary>Every kind, in the order of the data formats table.</summary>
    public static IReadOnlyList<ImportKind> All { get; } = Names.Select(n => n.Kind).ToArray();

    /// <summary>The documented name: snake case, as in `work_programme`.</summary>
    public static string Name(this ImportKind kind)
    {
        foreach (var (k, name) in Names)
        {
            if (k == kind)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not an import kind.");
    }

    /// <summary>Reads a kind from its name; case-insensitive, and kebab case (`work-programme`) is accepted too.</summary>
    public static Result<ImportKind> Parse(string? text)
    {
        var wanted = (text ?? "").Trim().Replace('-', '_');
        foreach (var (kind, name) in Names)
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
