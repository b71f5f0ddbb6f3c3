using System.Globalization;

namespace FamilyFirst.Domain.Outcomes.SupportingFamilies;

/// <summary>
/// The Supporting Families (2022–25) claim rule, at an as-at date. A family's result can be claimed when its case is
/// closed and: a member is a dependent child (under 18 on the closure date) or an expectant parent (expecting after
/// the whole-family assessment); its counted needs fall under at least <see cref="SupportingFamiliesFramework.MinimumHeadlines"/>
/// different headline outcomes; a lead practitioner, the assessment and an agreed plan are recorded; no counted need
/// was identified after the plan was agreed; every counted need's outcome was achieved on or before the closure date
/// and had not lapsed before closure + <see cref="SupportingFamiliesFramework.SustainedMonths"/> calendar months;
/// and the as-at date is on or after that date (<c>claimable_from</c>). Which needs and evidence sources count is
/// the council's configuration. Months are calendar months with the day clamped to the month's end (31 August + 6
/// months is 28 or 29 February).
/// </summary>
public sealed class SupportingFamiliesCalculator(SupportingFamiliesFramework framework)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public SupportingFamiliesFramework Framework => framework;

    public SupportingFamiliesResult Calculate(SupportingFamiliesData family, DateOnly asAt)
    {
        ArgumentNullException.ThrowIfNull(family);
        var working = new List<string>();
        var closedOn = family.ClosedOn;
        var sustainedUntil = closedOn?.AddMonths(framework.SustainedMonths);

        // Dependent child: under 18 on the closure date (or the as-at date while the case is open).
        var childDate = closedOn ?? asAt;
        var dependentChild = family.Members.Any(m => m.DateOfBirth is { } born && born <= childDate && AgeOn(born, childDate) < 18);
        var expectant = family.AssessedOn is { } assessed && family.Members.Any(m => m.ExpectingOn is { } due && due > assessed);
        var dependentOrExpectant = dependentChild || expectant;
        working.Add(dependentChild
            ? $"A dependent child: a member under 18 on {Describe(childDate)}{(closedOn is null ? " (the case is not closed; the as-at date is used)" : ", the closure date")}"
            : expectant
                ? $"An expectant parent: a member expecting a baby after the assessment on {Describe(family.AssessedOn!.Value)}"
                : $"No dependent child (no member under 18 on {Describe(childDate)}) and no expectant parent (nobody expecting after the assessment)");

        var needResults = family.Needs.Select(n => Assess(n, closedOn, sustainedUntil)).ToList();
        var counted = needResults.Where(r => r.Counts).ToList();
        var headlines = counted.Select(r => r.Need.Headline).Distinct().Count();
        working.Add($"{Count(counted.Count, "need")} counted under {Count(headlines, "headline outcome")} ({framework.MinimumHeadlines} or more needed)"
            + (needResults.Count > counted.Count ? $"; {needResults.Count - counted.Count} not counted under the council's configuration" : string.Empty));

        working.Add(family.HasLeadPractitioner ? "A lead practitioner is recorded" : "No lead practitioner is recorded");
        working.Add(family.AssessedOn is { } a ? $"Whole-family assessment on {Describe(a)}" : "No whole-family assessment is recorded");
        var planAgreed = family.PlanAgreedOn is not null;
        var lateNeeds = planAgreed ? counted.Where(r => r.Need.IdentifiedOn > family.PlanAgreedOn!.Value).ToList() : [];
        var planCovers = planAgreed && lateNeeds.Count == 0;
        working.Add(!planAgreed
            ? "No agreed plan is recorded"
            : planCovers
                ? $"Plan agreed on {Describe(family.PlanAgreedOn!.Value)}; every counted need was identified by then"
                : $"Plan agreed on {Describe(family.PlanAgreedOn!.Value)}; {Count(lateNeeds.Count, "need")} identified after it, so the plan does not yet address every need");

        var sustained = counted.Count(r => r.Sustained);
        working.Add(closedOn is null
            ? "The case is not closed, so no outcome can yet be sustained after closure"
            : $"Case closed on {Describe(closedOn.Value)}; outcomes must be achieved by then and hold until {Describe(sustainedUntil!.Value)}: {sustained} of {counted.Count} sustained");

        var conditions = closedOn is not null
            && dependentOrExpectant
            && headlines >= framework.MinimumHeadlines
            && family.HasLeadPractitioner
            && family.AssessedOn is not null
            && planCovers
            && counted.Count > 0
            && sustained == counted.Count;
        var claimable = conditions && asAt >= sustainedUntil!.Value;
        if (conditions && !claimable)
        {
            working.Add($"Every condition holds, but the result cannot be claimed before {Describe(sustainedUntil!.Value)}");
        }

        working.Add(claimable ? $"Claimable from {Describe(sustainedUntil!.Value)}" : "Not claimable");
        return new SupportingFamiliesResult(
            family.FamilyId,
            family.FamilyRef,
            asAt,
            closedOn,
            dependentOrExpectant,
            headlines,
            counted.Count,
            sustained,
            family.HasLeadPractitioner,
            family.AssessedOn is not null,
            planAgreed,
            planCovers,
            claimable,
            claimable ? sustainedUntil : null,
            needResults,
            working,
            framework.Version);
    }

    private NeedResult Assess(FamilyNeed need, DateOnly? closedOn, DateOnly? sustainedUntil)
    {
        var definition = framework.Need(need.Headline, need.NeedCode);
        var name = definition?.Name ?? need.NeedCode;
        var headline = HeadlineOutcomes.Name(need.Headline);
        if (definition is null)
        {
            return new NeedResult(need, name, false, false, $"{headline}: {need.NeedCode} is not a need in the council's configuration, so it is not counted");
        }

        if (!definition.Counts)
        {
            return new NeedResult(need, name, false, false, $"{headline}: {name} does not count towards a claim under the council's configuration");
        }

        if (framework.EvidenceSource(need.EvidenceSource) is not { Counts: true })
        {
            return new NeedResult(need, name, false, false, $"{headline}: {name} was identified from evidence ({need.EvidenceSource}) that does not count under the council's configuration");
        }

        var identified = $"{headline}: {name}, identified on {Describe(need.IdentifiedOn)}";
        if (need.Outcome is not { } outcome)
        {
            return new NeedResult(need, name, true, false, $"{identified}; no outcome recorded");
        }

        if (framework.EvidenceSource(outcome.EvidenceSource) is not { Counts: true })
        {
            return new NeedResult(need, name, true, false, $"{identified}; the outcome's evidence ({outcome.EvidenceSource}) does not count under the council's configuration");
        }

        if (closedOn is null)
        {
            return new NeedResult(need, name, true, false, $"{identified}; outcome achieved on {Describe(outcome.AchievedOn)}, not yet sustained (the case is open)");
        }

        if (outcome.AchievedOn > closedOn.Value)
        {
            return new NeedResult(need, name, true, false, $"{identified}; outcome achieved on {Describe(outcome.AchievedOn)}, after the case closed, so it does not count");
        }

        if (outcome.LapsedOn is { } lapsed && lapsed < sustainedUntil!.Value)
        {
            return new NeedResult(need, name, true, false, $"{identified}; outcome achieved on {Describe(outcome.AchievedOn)} but lapsed on {Describe(lapsed)}, before {Describe(sustainedUntil.Value)}");
        }

        return new NeedResult(need, name, true, true, $"{identified}; outcome achieved on {Describe(outcome.AchievedOn)} and "
            + (outcome.LapsedOn is { } l ? $"held until {Describe(l)}" : "still holding") + $", sustained to {Describe(sustainedUntil!.Value)}");
    }

    private static int AgeOn(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        return born.AddYears(age) > on ? age - 1 : age;
    }

    private static string Describe(DateOnly date) => date.ToString("d MMMM yyyy", English);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
