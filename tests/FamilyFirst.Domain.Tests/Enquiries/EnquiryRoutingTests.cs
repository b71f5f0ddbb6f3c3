using FamilyFirst.Domain.Access;
using FamilyFirst.Domain.Enquiries;
using static FamilyFirst.Domain.Tests.Enquiries.TestEnquiries;

namespace FamilyFirst.Domain.Tests.Enquiries;

public class EnquiryRoutingTests
{
    private static readonly Guid North = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    private static readonly Guid South = Guid.Parse("00000000-0000-0000-0000-0000000000a2");

    private static StaffMember Staff(StaffRole role, params Guid[] teams) => new(Guid.NewGuid(), [role], teams);

    [Fact]
    public void AManager_RoutesAFamilyEnquiryToATeam_AndTheHistorySaysSo()
    {
        var enquiry = Submitted();

        var routed = enquiry.RouteTo(North, "North Family Support", Morgan, Now);

        Assert.True(routed.Succeeded);
        Assert.Equal(North, enquiry.TeamId);
        Assert.Equal("North Family Support", enquiry.TeamName);
        Assert.Equal(EnquiryStatus.InTriage, enquiry.Status);
        var entry = enquiry.History[^1];
        Assert.Equal(EnquiryEvent.RoutedToTeam, entry.Event);
        Assert.Equal("Routed to North Family Support", entry.Description);
    }

    [Fact]
    public void RoutingToAnotherTeam_HandsItOver_SoTheOldTeamsAssigneeNoLongerHoldsIt()
    {
        var enquiry = Submitted();
        enquiry.RouteTo(North, "North", Morgan, Now);
        enquiry.AssignTo(Priya, Morgan, Now);

        enquiry.RouteTo(South, "South", Morgan, Now.AddHours(1));

        Assert.Null(enquiry.AssignedToId);
        Assert.Equal("Routed to South (no longer assigned to Priya Practitioner)", enquiry.History[^1].Description);
    }

    [Fact]
    public void RoutingAnUnroutedEnquiry_KeepsWhoeverHasIt()
    {
        var enquiry = Submitted();
        enquiry.AssignTo(Priya, Priya, Now);

        enquiry.RouteTo(North, "North", Morgan, Now);

        Assert.Equal(Priya.Id, enquiry.AssignedToId);
    }

    [Fact]
    public void RoutingToTheSameTeam_AClosedEnquiry_OrATrainingEnquiry_IsRefused()
    {
        var enquiry = Submitted();
        enquiry.RouteTo(North, "North", Morgan, Now);
        Assert.Equal("This enquiry is already with North", enquiry.RouteTo(North, "North", Morgan, Now).Error);

        enquiry.Accept(Morgan, Now);
        Assert.Equal("This enquiry is accepted and cannot be routed to a team", enquiry.RouteTo(South, "South", Morgan, Now).Error);

        Assert.Equal("A training or consultancy enquiry goes to the trainers, not to a team", Submitted(TestEnquiries.Training()).RouteTo(North, "North", Morgan, Now).Error);
    }

    [Fact]
    public void AnUnroutedEnquiry_IsInEveryTriageOfficersQueue()
    {
        Assert.True(EnquiryRouting.IsInQueueOf(Staff(StaffRole.Practitioner, North), EnquiryType.ReferringAFamily, null));
        Assert.True(EnquiryRouting.IsInQueueOf(Staff(StaffRole.Practitioner), EnquiryType.SupportForMyFamily, null));
    }

    [Fact]
    public void ARoutedEnquiry_IsOnlyInItsTeamsQueue()
    {
        Assert.True(EnquiryRouting.IsInQueueOf(Staff(StaffRole.Practitioner, North), EnquiryType.ReferringAFamily, North));
        Assert.False(EnquiryRouting.IsInQueueOf(Staff(StaffRole.Practitioner, South), EnquiryType.ReferringAFamily, North));
        Assert.True(EnquiryRouting.IsInQueueOf(Staff(StaffRole.Manager, South, North), EnquiryType.SomethingElse, North));
        Assert.False(EnquiryRouting.IsInQueueOf(Staff(StaffRole.Manager, South), EnquiryType.SomethingElse, North));
    }

    [Fact]
    public void TrainingEnquiries_AreNotRouted()
    {
        Assert.True(EnquiryRouting.IsInQueueOf(Staff(StaffRole.Trainer), EnquiryType.TrainingOrConsultancy, null));
    }

    [Fact]
    public void OnlyManagers_Route()
    {
        Assert.True(EnquiryRouting.MayRoute(Staff(StaffRole.Manager, North)));
        Assert.False(EnquiryRouting.MayRoute(Staff(StaffRole.Practitioner, North)));
        Assert.False(EnquiryRouting.MayRoute(Staff(StaffRole.Administrator)));
    }
}
