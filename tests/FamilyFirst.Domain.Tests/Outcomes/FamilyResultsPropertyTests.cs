using System.Text;
using CsCheck;
using FamilyFirst.Domain.Outcomes;

namespace FamilyFirst.Domain.Tests.Outcomes;

public class FamilyResultsPropertyTests
{
    private static readonly DateOnly Earliest = new(2012, 1, 1);

    private static readonly Guid[] PersonIds =
        Enumerable.Range(1, 4).Select(i => new Guid($"00000000-0000-0000-0000-{i:D12}")).ToArray();

    /// <summary>A family, an assessment date, and partner data scattered around both, so every window and boundary is exercised.</summary>
    internal static readonly Gen<(FamilyOutcomeData Data, DateOnly AsAt)> GenFamily =
        from attachedOffset in Gen.Int[0, 900]
        from asAtOffset in Gen.Int[-30, 800]
        from people in Gen.DateOnly[new DateOnly(1960, 1, 1), new DateOnly(2012, 1, 1)].Array[1, 4]
        let attachedOn = Earliest.AddDays(attachedOffset)
        let asAt = attachedOn.AddDays(asAtOffset)
        let person = Gen.Int[0, people.Length - 1].Select(i => PersonIds[i])
        let date = Gen.Int[-400, asAtOffset + 30].Select(attachedOn.AddDays)
        from offences in Gen.Select(person, date, (p, d) => new ProvenOffence(p, d)).Array[0, 12]
        from incidents in Gen.Select(person, date, (p, d) => new AntiSocialBehaviourIncident(p, d)).Array[0, 12]
        from terms in Gen.Select(person, Gen.Int[-800, asAtOffset + 30], Gen.Int[0, 120], Gen.Int[0, 150], Gen.Int[0, 10], Gen.Int[0, 30],
            (p, start, length, possible, authorisedPercent, unauthorisedPercent) =>
            {
                var termStart = attachedOn.AddDays(start);
                return new TermAttendance(
                    p, termStart, termStart.AddDays(length), possible, possible * authorisedPercent / 100, possible * unauthorisedPercent / 100);
            }).Array[0, 12]
        from exclusions in Gen.Select(person, date, Gen.Bool, (p, d, permanent) => new SchoolExclusion(p, d, permanent ? ExclusionType.Permanent : ExclusionType.Fixed)).Array[0, 6]
        from benefits in Gen.Select(person, Gen.OneOf("JSA", "ESA", "UC", "PIP"), date, Gen.Int[-1, 400],
            (p, code, start, length) => new BenefitSpell(p, code, start.AddDays(-200), length < 0 ? null : start.AddDays(length))).Array[0, 4]
        from employment in Gen.Select(person, date, Gen.Int[-1, 300], (p, start, length) => new EmploymentSpell(p, start, length < 0 ? null : start.AddDays(length))).Array[0, 5]
        from referrals in Gen.Select(person, date, (p, d) => new WorkProgrammeReferral(p, d)).Array[0, 3]
        select (new FamilyOutcomeData
        {
            FamilyReference = "FAM-P",
            AttachedOn = attachedOn,
            People = people.Select((born, i) => new FamilyMember(PersonIds[i], born)).ToArray(),
            Offences = offences,
            AntiSocialBehaviourIncidents = incidents,
            AttendanceTerms = terms,
            Exclusions = exclusions,
            BenefitSpells = benefits,
            EmploymentSpells = employment,
            WorkProgrammeReferrals = referrals,
        }, asAt);

    private static FamilyResults Calculate(FamilyOutcomeData data, DateOnly asAt) =>
        FamilyResultsCalculator.Calculate(data, asAt, OutcomeRules.Default);

    /// <summary>Everything a person reading the results would see, so two results can be compared by value.</summary>
    private static string Describe(FamilyResults results)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', results.ToResultsRow()).AppendLine();
        text.AppendLine(results.CrimeAndAsb.ToString()).AppendLine(results.CrimeAsbEducationReason).AppendLine(results.TurnedAroundReason);
        text.AppendLine(results.Education.Reason);
        foreach (var child in results.Education.Children)
        {
            text.AppendLine((child with { BaselineTerms = [], OutcomeTerms = [] }).ToString());
            text.AppendJoin(';', child.BaselineTerms).Append('|').AppendJoin(';', child.OutcomeTerms).AppendLine();
        }

        text.AppendLine(results.Work.Reason);
        foreach (var adult in results.Work.Adults)
        {
            text.AppendLine((adult with { BenefitsAtAttachment = [] }).ToString()).AppendJoin(';', adult.BenefitsAtAttachment).AppendLine();
        }

