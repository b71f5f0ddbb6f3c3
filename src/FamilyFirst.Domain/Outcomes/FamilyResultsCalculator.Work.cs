namespace FamilyFirst.Domain.Outcomes;

public static partial class FamilyResultsCalculator
{
    private static readonly Comparison<EmploymentSpell> ByPersonThenStart = static (x, y) =>
    {
        var order = x.PersonId.CompareTo(y.PersonId);
        if (order == 0) order = x.StartDate.CompareTo(y.StartDate);
        if (order == 0) order = Nullable.Compare(x.EndDate, y.EndDate);
        return order;
    };

    private static WorkResult Work(FamilyOutcomeData data, DateOnly asAt, OutcomeRules rules)
    {
        var attachedOn = data.AttachedOn;
        var adults = new List<FamilyMember>();
        foreach (var person in data.People)
        {
            if (AgeOn(person.DateOfBirth, attachedOn) >= rules.AdultAge) adults.Add(person);
        }

        if (adults.Count > 1)
        {
            adults.Sort(static (a, b) =>
            {
                var order = a.DateOfBirth.CompareTo(b.DateOfBirth);
                return order != 0 ? order : a.PersonId.CompareTo(b.PersonId);
            });
        }

        EmploymentSpell[]? spells = null;
        var results = new AdultWorkResult[adults.Count];
        int onBenefits = 0;
        bool entered = false, continuous = false, progress = false;
        for (var i = 0; i < adults.Count; i++)
        {
            var codes = OutOfWorkBenefitsAt(data.BenefitSpells, adults[i].PersonId, attachedOn, rules);
            if (codes.Length == 0)
            {
                results[i] = NotOnOutOfWorkBenefits(adults[i].PersonId, attachedOn);
                continue;
            }

            // Sorted once, and only for families where someone's employment counts.
            spells ??= ToSortedArray(data.EmploymentSpells, ByPersonThenStart);
            var adult = OnOutOfWorkBenefits(adults[i].PersonId, codes, spells, data.WorkProgrammeReferrals, attachedOn, asAt, rules);
            results[i] = adult;
            onBenefits++;
            entered |= adult.EnteredEmployment;
            continuous |= adult.ContinuousEmploymentMet;
            progress |= adult.ProgressToWork;
        }

        string reason;
        if (adults.Count == 0)
        {
            reason = "No adults: nobody in the family was 18 or over at attachment.";
        }
        else if (onBenefits == 0)
        {
            reason = "No adult was on out-of-work benefits at attachment.";
        }
        else
        {
            reason = $"{WorkingText.Count(onBenefits, "adult", "adults")} on out-of-work benefits at attachment; "
                + $"entered employment: {(entered ? "yes" : "no")}; continuous employment: {(continuous ? "met" : "not met")}; "
                + $"progress to work: {(progress ? "yes" : "no")}.";
        }

        return new WorkResult
        {
            Adults = results,
            AdultsOnOutOfWorkBenefits = onBenefits,
            AdultEnteredEmployment = entered,
            ContinuousEmploymentMet = continuous,
            ProgressToWork = progress,
            Reason = reason,
        };
    }

    /// <summary>The out-of-work benefit codes with a spell covering the attachment date, in the rules' order.</summary>
    private static string[] OutOfWorkBenefitsAt(IReadOnlyList<BenefitSpell> spells, Guid personId, DateOnly attachedOn, OutcomeRules rules)
    {
        List<string>? codes = null;
        foreach (var code in rules.OutOfWorkBenefitCodes)
        {
            foreach (var spell in spells)
            {
                if (spell.PersonId == personId
                    && spell.StartDate <= attachedOn
                    && (spell.EndDate is null || spell.EndDate.Value >= attachedOn)
                    && string.Equals(spell.Benefit, code, StringComparison.OrdinalIgnoreCase))
                {
                    (codes ??= []).Add(code);
                    break;
                }
            }
        }

        return codes is null ? [] : codes.ToArray();
    }

    private static AdultWorkResult NotOnOutOfWorkBenefits(Guid personId, DateOnly attachedOn)
    {
        const string NotCounted = "Not counted: not on out-of-work benefits at attachment.";
        return new AdultWorkResult
        {
            PersonId = personId,
            OnOutOfWorkBenefits = false,
            BenefitsAtAttachment = [],
            OnJobseekersAllowance = false,
            EmploymentWindow = null,
            EmploymentDaysCountedIn = null,
            EmploymentDaysNeeded = 0,
            EmploymentDays = 0,
            ContinuousEmploymentMet = false,
            ContinuousEmploymentReason = NotCounted,
            EnteredEmploymentOn = null,
            EnteredEmployment = false,
            ReferredToEmploymentProgrammeOn = null,
            ProgressToWork = false,
            Reason = $"Not on out-of-work benefits on {WorkingText.Iso(attachedOn)}.",
        };
    }

