namespace FamilyFirst.Domain.Outcomes;

public static partial class FamilyResultsCalculator
{
    private static CrimeAndAsbResult CrimeAndAsb(FamilyOutcomeData data, DateOnly asAt, OutcomeRules rules)
    {
        var attachedOn = data.AttachedOn;
        var baselineWindow = new DateWindow(attachedOn.AddMonths(-rules.CrimeWindowMonths), attachedOn);
        var outcomeWindow = new DateWindow(asAt.AddMonths(-rules.CrimeWindowMonths), asAt);
        var assessable = outcomeWindow.Start >= attachedOn;

        int youthBaseline = 0, youthOutcome = 0;
        foreach (var offence in data.Offences)
        {
            // Youth is decided on the offence date: a person turning 18 inside a window counts only before the birthday.
            if (AgeOn(DateOfBirth(data.People, offence.PersonId), offence.OffenceDate) >= rules.AdultAge)
            {
                continue;
            }

            if (baselineWindow.Contains(offence.OffenceDate))
            {
                youthBaseline++;
            }

            if (outcomeWindow.Contains(offence.OffenceDate))
            {
                youthOutcome++;
            }
        }

        int asbBaseline = 0, asbOutcome = 0;
        foreach (var incident in data.AntiSocialBehaviourIncidents)
        {
            if (baselineWindow.Contains(incident.IncidentDate))
            {
                asbBaseline++;
            }

            if (outcomeWindow.Contains(incident.IncidentDate))
            {
                asbOutcome++;
            }
        }

        var youth = Measure(
            "Youth offences", "youth offences", youthBaseline, youthOutcome, rules.YouthOffendingReductionPercent, assessable);
        var asb = Measure(
            "ASB incidents", "ASB incidents", asbBaseline, asbOutcome, rules.AntiSocialBehaviourReductionPercent, assessable);

        var applies = youth.Applies || asb.Applies;
        var met = applies && assessable && (!youth.Applies || youth.Met) && (!asb.Applies || asb.Met);
        var stopped = applies && assessable && youthOutcome == 0 && asbOutcome == 0;

        string reason;
        if (!applies)
        {
            reason = $"Does not apply: no youth offences or ASB incidents in the baseline window {baselineWindow}.";
        }
        else if (!assessable)
        {
            reason = $"Not assessable yet: the outcome window {outcomeWindow} starts before attachment on {WorkingText.Iso(attachedOn)}.";
        }
        else if (stopped)
        {
            reason = $"Met and stopped: no youth offences or ASB incidents in the outcome window {outcomeWindow}.";
        }
        else if (met)
        {
            reason = $"Met: every measure that applies is met (baseline {baselineWindow}, outcome {outcomeWindow}).";
        }
        else
        {
            var unmet = !youth.Met && youth.Applies
                ? (!asb.Met && asb.Applies ? "youth offending and ASB" : "youth offending")
                : "ASB";
            reason = $"Not met: {unmet} not reduced enough (baseline {baselineWindow}, outcome {outcomeWindow}).";
        }

        return new CrimeAndAsbResult
        {
            BaselineWindow = baselineWindow,
            OutcomeWindow = outcomeWindow,
            YouthOffending = youth,
            AntiSocialBehaviour = asb,
            Applies = applies,
            Assessable = assessable,
            Met = met,
            Stopped = stopped,
            Reason = reason,
        };
    }

    /// <summary>
    /// A measure is met when its baseline is above 0 and 100 × outcome ≤ (100 − reduction) × baseline,
    /// in whole numbers so there is no rounding at the boundary.
    /// </summary>
    private static CrimeMeasureResult Measure(
        string name, string lowerName, int baseline, int outcome, int reductionPercent, bool assessable)
    {
        if (baseline == 0)
        {
            return new CrimeMeasureResult(baseline, outcome, Applies: false, Met: false,
                $"No {lowerName} in the baseline window: does not apply");
        }

        var reducedEnough = 100L * outcome <= (100L - reductionPercent) * baseline;
        if (!assessable)
        {
            return new CrimeMeasureResult(baseline, outcome, Applies: true, Met: false,
                $"{name}: {baseline} in the baseline window; not assessable yet");
        }

        // The reduction shown is rounded down, so it never reads as enough when the rule says it is not.
        string change;
        if (outcome < baseline)
        {
            var reduction = 100L * (baseline - outcome) / baseline;
            change = $"{name} fell from {baseline} to {outcome} (a {reduction}% reduction; at least {reductionPercent}% needed)";
        }
        else if (outcome == baseline)
        {
            change = $"{name} stayed at {baseline} (no reduction; at least {reductionPercent}% needed)";
        }
        else
        {
            change = $"{name} rose from {baseline} to {outcome} (at least a {reductionPercent}% reduction needed)";
        }

        return new CrimeMeasureResult(baseline, outcome, Applies: true, Met: reducedEnough,
            change + (reducedEnough ? ": met" : ": not met"));
    }
}
