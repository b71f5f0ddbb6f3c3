namespace FamilyFirst.Domain.Imports;

/// <summary>A spell on a benefit, from its start date to its end date or ongoing (benefits file). Natural key: person, benefit, start_date.</summary>
public sealed record BenefitRow(int Line, PersonMatch Person, string Benefit, DateOnly StartDate, DateOnly? EndDate) : PersonDataRow(Line, Person)
{
    /// <summary>True for the out-of-work benefit codes the Family First work measures count.</summary>
    public bool IsOutOfWorkBenefit => BenefitCodes.IsOutOfWork(Benefit);

    public override string RecordKey => NaturalKeys.Escape(Benefit) + "|" + NaturalKeys.Date(StartDate);

    internal override string ValuesFingerprint => NaturalKeys.Value(EndDate);
}

/// <summary>Benefit codes in DWP files; the out-of-work ones are listed in docs/outcome-rules.md (part 1, Work).</summary>
public static class BenefitCodes
{
    /// <summary>Jobseeker's Allowance, Employment and Support Allowance, Incapacity Benefit, Income Support, Carer's Allowance, Severe Disablement Allowance, Universal Credit.</summary>
    public static IReadOnlySet<string> OutOfWork { get; } =
        new HashSet<string>(["JSA", "ESA", "IB", "IS", "CA", "SDA", "UC"], StringComparer.OrdinalIgnoreCase);

    public static bool IsOutOfWork(string? code) => code is not null && OutOfWork.Contains(code.Trim());
}
