using FamilyFirst.Domain.Meetings;

namespace FamilyFirst.Domain.Tests.Meetings;

public class FeedbackResponseTests
{
    private static readonly Guid MeetingId = Guid.Parse("6a1f0c2e-0000-4000-8000-0000000000aa");

    [Fact]
    public void Submit_WithRatingsFromOneToFive_IsAccepted()
    {
        var result = FeedbackResponse.Submit(MeetingId, 1, 5, 3, 4, "  It felt like our plan.  ");

        Assert.True(result.Succeeded);
        Assert.Equal(MeetingId, result.Value!.MeetingId);
        Assert.Equal((1, 5, 3, 4), (result.Value.FeltListenedTo, result.Value.TreatedWithRespect, result.Value.HadASay, result.Value.PlanFeelsLikeOurs));
        Assert.Equal("It felt like our plan.", result.Value.Comments);
    }

    [Theory]
    [InlineData(0, 3, 3, 3, "Select how far you felt listened to, from 1 to 5")]
    [InlineData(3, 6, 3, 3, "Select how far you were treated with respect, from 1 to 5")]
    [InlineData(3, 3, 0, 3, "Select how far you had a say, from 1 to 5")]
    [InlineData(3, 3, 3, 6, "Select how far the plan feels like yours, from 1 to 5")]
    public void Submit_WithARatingOutsideOneToFive_IsRefused(int listened, int respect, int say, int plan, string expected)
    {
        var result = FeedbackResponse.Submit(MeetingId, listened, respect, say, plan, null);

        Assert.Equal(expected, result.Error);
    }

    [Fact]
    public void Submit_WithCommentsTooLong_IsRefused()
    {
        var result = FeedbackResponse.Submit(MeetingId, 3, 3, 3, 3, new string('x', FeedbackResponse.CommentsMaxLength + 1));

        Assert.Equal("Your comments must be 2,000 characters or less", result.Error);
    }

    [Fact]
    public void Response_RecordsNoOneWhoCouldBeIdentified()
    {
        var names = typeof(FeedbackResponse).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["Comments", "FeltListenedTo", "HadASay", "Id", "MeetingId", "PlanFeelsLikeOurs", "TreatedWithRespect"], names);
    }
}
