using FamilyFirst.Domain.Outcomes;
using static FamilyFirst.Domain.Tests.Outcomes.TestFamilies;

namespace FamilyFirst.Domain.Tests.Outcomes;

public class FamilyResultsTests
{
    private static readonly DateOnly AttachedOn = new(2014, 3, 1);
    private static readonly DateOnly AsAt = new(2014, 9, 1);

    /// <summary>Youth offences 3 before, <paramref name="after"/> after.</summary>
    private static FamilyOutcomeData Offending(int after) => Family(AttachedOn) with
    {
        Offences = Days(new DateOnly(2013, 10, 1), 3).Concat(Days(new DateOnly(2014, 5, 1), after))
            .Select(d => new ProvenOffence(Son, d)).ToList(),
    };

    /// <summary>Daughter's baseline terms with 60 of 300 sessions missed without authority, and <paramref name="outcomeTerms"/> clean terms after.</summary>
    private static IReadOnlyList<TermAttendance> EducationProblem(int outcomeTerms, int outcomeUnauthorised = 0) =>
    [
        new(Daughter, new DateOnly(2013, 4, 15), new DateOnly(2013, 7, 19), 100, 0, 60),
        new(Daughter, new DateOnly(2013, 9, 2), new DateOnly(2013, 12, 20), 100, 0, 0),
        new(Daughter, new DateOnly(2014, 1, 6), new DateOnly(2014, 2, 14), 100, 0, 0),
        .. new (DateOnly Start, DateOnly End)[] { (new(2014, 3, 3), new(2014, 4, 4)), (new(2014, 4, 22), new(2014, 5, 23)), (new(2014, 6, 2), new(2014, 7, 23)) }
            .Take(outcomeTerms)
            .Select(t => new TermAttendance(Daughter, t.Start, t.End, 100, 0, outcomeUnauthorised)),
    ];

    [Theory]
    [InlineData("2014-09-01")]
    [InlineData("2014-09-02")]
    public void Family_AttachedOnOrAfterTheAssessmentDate_IsLeftOut(string attachedOn)
    {
        var data = Offending(0) with
        {
            AttachedOn = DateOnly.Parse(attachedOn),
            BenefitSpells = [new(Mother, "JSA", new DateOnly(2014, 1, 1), null)],
        };

        var results = Calculate(data, AsAt);

        Assert.False(results.Eligible);
        Assert.StartsWith("Left out", results.EligibilityReason);
        Assert.False(results.CrimeAsbApplies);
        Assert.Equal(0, results.YouthOffencesBaseline);
        Assert.Equal(0, results.AdultsOnOutOfWorkBenefits);
        Assert.False(results.TurnedAround);
    }

    [Fact]
    public void Family_AttachedTheDayBeforeTheAssessmentDate_IsIncluded()
    {
        var results = Calculate(Family(AsAt.AddDays(-1)), AsAt);

        Assert.True(results.Eligible);
    }

    [Fact]
    public void CrimeAsbEducation_IsMet_WhenCrimeIsMetAndEducationDoesNotApply()
    {
        var results = Calculate(Offending(0), AsAt);

        Assert.True(results.CrimeAsbEducationMet);
        Assert.True(results.TurnedAround);
        Assert.Equal("Met: crime and ASB met.", results.CrimeAsbEducationReason);
    }

    [Fact]
    public void CrimeAsbEducation_IsMet_WhenEducationIsMetAndCrimeDoesNotApply()
    {
        var results = Calculate(Family(AttachedOn) with { AttendanceTerms = EducationProblem(3) }, AsAt);

        Assert.False(results.CrimeAsbApplies);
        Assert.True(results.EducationMet);
        Assert.True(results.CrimeAsbEducationMet);
    }

    [Fact]
    public void CrimeAsbEducation_IsNotMet_WhileAComponentThatAppliesIsNotAssessable()
    {
        var results = Calculate(Offending(0) with { AttendanceTerms = EducationProblem(2) }, AsAt);

        Assert.True(results.CrimeAsbMet);
        Assert.False(results.EducationAssessable);
        Assert.False(results.CrimeAsbEducationMet);
        Assert.Equal("Not met: crime and ASB met, education not assessable.", results.CrimeAsbEducationReason);
    }

    [Fact]
    public void CrimeAsbEducation_IsNotMet_WhenAComponentThatAppliesIsNotMet()
    {
        var results = Calculate(Offending(3) with { AttendanceTerms = EducationProblem(3) }, AsAt);

        Assert.True(results.EducationMet);
        Assert.False(results.CrimeAsbMet);
        Assert.False(results.CrimeAsbEducationMet);
    }

    [Fact]
    public void CrimeAsbEducation_IsNotMet_WhenNeitherComponentApplies()
    {
        var results = Calculate(Family(AttachedOn), AsAt);

        Assert.False(results.CrimeAsbEducationMet);
        Assert.False(results.TurnedAround);
    }

    [Fact]
    public void TurnedAround_ByContinuousEmploymentAlone()
    {
        var data = Offending(3) with
        {
            BenefitSpells = [new(Father, "ESA", new DateOnly(2013, 1, 1), null)],
            EmploymentSpells = [new(Father, AttachedOn, null)],
        };

        var results = Calculate(data, AsAt);

        Assert.False(results.CrimeAsbEducationMet);
        Assert.True(results.ContinuousEmploymentMet);
        Assert.True(results.TurnedAround);
        Assert.Equal("Turned around: continuous employment result met.", results.TurnedAroundReason);
    }

    [Fact]
    public void ResultsRow_FollowsTheExportColumns()
    {
        var data = Offending(1) with
        {
            AttendanceTerms = EducationProblem(3),
            BenefitSpells = [new(Father, "JSA", new DateOnly(2013, 1, 1), null)],
            EmploymentSpells = [new(Father, new DateOnly(2014, 8, 1), null)],
            WorkProgrammeReferrals = [new(Father, new DateOnly(2014, 4, 1))],
        };

        var row = Calculate(data, AsAt).ToResultsRow();

        Assert.Equal(21, FamilyResults.ResultsColumns.Count);
        Assert.Equal(
            ["FAM-001", "2014-03-01", "true", "true", "true", "false", "3", "1", "0", "0", "true", "true", "true", "1", "1", "1", "true", "false", "true", "true", "true"],
            row);
    }

    [Fact]
    public void Calculate_RefusesAnEventForSomeoneOutsideTheFamily()
    {
        var stranger = new Guid("00000000-0000-0000-0000-0000000000ff");
        var data = Family(AttachedOn) with { AntiSocialBehaviourIncidents = [new(stranger, AttachedOn)] };

        var error = Assert.Throws<ArgumentException>(() => Calculate(data, AsAt));

        Assert.Contains("not a member of the family", error.Message);
    }
}
