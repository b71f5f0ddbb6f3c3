using FamilyFirst.Domain.Plans;
using static FamilyFirst.Domain.Tests.Plans.PlanExamples;

namespace FamilyFirst.Domain.Tests.Plans;

/// <summary>A plan review keeps the next review date unless it is changed; clearing it is deliberate, with a reason.</summary>
public class PlanReviewDateTests
{
    // The example plan is agreed with its first review on 1 June 2026.
    private static FamilyPlan Agreed()
    {
        var plan = ReadyToAgree();
        AgreeOrFail(plan);
        return plan;
    }

    [Fact]
    public void RecordReview_WithTheNextReviewLeftBlank_KeepsTheNextReviewDate()
    {
        var plan = Agreed();
        Assert.True(plan.RecordReview(new DateOnly(2026, 6, 1), [], null, new DateOnly(2026, 9, 1), Practitioner, Now).Succeeded);

        var result = plan.RecordReview(new DateOnly(2026, 7, 15), [], "A check-in between reviews", null, Practitioner, Now);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(new DateOnly(2026, 9, 1), plan.NextReviewDue);
        Assert.Equal(new DateOnly(2026, 9, 1), result.Value!.NextReviewOn);
        Assert.True(plan.IsReviewDueSoon(new DateOnly(2026, 8, 28), 7));
    }

    [Fact]
    public void RecordReview_WithANewDate_MovesTheNextReview()
    {
        var plan = Agreed();

        Assert.True(plan.RecordReview(new DateOnly(2026, 6, 1), [], null, new DateOnly(2026, 8, 1), Practitioner, Now).Succeeded);

        Assert.Equal(new DateOnly(2026, 8, 1), plan.NextReviewDue);
    }

    [Fact]
    public void RecordReview_LeftBlank_WhenTheKeptDateIsNotAfterThisReview_IsRefused_AndNothingIsRecorded()
    {
        var plan = Agreed();

        var result = plan.RecordReview(new DateOnly(2026, 6, 1), [], null, null, Practitioner, Now);

        Assert.Equal("The next review was due on 1 June 2026, which is not after this review. Enter the date of the next review, or why there will be no further review", result.Error);
        Assert.Empty(plan.Reviews);
        Assert.Equal(new DateOnly(2026, 6, 1), plan.NextReviewDue);
    }

    [Fact]
    public void RecordReview_ClearingTheNextReview_NeedsAReason_WhichIsKept()
    {
        var plan = Agreed();

        var result = plan.RecordReview(new DateOnly(2026, 6, 1), [], null, null, Practitioner, Now, "The family no longer needs a plan; the case is closing");

        Assert.True(result.Succeeded, result.Error);
        Assert.Null(plan.NextReviewDue);
        Assert.Equal("The family no longer needs a plan; the case is closing", result.Value!.NoNextReviewReason);
    }

    [Fact]
    public void RecordReview_WithBothANewDateAndAReasonForNone_IsRefused()
    {
        var plan = Agreed();

        var result = plan.RecordReview(new DateOnly(2026, 6, 1), [], null, new DateOnly(2026, 9, 1), Practitioner, Now, "Closing");

        Assert.Equal("Enter a next review date or a reason for having no next review, not both", result.Error);
        Assert.Empty(plan.Reviews);
    }
}