        return text.ToString();
    }

    [Fact]
    public void Results_DoNotDependOnTheOrderOfInputRows()
    {
        var gen =
            from family in GenFamily
            let d = family.Data
            from people in Gen.Shuffle(d.People.ToArray())
            from offences in Gen.Shuffle(d.Offences.ToArray())
            from incidents in Gen.Shuffle(d.AntiSocialBehaviourIncidents.ToArray())
            from terms in Gen.Shuffle(d.AttendanceTerms.ToArray())
            from exclusions in Gen.Shuffle(d.Exclusions.ToArray())
            from benefits in Gen.Shuffle(d.BenefitSpells.ToArray())
            from employment in Gen.Shuffle(d.EmploymentSpells.ToArray())
            from referrals in Gen.Shuffle(d.WorkProgrammeReferrals.ToArray())
            select (family.Data, family.AsAt, Shuffled: d with
            {
                People = people,
                Offences = offences,
                AntiSocialBehaviourIncidents = incidents,
                AttendanceTerms = terms,
                Exclusions = exclusions,
                BenefitSpells = benefits,
                EmploymentSpells = employment,
                WorkProgrammeReferrals = referrals,
            });

        gen.Sample((data, asAt, shuffled) => Describe(Calculate(data, asAt)) == Describe(Calculate(shuffled, asAt)), iter: 2000);
    }

    [Fact]
    public void AddingAnOffenceOrIncidentInTheOutcomeWindow_NeverTurnsAnUnmetCrimeResultIntoAMetOne()
    {
        var gen =
            from family in GenFamily
            from person in Gen.Int[0, family.Data.People.Count - 1]
            from daysBack in Gen.Int[1, 184]
            from isOffence in Gen.Bool
            select (family.Data, family.AsAt, Person: PersonIds[person], Date: family.AsAt.AddDays(-daysBack), isOffence);

        gen.Sample((data, asAt, person, date, isOffence) =>
        {
            var worse = isOffence
                ? data with { Offences = [.. data.Offences, new ProvenOffence(person, date)] }
                : data with { AntiSocialBehaviourIncidents = [.. data.AntiSocialBehaviourIncidents, new AntiSocialBehaviourIncident(person, date)] };
            return Calculate(data, asAt).CrimeAsbMet || !Calculate(worse, asAt).CrimeAsbMet;
        }, iter: 2000);
    }

    [Fact]
    public void AddingEmployment_NeverTurnsAMetContinuousEmploymentResultUnmet_NorLosesDays()
    {
        var gen =
            from family in GenFamily
            from person in Gen.Int[0, family.Data.People.Count - 1]
            from start in Gen.Int[-400, 30]
            from length in Gen.Int[-1, 300]
            select (family.Data, family.AsAt, Spell: new EmploymentSpell(
                PersonIds[person], family.AsAt.AddDays(start), length < 0 ? null : family.AsAt.AddDays(start + length)));

        gen.Sample((data, asAt, spell) =>
        {
            var before = Calculate(data, asAt);
            var after = Calculate(data with { EmploymentSpells = [.. data.EmploymentSpells, spell] }, asAt);
            var daysKept = before.Work.Adults.Zip(after.Work.Adults).All(pair => pair.Second.EmploymentDays >= pair.First.EmploymentDays);
            return daysKept && (!before.ContinuousEmploymentMet || after.ContinuousEmploymentMet);
        }, iter: 2000);
    }

    [Fact]
    public void EmploymentDays_EqualTheDaysCoveredByAnySpell_CountedOneByOne()
    {
        GenFamily.Sample((data, asAt) =>
        {
            foreach (var adult in Calculate(data, asAt).Work.Adults)
            {
                if (adult.EmploymentDaysCountedIn is not { } counted) continue;
                var spells = data.EmploymentSpells.Where(s => s.PersonId == adult.PersonId).ToList();
                var covered = 0;
                for (var day = counted.Start; day < counted.End; day = day.AddDays(1))
                {
                    if (spells.Any(s => s.StartDate <= day && (s.EndDate is null || day <= s.EndDate))) covered++;
                }

                if (covered != adult.EmploymentDays) return false;
            }

            return true;
        }, iter: 1000);
    }

    [Fact]
    public void Results_AreConsistentWithEachOther()
    {
        GenFamily.Sample((data, asAt) =>
        {
            var r = Calculate(data, asAt);
            return (!r.CrimeAsbMet || (r.CrimeAsbApplies && r.CrimeAsbAssessable))
                && (!r.CrimeAsbStopped || r.CrimeAsbMet)
                && (!r.EducationMet || (r.EducationApplies && r.EducationAssessable))
                && r.ChildrenAttendanceImproved <= r.ChildrenWithProblem
                && r.ChildrenWithProblem <= r.Education.ChildrenWithProblemAtBaseline
                && (!r.AdultEnteredEmployment || r.AdultsOnOutOfWorkBenefits > 0)
                && r.TurnedAround == (r.CrimeAsbEducationMet || r.ContinuousEmploymentMet)
                && r.Eligible == (data.AttachedOn < asAt);
        }, iter: 2000);
    }

    [Fact]
    public void CombiningReports_EqualsAddingEveryFamilyToOne()
    {
        var asAt = new DateOnly(2014, 6, 1);
        var gen = GenFamily.Select(f => f.Data).Array[0, 30].SelectMany(families => Gen.Int[0, families.Length].Select(split => (families, split)));

        gen.Sample((families, split) =>
        {
            var all = new ImpactReport(asAt);
            var first = new ImpactReport(asAt);
            var second = new ImpactReport(asAt);
            for (var i = 0; i < families.Length; i++)
            {
                var results = Calculate(families[i], asAt);
                all.Add(results);
                (i < split ? first : second).Add(results);
            }

            return first.Combine(second).ToFigures() == all.ToFigures();
        }, iter: 300);
    }
}
