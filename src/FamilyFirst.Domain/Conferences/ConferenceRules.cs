namespace FamilyFirst.Domain.Conferences;

/// <summary>The council's timescales for Family Group Conferences; each is configuration with these defaults.</summary>
public sealed record ConferenceRules
{
    public static ConferenceRules Default { get; } = new();

    /// <summary>A review is normally held within 3 months of the conference.</summary>
    public int ReviewAfterDays { get; init; } = 91;

    /// <summary>Referral to conference typically takes 4 to 8 weeks; the target is 6.</summary>
    public int TargetDaysToConference { get; init; } = 42;

    /// <summary>How far ahead the dashboard lists reviews as due.</summary>
    public int ReviewDueSoonDays { get; init; } = 14;
}
