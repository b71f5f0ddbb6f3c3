namespace FamilyFirst.Domain.Outcomes.SupportingFamilies;

/// <summary>One headline outcome in the Supporting Families figures: families with a counted need under it, its needs and how many are sustained.</summary>
public sealed record HeadlineFigures(string Code, string Name, int Families, int Needs, int NeedsSustained);

/// <summary>
/// The Supporting Families figures at an as-at date for the families on that framework, with the steps of the claim
/// rule as counts so a reader can follow them: families, closed, with a dependent child or expectant parent, with needs
/// under three or more headlines, with the plan covering every need, claimable; then each headline's families and needs.
/// </summary>
public sealed record SupportingFamiliesFigures(
    DateOnly AsAt,
    int Families,
    int Closed,
    int DependentChildOrExpectant,
    int ThreeOrMoreHeadlines,
    int PlanCoversNeeds,
    int AllNeedsSustained,
    int Claimable,
    decimal? ClaimablePercent,
    int Needs,
    int NeedsSustained,
    IReadOnlyList<HeadlineFigures> Headlines);

/// <summary>Adds up families' <see cref="SupportingFamiliesResult"/>s into <see cref="SupportingFamiliesFigures"/>, one family at a time.</summary>
public sealed class SupportingFamiliesReport(DateOnly asAt, int minimumHeadlines)
{
    private readonly Dictionary<HeadlineOutcome, (int Families, int Needs, int Sustained)> _headlines = HeadlineOutcomes.All.ToDictionary(h => h, _ => (0, 0, 0));
    private int _families, _closed, _dependent, _headlinesMet, _planCovers, _allSustained, _claimable, _needs, _sustained;

    public void Add(SupportingFamiliesResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        _families++;
        if (result.ClosedOn is not null) _closed++;
        if (result.DependentChildOrExpectant) _dependent++;
        if (result.HeadlinesWithNeeds >= minimumHeadlines) _headlinesMet++;
        if (result.PlanCoversNeeds) _planCovers++;
        if (result.Needs > 0 && result.NeedsSustained == result.Needs) _allSustained++;
        if (result.Claimable) _claimable++;
        _needs += result.Needs;
        _sustained += result.NeedsSustained;
        foreach (var group in result.NeedResults.Where(n => n.Counts).GroupBy(n => n.Need.Headline))
        {
            var (families, needs, sustained) = _headlines[group.Key];
            _headlines[group.Key] = (families + 1, needs + group.Count(), sustained + group.Count(n => n.Sustained));
        }
    }

    public SupportingFamiliesFigures ToFigures() => new(
        asAt,
        _families,
        _closed,
        _dependent,
        _headlinesMet,
        _planCovers,
        _allSustained,
        _claimable,
        WorkingText.Percent(_claimable, _families),
        _needs,
        _sustained,
        HeadlineOutcomes.All.Select(h => new HeadlineFigures(HeadlineOutcomes.Code(h), HeadlineOutcomes.Name(h), _headlines[h].Families, _headlines[h].Needs, _headlines[h].Sustained)).ToList());
}

/// <summary>One headline outcome's Supporting Families figures made safe to publish: its families, and its needs sustained of its needs.</summary>
public sealed record PublishedHeadline(string Code, string Name, string Families, PublishedFigure NeedsSustained);

/// <summary>
/// The Supporting Families figures made safe to publish on the public page, through the same
/// <see cref="DisclosureControl"/> as the original framework's headline figures: the families on the framework, those
/// claimable of them, and each headline outcome's families and needs sustained (every count below the threshold shown
/// as "fewer than N", and any percentage built on one withheld).
/// </summary>
public sealed record PublishedSupportingFamilies(string Families, PublishedFigure Claimable, PublishedFigure NeedsSustained, IReadOnlyList<PublishedHeadline> Headlines)
{
    public static PublishedSupportingFamilies From(SupportingFamiliesFigures figures, int threshold = DisclosureControl.DefaultThreshold)
    {
        ArgumentNullException.ThrowIfNull(figures);
        return new(
            DisclosureControl.CountText(figures.Families, threshold),
            DisclosureControl.Publish(figures.Claimable, figures.Families, threshold),
            DisclosureControl.Publish(figures.NeedsSustained, figures.Needs, threshold),
            figures.Headlines
                .Select(h => new PublishedHeadline(h.Code, h.Name, DisclosureControl.CountText(h.Families, threshold), DisclosureControl.Publish(h.NeedsSustained, h.Needs, threshold)))
                .ToList());
    }
}
