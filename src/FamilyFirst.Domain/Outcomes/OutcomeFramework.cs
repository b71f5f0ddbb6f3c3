namespace FamilyFirst.Domain.Outcomes;

/// <summary>The outcome framework a family's results are worked out and claimed under.</summary>
public enum OutcomeFramework
{
    /// <summary>The original Family First (Troubled Families 2012–15) rules.</summary>
    FamilyFirst2012,

    /// <summary>The Supporting Families National Outcome Framework (2022–25).</summary>
    SupportingFamilies2022,
}

/// <summary>Each framework's code in data files, settings and the command line, and its name on the page.</summary>
public static class OutcomeFrameworks
{
    public const string FamilyFirst2012Code = "family-first-2012";

    public const string SupportingFamilies2022Code = "supporting-families-2022";

    public static IReadOnlyList<OutcomeFramework> All { get; } = Enum.GetValues<OutcomeFramework>();

    public static string Code(OutcomeFramework framework) => framework switch
    {
        OutcomeFramework.FamilyFirst2012 => FamilyFirst2012Code,
        OutcomeFramework.SupportingFamilies2022 => SupportingFamilies2022Code,
        _ => throw new ArgumentOutOfRangeException(nameof(framework), framework, null),
    };

    public static string Name(OutcomeFramework framework) => framework switch
    {
        OutcomeFramework.FamilyFirst2012 => "Family First (2012 to 2015)",
        OutcomeFramework.SupportingFamilies2022 => "Supporting Families (2022 to 2025)",
        _ => throw new ArgumentOutOfRangeException(nameof(framework), framework, null),
    };

    /// <summary>The framework with this code (case- and space-insensitive), or null.</summary>
    public static OutcomeFramework? FromCode(string? code) =>
        All.Cast<OutcomeFramework?>().FirstOrDefault(f => string.Equals(Code(f!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
