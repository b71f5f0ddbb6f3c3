namespace FamilyFirst.Domain.Outcomes;

/// <summary>
/// Works out a family's Family First results at an assessment date, exactly as section 5 of the domain
/// reference sets them, and keeps the working. Pure: the same data, date and rules always give the same
/// results, whatever the order of the input rows.
/// </summary>
public static partial class FamilyResultsCalculator
{
    /// <summary>
    /// The family's results at <paramref name="asAt"/> ("T"). A family attached on or after that date is
    /// returned with <see cref="FamilyResults.Eligible"/> false and every result false or 0.
    /// </summary>
    /// <exception cref="ArgumentException">An event names a person who is not in <see cref="FamilyOutcomeData.People"/>: the data was put together wrongly.</exception>
    public static FamilyResults Calculate(FamilyOutcomeData data, DateOnly asAt, OutcomeRules rules)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(rules);
        EnsureEveryEventNamesAMember(data);

        var attachedOn = data.AttachedOn;
        if (attachedOn >= asAt)
        {
            return NotEligible(data, asAt, rules);
        }

        var crime = CrimeAndAsb(data, asAt, rules);
        var education = Education(data, asAt, rules);
        var work = Work(data, asAt, rules);

        var anyApplies = crime.Applies || education.Applies;
        var crimeAsbEducationMet = anyApplies
            && (!crime.Applies || crime.Met)
            && (!education.Applies || education.Met);
        var turnedAround = crimeAsbEducationMet || work.ContinuousEmploymentMet;

        return new FamilyResults
        {
            FamilyReference = data.FamilyReference,
            AttachedOn = attachedOn,
            AsAt = asAt,
            Eligible = true,
            EligibilityReason = $"Attached on {WorkingText.Iso(attachedOn)}, before the assessment date {WorkingText.Iso(asAt)}.",
            CrimeAndAsb = crime,
            Education = education,
            Work = work,
            CrimeAsbEducationMet = crimeAsbEducationMet,
            CrimeAsbEducationReason = CrimeAsbEducationReason(crime, education, crimeAsbEducationMet),
            TurnedAround = turnedAround,
            TurnedAroundReason = turnedAround
                ? (crimeAsbEducationMet && work.ContinuousEmploymentMet
                    ? "Turned around: crime, ASB and education result met, and continuous employment result met."
                    : crimeAsbEducationMet
                        ? "Turned around: crime, ASB and education result met."
                        : "Turned around: continuous employment result met.")
                : "Not turned around: neither the crime, ASB and education result nor the continuous employment result is met.",
        };
    }

    private static string CrimeAsbEducationReason(CrimeAndAsbResult crime, EducationResult education, bool met)
    {
        if (!crime.Applies && !education.Applies)
        {
            return "Does not apply: no crime or ASB in the baseline window and no child with an education problem at baseline.";
        }

        var parts = new List<string>(2);
        if (crime.Applies)
        {
            parts.Add("crime and ASB " + (crime.Met ? "met" : crime.Assessable ? "not met" : "not assessable"));
        }

        if (education.Applies)
        {
            parts.Add("education " + (education.Met ? "met" : education.Assessable ? "not met" : "not assessable"));
        }

        return (met ? "Met: " : "Not met: ") + string.Join(", ", parts) + ".";
    }

    private static FamilyResults NotEligible(FamilyOutcomeData data, DateOnly asAt, OutcomeRules rules)
    {
        var reason = $"Left out: attached on {WorkingText.Iso(data.AttachedOn)}, on or after the assessment date {WorkingText.Iso(asAt)}.";
        var notAssessed = new CrimeMeasureResult(0, 0, Applies: false, Met: false, reason);
        return new FamilyResults
        {
            FamilyReference = data.FamilyReference,
            AttachedOn = data.AttachedOn,
            AsAt = asAt,
            Eligible = false,
            EligibilityReason = reason,
            CrimeAndAsb = new CrimeAndAsbResult
            {
                BaselineWindow = new DateWindow(data.AttachedOn.AddMonths(-rules.CrimeWindowMonths), data.AttachedOn),
                OutcomeWindow = new DateWindow(asAt.AddMonths(-rules.CrimeWindowMonths), asAt),
                YouthOffending = notAssessed,
                AntiSocialBehaviour = notAssessed,
                Applies = false,
                Assessable = false,
                Met = false,
                Stopped = false,
                Reason = reason,
            },
            Education = new EducationResult
            {
                Children = [],
                Applies = false,
                Assessable = false,
                Met = false,
                ChildrenWithProblemAtBaseline = 0,
                ChildrenWithProblemAssessed = 0,
                ChildrenAttendanceImproved = 0,
                Reason = reason,
            },
            Work = new WorkResult
            {
                Adults = [],
                AdultsOnOutOfWorkBenefits = 0,
                AdultEnteredEmployment = false,
                ContinuousEmploymentMet = false,
                ProgressToWork = false,
                Reason = reason,
            },
            CrimeAsbEducationMet = false,
            CrimeAsbEducationReason = reason,
            TurnedAround = false,
            TurnedAroundReason = reason,
        };
    }

    /// <summary>A person's age in whole years on a date. Someone born on 29 February turns a year older on 1 March in other years, as in UK law.</summary>
    internal static int AgeOn(DateOnly dateOfBirth, DateOnly date)
    {
        var age = date.Year - dateOfBirth.Year;
        if (date.Month < dateOfBirth.Month || (date.Month == dateOfBirth.Month && date.Day < dateOfBirth.Day))
        {
            age--;
        }

        return age;
    }

    private static DateOnly DateOfBirth(IReadOnlyList<FamilyMember> people, Guid personId)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].PersonId == personId)
            {
                return people[i].DateOfBirth;
            }
        }

        throw new ArgumentException($"Person {personId} is not a member of the family.", nameof(people));
    }

    private static bool IsMember(IReadOnlyList<FamilyMember> people, Guid personId)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (people[i].PersonId == personId)
            {
                return true;
            }
        }

        return false;
    }

    private static void EnsureEveryEventNamesAMember(FamilyOutcomeData data)
    {
        var people = data.People;
        foreach (var row in data.Offences)
        {
            Require(row.PersonId, "an offence");
        }

        foreach (var row in data.AntiSocialBehaviourIncidents)
        {
            Require(row.PersonId, "an anti-social behaviour incident");
        }

        foreach (var row in data.AttendanceTerms)
        {
            Require(row.PersonId, "an attendance term");
        }

        foreach (var row in data.Exclusions)
        {
            Require(row.PersonId, "an exclusion");
        }

        foreach (var row in data.BenefitSpells)
        {
            Require(row.PersonId, "a benefit spell");
        }

        foreach (var row in data.EmploymentSpells)
        {
            Require(row.PersonId, "an employment spell");
        }

        foreach (var row in data.WorkProgrammeReferrals)
        {
            Require(row.PersonId, "an employment programme referral");
        }

        void Require(Guid personId, string what)
        {
            if (!IsMember(people, personId))
            {
                throw new ArgumentException(
                    $"Family {data.FamilyReference}: {what} names person {personId}, who is not a member of the family.",
                    nameof(data));
            }
        }
    }
}
