using FamilyFirst.Domain.Access;

namespace FamilyFirst.Domain.Tests.Access;

public class FamilyAccessRuleTests
{
    private static readonly Guid Me = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Someone = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid MyTeam = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    private static readonly Guid OtherTeam = Guid.Parse("00000000-0000-0000-0000-0000000000f2");

    /// <summary>How the family relates to "me" in each row of the matrix.</summary>
    public enum Link
    {
        LeadPractitioner,
        OnTeam,
        CoordinatorOfConference,
        Unconnected,
    }

    private static StaffMember Staff(StaffRole role, bool onMyTeam = true) =>
        new(Me, [role], onMyTeam ? [MyTeam] : [OtherTeam]);

    private static FamilyAccessFacts Family(Link link, bool restricted = false, bool named = false) => new(
        LeadPractitionerId: link == Link.LeadPractitioner ? Me : Someone,
        TeamId: link == Link.OnTeam ? MyTeam : OtherTeam,
        CoordinatorIds: link == Link.CoordinatorOfConference ? [Me] : [],
        IsRestricted: restricted,
        NamedUserIds: named ? [Me, Someone] : [Someone]);

    // The staff member is on MyTeam; the family is linked to them as stated.
    [Theory]
    [InlineData(StaffRole.Practitioner, Link.LeadPractitioner, true, true)]
    [InlineData(StaffRole.Practitioner, Link.OnTeam, true, true)]
    [InlineData(StaffRole.Practitioner, Link.CoordinatorOfConference, false, false)]
    [InlineData(StaffRole.Practitioner, Link.Unconnected, false, false)]
    [InlineData(StaffRole.Coordinator, Link.LeadPractitioner, true, true)]
    [InlineData(StaffRole.Coordinator, Link.OnTeam, true, true)]
    [InlineData(StaffRole.Coordinator, Link.CoordinatorOfConference, true, true)]
    [InlineData(StaffRole.Coordinator, Link.Unconnected, false, false)]
    [InlineData(StaffRole.Manager, Link.OnTeam, true, true)]
    [InlineData(StaffRole.Manager, Link.Unconnected, false, false)]
    [InlineData(StaffRole.Administrator, Link.OnTeam, true, false)]
    [InlineData(StaffRole.Administrator, Link.LeadPractitioner, false, false)]
    [InlineData(StaffRole.Administrator, Link.Unconnected, false, false)]
    [InlineData(StaffRole.Analyst, Link.OnTeam, false, false)]
    [InlineData(StaffRole.Analyst, Link.LeadPractitioner, false, false)]
    [InlineData(StaffRole.Trainer, Link.OnTeam, false, false)]
    [InlineData(StaffRole.Trainer, Link.CoordinatorOfConference, false, false)]
    public void UnrestrictedFamily_FollowsTheNeedToKnowMatrix(StaffRole role, Link link, bool canView, bool canChange)
    {
        var staff = Staff(role);
        var family = Family(link);

        Assert.Equal(canView, FamilyAccessRule.CanView(staff, family));
        Assert.Equal(canChange, FamilyAccessRule.CanChange(staff, family));
    }

    [Theory]
    [InlineData(StaffRole.Practitioner)]
    [InlineData(StaffRole.Coordinator)]
    [InlineData(StaffRole.Manager)]
    [InlineData(StaffRole.Administrator)]
    public void RestrictedFamily_IsHiddenFromTheTeamWhenNotNamed(StaffRole role)
    {
        var family = Family(Link.OnTeam, restricted: true, named: false);

        Assert.False(FamilyAccessRule.CanView(Staff(role), family));
        Assert.False(FamilyAccessRule.CanChange(Staff(role), family));
    }

    [Theory]
    [InlineData(StaffRole.Practitioner, true, true)]
    [InlineData(StaffRole.Coordinator, true, true)]
    [InlineData(StaffRole.Manager, true, true)]
    [InlineData(StaffRole.Administrator, true, false)]
    [InlineData(StaffRole.Analyst, false, false)]
    [InlineData(StaffRole.Trainer, false, false)]
    public void RestrictedFamily_NamedPeopleOnTheTeam(StaffRole role, bool canView, bool canChange)
    {
        var family = Family(Link.OnTeam, restricted: true, named: true);

        Assert.Equal(canView, FamilyAccessRule.CanView(Staff(role), family));
        Assert.Equal(canChange, FamilyAccessRule.CanChange(Staff(role), family));
    }

