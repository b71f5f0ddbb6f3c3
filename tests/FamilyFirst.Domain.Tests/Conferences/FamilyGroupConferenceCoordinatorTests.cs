using FamilyFirst.Domain.Conferences;
using static FamilyFirst.Domain.Tests.Conferences.TestConference;

namespace FamilyFirst.Domain.Tests.Conferences;

public class FamilyGroupConferenceCoordinatorTests
{
    private static readonly DateTimeOffset Now = ReferredAt.AddDays(1);

    [Fact]
    public void AllocateCoordinator_WhoIsIndependent_MovesToCoordinatorAllocated()
    {
        var conference = Referred();

        var result = conference.AllocateCoordinator(Coordinator, Involvement, Now, TeamManager);

        Assert.True(result.Succeeded);
        Assert.Equal(ConferenceStage.CoordinatorAllocated, conference.Stage);
        Assert.Equal(Coordinator, conference.CoordinatorUserId);
        var entry = conference.History[^1];
        Assert.Equal((ConferenceStage.Referred, ConferenceStage.CoordinatorAllocated, Now, TeamManager), (entry.FromStage!.Value, entry.ToStage, entry.At, entry.ByUserId));
    }

    [Fact]
    public void AllocateCoordinator_TheLeadPractitioner_IsRefused()
    {
        var conference = Referred();

        var result = conference.AllocateCoordinator(LeadPractitioner, Involvement, Now, TeamManager);

        Assert.Equal("The coordinator must be independent of the case. Select someone other than the family's lead practitioner", result.Error);
        Assert.Equal(ConferenceStage.Referred, conference.Stage);
        Assert.Null(conference.CoordinatorUserId);
    }

    [Fact]
    public void AllocateCoordinator_TheReferrer_IsRefused()
    {
        var conference = Referred();

        var result = conference.AllocateCoordinator(Referrer, Involvement, Now, TeamManager);

        Assert.Equal("The coordinator must be independent of the case. Select someone other than the person who made the referral", result.Error);
    }

    [Theory]
    [InlineData(SocialWorker)]
    [InlineData(TeamManager)]
    [InlineData("SOCIAL-WORKER-1")]
    public void AllocateCoordinator_SomeoneOnTheCase_IsRefused(string userId)
    {
        var conference = Referred();

        var result = conference.AllocateCoordinator(userId, Involvement, Now, TeamManager);

        Assert.Equal("The coordinator must be independent of the case. Select someone who does not work on the family's case", result.Error);
    }

    [Fact]
    public void AllocateCoordinator_WithNoOneSelected_IsRefused()
    {
        var result = Referred().AllocateCoordinator(" ", Involvement, Now, TeamManager);

        Assert.Equal("Select a coordinator", result.Error);
    }

    [Fact]
    public void AllocateCoordinator_AgainDuringPreparation_ChangesTheCoordinatorAndKeepsTheStage()
    {
        var conference = Prepared();

        var result = conference.AllocateCoordinator("coordinator-2", Involvement, Now.AddDays(5), TeamManager);

        Assert.True(result.Succeeded);
        Assert.Equal("coordinator-2", conference.CoordinatorUserId);
        Assert.Equal(ConferenceStage.Prepared, conference.Stage);
        Assert.Equal("Coordinator changed", conference.History[^1].Description);
    }
}
