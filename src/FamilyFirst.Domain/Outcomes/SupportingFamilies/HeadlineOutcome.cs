namespace FamilyFirst.Domain.Outcomes.SupportingFamilies;

/// <summary>The ten headline outcomes of the Supporting Families National Outcome Framework (2022–25).</summary>
public enum HeadlineOutcome
{
    Education,
    EarlyYears,
    Health,
    SubstanceUse,
    FamilyRelationships,
    SafeFromAbuse,
    Crime,
    DomesticAbuse,
    Housing,
    FinancialStability,
}

/// <summary>Each headline outcome's code in data files and configuration, and its name on the page.</summary>
public static class HeadlineOutcomes
{
    public static IReadOnlyList<HeadlineOutcome> All { get; } = Enum.GetValues<HeadlineOutcome>();

    public static string Code(HeadlineOutcome headline) => headline switch
    {
        HeadlineOutcome.Education => "education",
        HeadlineOutcome.EarlyYears => "early-years",
        HeadlineOutcome.Health => "health",
        HeadlineOutcome.SubstanceUse => "substance-use",
        HeadlineOutcome.FamilyRelationships => "family-relationships",
        HeadlineOutcome.SafeFromAbuse => "safe-from-abuse",
        HeadlineOutcome.Crime => "crime",
        HeadlineOutcome.DomesticAbuse => "domestic-abuse",
        HeadlineOutcome.Housing => "housing",
        HeadlineOutcome.FinancialStability => "financial-stability",
        _ => throw new ArgumentOutOfRangeException(nameof(headline), headline, null),
    };

    public static string Name(HeadlineOutcome headline) => headline switch
    {
        HeadlineOutcome.Education => "Getting a good education",
        HeadlineOutcome.EarlyYears => "Good early years development",
        HeadlineOutcome.Health => "Improved mental and physical health",
        HeadlineOutcome.SubstanceUse => "Better managed substance use",
        HeadlineOutcome.FamilyRelationships => "Improved family relationships",
        HeadlineOutcome.SafeFromAbuse => "Children safe from abuse and exploitation",
        HeadlineOutcome.Crime => "Families diverted from crime",
        HeadlineOutcome.DomesticAbuse => "Safe from domestic abuse",
        HeadlineOutcome.Housing => "Secure housing",
        HeadlineOutcome.FinancialStability => "Financial stability",
        _ => throw new ArgumentOutOfRangeException(nameof(headline), headline, null),
    };

    /// <summary>The headline with this code (case-insensitive, trimmed), or null.</summary>
    public static HeadlineOutcome? FromCode(string? code)
    {
        var text = code?.Trim();
        foreach (var headline in All)
        {
            if (string.Equals(Code(headline), text, StringComparison.OrdinalIgnoreCase))
            {
                return headline;
            }
        }

        return null;
    }
}
