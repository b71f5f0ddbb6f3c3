using FamilyFirst.Domain.Meetings;

namespace FamilyFirst.Domain.Tests.Meetings;

public class RestorativeQuestionsTests
{
    [Fact]
    public void ToPersonWhoCausedHarm_UsesTheIirpWording()
    {
        Assert.Equal(
            [
                "What happened?",
                "What were you thinking at the time?",
                "What have you thought about since?",
                "Who has been affected by what you have done? In what way?",
                "What do you think you need to do to make it right?",
            ],
            RestorativeQuestions.ToPersonWhoCausedHarm);
    }

    [Fact]
    public void ToThoseHarmed_UsesTheIirpWording()
    {
        Assert.Equal(
            [
                "What did you think when you realised what had happened?",
                "What impact has this had on you and others?",
                "What has been the hardest thing for you?",
                "What do you think needs to happen to make things right?",
            ],
            RestorativeQuestions.ToThoseHarmed);
    }

    [Fact]
    public void PromptsFor_DiscussionInAResponsiveCircle_OffersBothSets()
    {
        var prompts = RestorativeQuestions.PromptsFor(MeetingType.ResponsiveCircle, CircleRoundKind.Discussion);

        Assert.Equal(9, prompts.Count);
        Assert.Equal("What happened?", prompts[0]);
        Assert.Equal("What do you think needs to happen to make things right?", prompts[^1]);
    }

    [Theory]
    [InlineData(MeetingType.ProactiveCircle, CircleRoundKind.Discussion)]
    [InlineData(MeetingType.ResponsiveCircle, CircleRoundKind.CheckIn)]
    [InlineData(MeetingType.ProfessionalsMeeting, CircleRoundKind.Discussion)]
    public void PromptsFor_RoundsThatAreNotAboutHarm_OffersNone(MeetingType type, CircleRoundKind round)
    {
        Assert.Empty(RestorativeQuestions.PromptsFor(type, round));
    }
}
