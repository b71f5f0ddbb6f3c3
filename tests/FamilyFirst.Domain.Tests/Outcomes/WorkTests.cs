using FamilyFirst.Domain.Outcomes;
using static FamilyFirst.Domain.Tests.Outcomes.TestFamilies;

namespace FamilyFirst.Domain.Tests.Outcomes;

public class WorkTests
{
    private static readonly DateOnly AttachedOn = new(2013, 6, 1);
    private static readonly DateOnly AsAt = new(2014, 9, 1);

    private static FamilyOutcomeData OnBenefit(string benefit, params EmploymentSpell[] employment) => Family(AttachedOn) with
    {
        BenefitSpells = [new BenefitSpell(Mother, benefit, new DateOnly(2012, 1, 1), null)],
        EmploymentSpells = employment,
    };

    private static EmploymentSpell Job(int startDaysBeforeAsAt, int? lastDayDaysBeforeAsAt = null) =>
        new(Mother, AsAt.AddDays(-startDaysBeforeAsAt), lastDayDaysBeforeAsAt is { } last ? AsAt.AddDays(-last) : null);

    private static AdultWorkResult MotherAt(FamilyResults results) =>
        results.Work.Adults.Single(a => a.PersonId == Mother);

    [Theory]
    [InlineData("JSA", 181, false)]
    [InlineData("JSA", 182, true)]
    [InlineData("ESA", 90, false)]
    [InlineData("ESA", 91, true)]
    [InlineData("UC", 91, true)]
    [InlineData("IB", 90, false)]
    public void ContinuousEmployment_Needs182DaysForJobseekers_And91DaysOtherwise(string benefit, int days, bool met)
    {
        var results = Calculate(OnBenefit(benefit, Job(days)), AsAt);

        var mother = MotherAt(results);
        Assert.Equal(days, mother.EmploymentDays);
        Assert.Equal(benefit == "JSA" ? 182 : 91, mother.EmploymentDaysNeeded);
        Assert.Equal(met, mother.ContinuousEmploymentMet);
        Assert.Equal(met, results.ContinuousEmploymentMet);
        Assert.Equal(met, results.TurnedAround);
    }

    [Theory]
    [InlineData("JSA", 210)]
    [InlineData("ESA", 105)]
    public void ContinuousEmployment_CountsOnlyDaysInTheWindowBeforeTheAssessmentDate(string benefit, int windowDays)
    {
        var results = Calculate(OnBenefit(benefit, Job(400)), AsAt);

        var mother = MotherAt(results);
        Assert.Equal(new DateWindow(AsAt.AddDays(-windowDays), AsAt), mother.EmploymentWindow);
        Assert.Equal(windowDays, mother.EmploymentDays);
    }

    [Fact]
    public void ContinuousEmployment_ForJobseekers_Uses182DaysInTheLast210()
    {
        // Worked from 230 to 29 days before T: 182 of those days fall in the last 210.
        var results = Calculate(OnBenefit("JSA", Job(230, 29)), AsAt);

        Assert.Equal(182, MotherAt(results).EmploymentDays);
        Assert.True(results.ContinuousEmploymentMet);
    }

    [Fact]
    public void ContinuousEmployment_ForOtherBenefits_Uses91DaysInTheLast105()
    {
        // The same job, 202 days long, has only 77 days in the last 105.
        var results = Calculate(OnBenefit("ESA", Job(230, 29)), AsAt);

        Assert.Equal(77, MotherAt(results).EmploymentDays);
        Assert.False(results.ContinuousEmploymentMet);
    }

    [Fact]
    public void ContinuousEmployment_WithJobseekersAndAnotherBenefit_UsesTheJobseekersTest()
    {
        var data = OnBenefit("ESA", Job(150)) with
        {
            BenefitSpells = [new(Mother, "ESA", new DateOnly(2012, 1, 1), null), new(Mother, "JSA", new DateOnly(2013, 5, 1), AttachedOn)],
        };

        var mother = MotherAt(Calculate(data, AsAt));

        Assert.Equal(["JSA", "ESA"], mother.BenefitsAtAttachment);
        Assert.True(mother.OnJobseekersAllowance);
        Assert.Equal(182, mother.EmploymentDaysNeeded);
        Assert.False(mother.ContinuousEmploymentMet);
    }

    [Fact]
    public void EmploymentDays_AreTheUnionOfOverlappingAndOngoingSpells()
    {
        // 100–50 and 70–20 days before T overlap: 81 days together (90–80, inside both, adds none); the ongoing job adds 10 more.
        var spells = new[] { Job(100, 50), Job(90, 80), Job(70, 20), Job(100, 50), Job(10) };

        var results = Calculate(OnBenefit("ESA", spells), AsAt);

        Assert.Equal(91, MotherAt(results).EmploymentDays);
        Assert.True(results.ContinuousEmploymentMet);
    }

    [Fact]
    public void EmploymentDays_CountOnlyDaysOnOrAfterAttachment()
    {
        var attachedOn = AsAt.AddDays(-60);
        var data = OnBenefit("ESA", Job(200)) with { AttachedOn = attachedOn };

        var mother = MotherAt(Calculate(data, AsAt));

        Assert.Equal(new DateWindow(attachedOn, AsAt), mother.EmploymentDaysCountedIn);
        Assert.Equal(60, mother.EmploymentDays);
        Assert.False(mother.ContinuousEmploymentMet);
    }

