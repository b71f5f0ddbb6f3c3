using FamilyFirst.Domain.Access;

namespace FamilyFirst.Domain.Tests.Access;

public class RoleModelTests
{
    private static readonly Guid Me = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Someone = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid MyTeam = Guid.Parse("00000000-0000-0000-0000-0000000000f1");
    private static readonly Guid OtherTeam = Guid.Parse("00000000-0000-0000-0000-0000000000f2");

    private static StaffMember Staff(StaffRole role, Guid team) => new(Me, [role], [team]);

    private static FamilyAccessFacts Family(Guid? lead = null, Guid? team = null, Guid[]? coordinators = null, bool restricted = false, Guid[]? named = null) =>
        new(lead ?? Someone, team ?? MyTeam, coordinators ?? [], restricted, named ?? []);

    [Fact]
    public void EveryAction_HasExactlyOneRule_WithAName()
    {
        Assert.Equal(Enum.GetValues<StaffAction>().Order(), RoleModel.Rules.Select(r => r.Action).Order());
        Assert.All(RoleModel.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Name)));
        Assert.Equal(RoleModel.Rules.Count, RoleModel.Rules.Select(r => r.Name).Distinct().Count());
    }

    [Theory]
    [InlineData(StaffAction.RequestCaseClosure)]
    [InlineData(StaffAction.DecideCaseClosure)]
    [InlineData(StaffAction.WriteCaseRecord)]
    [InlineData(StaffAction.ChangeFamilyMembers)]
    [InlineData(StaffAction.RecordLocalAuthorityDecision)]
    [InlineData(StaffAction.ApproveBottomLine)]
    public void ACoordinatorOfTheFamilysConference_FromAnotherTeam_DoesNotRunTheCase(StaffAction action)
    {
        var coordinator = Staff(StaffRole.Coordinator, OtherTeam);
        var family = Family(coordinators: [Me]);

        Assert.False(RoleModel.Allows(coordinator, action, family));
        Assert.True(RoleModel.Allows(coordinator, StaffAction.RunConference, family));
    }

    [Fact]
    public void ACoordinator_RunsOnlyTheConferencesTheyCoordinate()
    {
        Assert.False(RoleModel.Allows(Staff(StaffRole.Coordinator, OtherTeam), StaffAction.RunConference, Family()));
        Assert.False(RoleModel.Allows(Staff(StaffRole.Coordinator, MyTeam), StaffAction.RunConference, Family()));
    }

    [Fact]
    public void TheLocalAuthoritysDecision_AndReopeningTheCase_AreTheLeadPractitionersOrATeamManagers()
    {
        foreach (var action in new[] { StaffAction.RecordLocalAuthorityDecision, StaffAction.ReopenCase })
        {
            Assert.True(RoleModel.Allows(Staff(StaffRole.Practitioner, OtherTeam), action, Family(lead: Me)));
            Assert.False(RoleModel.Allows(Staff(StaffRole.Practitioner, MyTeam), action, Family()));
            Assert.True(RoleModel.Allows(Staff(StaffRole.Manager, MyTeam), action, Family()));
            Assert.False(RoleModel.Allows(Staff(StaffRole.Manager, OtherTeam), action, Family()));
        }
    }

    [Fact]
    public void ClosingTheCase_IsAskedByTheLeadPractitioner_AndDecidedByAManagerOfTheTeam()
    {
        Assert.True(RoleModel.Allows(Staff(StaffRole.Practitioner, OtherTeam), StaffAction.RequestCaseClosure, Family(lead: Me)));
        Assert.False(RoleModel.Allows(Staff(StaffRole.Practitioner, MyTeam), StaffAction.RequestCaseClosure, Family()));
        Assert.False(RoleModel.Allows(Staff(StaffRole.Practitioner, OtherTeam), StaffAction.DecideCaseClosure, Family(lead: Me)));
        Assert.True(RoleModel.Allows(Staff(StaffRole.Manager, MyTeam), StaffAction.DecideCaseClosure, Family()));
        Assert.False(RoleModel.Allows(Staff(StaffRole.Manager, OtherTeam), StaffAction.DecideCaseClosure, Family()));
    }

    [Fact]
    public void ARestrictedFamily_IsWorkedOnlyByThePeopleNamedOnIt()
    {
        var manager = Staff(StaffRole.Manager, MyTeam);

        Assert.False(RoleModel.Allows(manager, StaffAction.WriteCaseRecord, Family(restricted: true, named: [Someone])));
        Assert.True(RoleModel.Allows(manager, StaffAction.WriteCaseRecord, Family(restricted: true, named: [Me])));
    }

    [Theory]
    [InlineData(StaffRole.Administrator, false)]
    [InlineData(StaffRole.Analyst, false)]
    [InlineData(StaffRole.Trainer, false)]
    [InlineData(StaffRole.Practitioner, true)]
    public void OnlyCaseRoles_WriteTheCaseRecord_EvenInTheFamilysTeam(StaffRole role, bool allowed) =>
        Assert.Equal(allowed, RoleModel.Allows(Staff(role, MyTeam), StaffAction.WriteCaseRecord, Family()));

    [Fact]
    public void AnActionOnAFamily_WithNoFamily_IsRefused() =>
        Assert.False(RoleModel.Allows(Staff(StaffRole.Manager, MyTeam), StaffAction.WriteCaseRecord));

    [Theory]
    [InlineData(StaffRole.Analyst, true)]
    [InlineData(StaffRole.Manager, true)]
    [InlineData(StaffRole.Practitioner, false)]
    public void ClaimingResults_IsForManagersAndAnalysts(StaffRole role, bool allowed) =>
        Assert.Equal(allowed, RoleModel.Allows(Staff(role, MyTeam), StaffAction.ClaimResults));

    [Fact]
    public void Results_AnalystsSeeEveryUnrestrictedFamily_ManagersAlsoThoseWithNoTeam()
    {
        var noTeam = new FamilyAccessFacts(null, null, [], false, []);

        Assert.True(FamilyAccessRule.CanSeeResults(Staff(StaffRole.Analyst, OtherTeam), Family()));
        Assert.False(FamilyAccessRule.CanSeeResults(Staff(StaffRole.Analyst, OtherTeam), Family(restricted: true)));
        Assert.True(FamilyAccessRule.CanSeeResults(Staff(StaffRole.Manager, OtherTeam), noTeam));
        Assert.False(FamilyAccessRule.CanSeeResults(Staff(StaffRole.Manager, OtherTeam), Family()));
        Assert.False(FamilyAccessRule.CanSeeResults(Staff(StaffRole.Practitioner, OtherTeam), noTeam));
    }
}
