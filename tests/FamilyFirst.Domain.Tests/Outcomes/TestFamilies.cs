using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Tests.Outcomes;

/// <summary>Fixed people and dates the outcome tests build their families from.</summary>
internal static class TestFamilies
{
    public static readonly Guid Mother = new("00000000-0000-0000-0000-000000000001");
    public static readonly Guid Father = new("00000000-0000-0000-0000-000000000002");
    public static readonly Guid Son = new("00000000-0000-0000-0000-000000000003");
    public static readonly Guid Daughter = new("00000000-0000-0000-0000-000000000004");

    public static readonly DateOnly MotherBorn = new(1978, 4, 12);
    public static readonly DateOnly FatherBorn = new(1975, 11, 3);
    public static readonly DateOnly SonBorn = new(1999, 6, 20);
    public static readonly DateOnly DaughterBorn = new(2003, 2, 8);

    public static FamilyOutcomeData Family(DateOnly attachedOn, string reference = "FAM-001") => new()
    {
        FamilyReference = reference,
        AttachedOn = attachedOn,
        People =
        [
            new FamilyMember(Mother, MotherBorn),
            new FamilyMember(Father, FatherBorn),
            new FamilyMember(Son, SonBorn),
            new FamilyMember(Daughter, DaughterBorn),
        ],
    };

    public static FamilyResults Calculate(FamilyOutcomeData data, DateOnly asAt) =>
        FamilyResultsCalculator.Calculate(data, asAt, OutcomeRules.Default);

    /// <summary><paramref name="count"/> dates spread one day apart from <paramref name="first"/>.</summary>
    public static IEnumerable<DateOnly> Days(DateOnly first, int count) =>
        Enumerable.Range(0, count).Select(first.AddDays);
}