    [Theory]
    [InlineData(0, null, "ESA", true)] // starts on A
    [InlineData(-100, 0, "ESA", true)] // ends on A
    [InlineData(-100, -1, "ESA", false)] // ended the day before A
    [InlineData(1, null, "ESA", false)] // starts after A
    [InlineData(-100, null, "esa", true)]
    [InlineData(-100, null, "PIP", false)] // not an out-of-work benefit
    public void OutOfWorkBenefits_AreASpellCoveringTheAttachmentDate(int startOffset, int? endOffset, string benefit, bool onBenefits)
    {
        var data = Family(AttachedOn) with
        {
            BenefitSpells = [new(Mother, benefit, AttachedOn.AddDays(startOffset), endOffset is { } end ? AttachedOn.AddDays(end) : null)],
            EmploymentSpells = [new(Mother, AttachedOn.AddDays(10), null)],
        };

        var results = Calculate(data, AsAt);

        Assert.Equal(onBenefits, MotherAt(results).OnOutOfWorkBenefits);
        Assert.Equal(onBenefits ? 1 : 0, results.AdultsOnOutOfWorkBenefits);
        Assert.Equal(onBenefits, results.AdultEnteredEmployment);
        Assert.Equal(onBenefits, results.ContinuousEmploymentMet);
    }

    [Theory]
    [InlineData(0, true)] // 18th birthday on A
    [InlineData(1, false)] // 18th birthday the day after A
    public void Adults_Are18OrOverAtAttachment(int daysFromAttachmentTo18thBirthday, bool adult)
    {
        var young = new Guid("00000000-0000-0000-0000-000000000020");
        var data = Family(AttachedOn) with
        {
            People = [new(young, AttachedOn.AddDays(daysFromAttachmentTo18thBirthday).AddYears(-18))],
            BenefitSpells = [new(young, "JSA", AttachedOn, null)],
        };

        var results = Calculate(data, AsAt);

        Assert.Equal(adult ? 1 : 0, results.Work.Adults.Count);
        Assert.Equal(adult ? 1 : 0, results.AdultsOnOutOfWorkBenefits);
    }

    [Theory]
    [InlineData(0, true)] // on A
    [InlineData(-1, false)] // the day before A, still ongoing
    [InlineData(456, true)] // the day before T
    [InlineData(457, false)] // on T
    public void EnteredEmployment_IsAJobStartingOnOrAfterAttachmentAndBeforeTheAssessmentDate(int startOffset, bool entered)
    {
        var data = OnBenefit("IS", new EmploymentSpell(Mother, AttachedOn.AddDays(startOffset), null));

        var results = Calculate(data, AsAt);

        Assert.Equal(457, AsAt.DayNumber - AttachedOn.DayNumber);
        Assert.Equal(entered, results.AdultEnteredEmployment);
        Assert.Equal(entered ? AttachedOn.AddDays(startOffset) : null, MotherAt(results).EnteredEmploymentOn);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    [InlineData(457, false)]
    public void ProgressToWork_IsAnEmploymentProgrammeReferralSinceAttachment(int referralOffset, bool progress)
    {
        var data = OnBenefit("CA") with { WorkProgrammeReferrals = [new(Mother, AttachedOn.AddDays(referralOffset))] };

        var results = Calculate(data, AsAt);

        Assert.Equal(progress, results.ProgressToWork);
    }

    [Fact]
    public void WorkResults_CountOnlyAdultsOnOutOfWorkBenefitsAtAttachment()
    {
        var data = Family(AttachedOn) with
        {
            BenefitSpells = [new(Mother, "SDA", new DateOnly(2012, 1, 1), null)],
            EmploymentSpells = [new(Father, AttachedOn.AddDays(5), null)],
            WorkProgrammeReferrals = [new(Father, AttachedOn.AddDays(5))],
        };

        var results = Calculate(data, AsAt);

        Assert.Equal(1, results.AdultsOnOutOfWorkBenefits);
        Assert.False(results.AdultEnteredEmployment);
        Assert.False(results.ContinuousEmploymentMet);
        Assert.False(results.ProgressToWork);
        Assert.Equal(2, results.Work.Adults.Count);
    }

    [Fact]
    public void ContinuousEmployment_IsMetForTheFamily_WhenAnyAdultMeetsIt()
    {
        var data = Family(AttachedOn) with
        {
            BenefitSpells = [new(Mother, "JSA", new DateOnly(2012, 1, 1), null), new(Father, "ESA", new DateOnly(2012, 1, 1), null)],
            EmploymentSpells = [new(Mother, AsAt.AddDays(-100), null), new(Father, AsAt.AddDays(-100), null)],
        };

        var results = Calculate(data, AsAt);

        Assert.Equal(2, results.AdultsOnOutOfWorkBenefits);
        Assert.False(MotherAt(results).ContinuousEmploymentMet);
        Assert.True(results.Work.Adults.Single(a => a.PersonId == Father).ContinuousEmploymentMet);
        Assert.True(results.ContinuousEmploymentMet);
    }
}