    [Fact]
    public void RestrictedFamily_NamedPractitionerFromAnotherTeam_CanSeeIt()
    {
        var family = Family(Link.Unconnected, restricted: true, named: true);

        Assert.True(FamilyAccessRule.CanView(Staff(StaffRole.Practitioner, onMyTeam: false), family));
    }

    [Fact]
    public void RestrictedFamily_TheLeadPractitionerNotNamed_CannotSeeIt()
    {
        // FamilyCase always names its lead practitioner; the rule itself trusts only the names.
        var family = Family(Link.LeadPractitioner, restricted: true, named: false);

        Assert.False(FamilyAccessRule.CanView(Staff(StaffRole.Practitioner), family));
    }

    [Fact]
    public void AnalystWhoIsAlsoAPractitioner_SeesTheirTeamsFamilies()
    {
        var staff = new StaffMember(Me, [StaffRole.Analyst, StaffRole.Practitioner], [MyTeam]);

        Assert.True(FamilyAccessRule.CanView(staff, Family(Link.OnTeam)));
    }

    [Fact]
    public void StaffWithNoRoles_SeeNothing()
    {
        var staff = new StaffMember(Me, [], [MyTeam]);

        Assert.False(FamilyAccessRule.CanView(staff, Family(Link.LeadPractitioner)));
    }

    [Theory]
    [InlineData(StaffRole.Manager, true)]
    [InlineData(StaffRole.Practitioner, false)]
    [InlineData(StaffRole.Coordinator, false)]
    [InlineData(StaffRole.Administrator, false)]
    [InlineData(StaffRole.Analyst, false)]
    [InlineData(StaffRole.Trainer, false)]
    public void CanAllocate_OnlyAManagerOfTheFamilysTeam(StaffRole role, bool expected)
    {
        Assert.Equal(expected, FamilyAccessRule.CanAllocate(Staff(role), Family(Link.OnTeam), MyTeam));
    }

    [Fact]
    public void CanAllocate_AManagerOfAnotherTeam_CannotTakeAFamily()
    {
        Assert.False(FamilyAccessRule.CanAllocate(Staff(StaffRole.Manager), Family(Link.Unconnected), MyTeam));
    }

    [Fact]
    public void CanAllocate_AManagerOfTheFamilysTeam_CanTransferItToAnotherTeam()
    {
        Assert.True(FamilyAccessRule.CanAllocate(Staff(StaffRole.Manager), Family(Link.OnTeam), OtherTeam));
    }

    [Fact]
    public void CanAllocate_AnUnallocatedFamily_ByAManagerOfTheReceivingTeam()
    {
        var unallocated = new FamilyAccessFacts(null, null, [], false, []);

        Assert.True(FamilyAccessRule.CanAllocate(Staff(StaffRole.Manager), unallocated, MyTeam));
        Assert.False(FamilyAccessRule.CanAllocate(Staff(StaffRole.Manager), unallocated, OtherTeam));
    }

    [Fact]
    public void CanAllocate_ARestrictedFamily_NeedsTheManagerNamed()
    {
        Assert.False(FamilyAccessRule.CanAllocate(Staff(StaffRole.Manager), Family(Link.OnTeam, restricted: true, named: false), MyTeam));
        Assert.True(FamilyAccessRule.CanAllocate(Staff(StaffRole.Manager), Family(Link.OnTeam, restricted: true, named: true), MyTeam));
    }

    [Theory]
    [InlineData(StaffRole.Manager, true)]
    [InlineData(StaffRole.Practitioner, false)]
    [InlineData(StaffRole.Coordinator, false)]
    [InlineData(StaffRole.Administrator, false)]
    [InlineData(StaffRole.Analyst, false)]
    [InlineData(StaffRole.Trainer, false)]
    public void CanMergePeople_OnlyManagers(StaffRole role, bool expected)
    {
        Assert.Equal(expected, FamilyAccessRule.CanMergePeople(Staff(role)));
    }

    [Theory]
    [InlineData(StaffRole.Analyst, true)]
    [InlineData(StaffRole.Manager, true)]
    [InlineData(StaffRole.Practitioner, false)]
    [InlineData(StaffRole.Trainer, false)]
    [InlineData(StaffRole.Administrator, false)]
    public void CanSeeReports_AnalystsAndManagers(StaffRole role, bool expected)
    {
        Assert.Equal(expected, FamilyAccessRule.CanSeeReports(Staff(role)));
    }
}