    private static AdultWorkResult OnOutOfWorkBenefits(
        Guid personId,
        string[] codes,
        EmploymentSpell[] spellsByPerson,
        IReadOnlyList<WorkProgrammeReferral> referrals,
        DateOnly attachedOn,
        DateOnly asAt,
        OutcomeRules rules)
    {
        var jobseekers = false;
        foreach (var code in codes) jobseekers |= rules.IsJobseekersAllowance(code);

        var windowDays = jobseekers ? rules.JobseekersEmploymentWindowDays : rules.OtherBenefitEmploymentWindowDays;
        var needed = jobseekers ? rules.JobseekersEmploymentDaysNeeded : rules.OtherBenefitEmploymentDaysNeeded;
        var window = new DateWindow(asAt.AddDays(-windowDays), asAt);
        var countedIn = new DateWindow(window.Start > attachedOn ? window.Start : attachedOn, asAt);

        var first = 0;
        while (first < spellsByPerson.Length && spellsByPerson[first].PersonId != personId) first++;
        var end = first;
        while (end < spellsByPerson.Length && spellsByPerson[end].PersonId == personId) end++;
        var spells = new ReadOnlySpan<EmploymentSpell>(spellsByPerson, first, end - first);

        var days = EmploymentDaysIn(spells, countedIn);
        DateOnly? enteredOn = null;
        foreach (var spell in spells)
        {
            // Spells are in start order, so the first one in [A, T) is the earliest.
            if (spell.StartDate >= attachedOn && spell.StartDate < asAt)
            {
                enteredOn = spell.StartDate;
                break;
            }
        }

        DateOnly? referredOn = null;
        foreach (var referral in referrals)
        {
            if (referral.PersonId == personId
                && referral.ReferralDate >= attachedOn
                && referral.ReferralDate < asAt
                && (referredOn is null || referral.ReferralDate < referredOn.Value))
            {
                referredOn = referral.ReferralDate;
            }
        }

        var continuous = days >= needed;
        var benefits = string.Join(", ", codes);
        var test = jobseekers
            ? $"on {rules.JobseekersAllowanceCode} at attachment, so {needed} days needed in the last {windowDays}"
            : $"not on {rules.JobseekersAllowanceCode} at attachment, so {needed} days needed in the last {windowDays}";
        var continuousReason = $"{WorkingText.Count(days, "employment day", "employment days")} in {countedIn} ({test}, counting only days on or after attachment): "
            + (continuous ? "met" : "not met");

        return new AdultWorkResult
        {
            PersonId = personId,
            OnOutOfWorkBenefits = true,
            BenefitsAtAttachment = codes,
            OnJobseekersAllowance = jobseekers,
            EmploymentWindow = window,
            EmploymentDaysCountedIn = countedIn,
            EmploymentDaysNeeded = needed,
            EmploymentDays = days,
            ContinuousEmploymentMet = continuous,
            ContinuousEmploymentReason = continuousReason,
            EnteredEmploymentOn = enteredOn,
            EnteredEmployment = enteredOn is not null,
            ReferredToEmploymentProgrammeOn = referredOn,
            ProgressToWork = referredOn is not null,
            Reason = $"On {benefits} on {WorkingText.Iso(attachedOn)}; "
                + (enteredOn is { } start ? $"started work on {WorkingText.Iso(start)}" : "no job started since attachment") + "; "
                + (referredOn is { } referred ? $"referred to an employment programme on {WorkingText.Iso(referred)}" : "no employment programme referral since attachment") + ".",
        };
    }

    /// <summary>
    /// Days inside <paramref name="countedIn"/> covered by at least one spell (both dates included; no end date
    /// means ongoing), so overlapping jobs are not counted twice.
    /// </summary>
    /// <param name="spells">One person's spells in start-date order.</param>
    private static int EmploymentDaysIn(ReadOnlySpan<EmploymentSpell> spells, DateWindow countedIn)
    {
        var total = 0;
        DateOnly runStart = default, runEnd = default;
        var inRun = false;
        foreach (var spell in spells)
        {
            var start = spell.StartDate > countedIn.Start ? spell.StartDate : countedIn.Start;
            var end = spell.EndDate is { } last && last < countedIn.End ? last.AddDays(1) : countedIn.End;
            if (end <= start) continue;

            // Clipped starts keep the start-date order, so a single sweep merges overlapping spells.
            if (inRun && start <= runEnd)
            {
                if (end > runEnd) runEnd = end;
                continue;
            }

            if (inRun) total += runEnd.DayNumber - runStart.DayNumber;
            (runStart, runEnd, inRun) = (start, end, true);
        }

        if (inRun) total += runEnd.DayNumber - runStart.DayNumber;
        return total;
    }
}
