using FamilyFirst.Domain.Access;

namespace FamilyFirst.Domain.Tests.Access;

public class RoleModelAdministrationTests
{
    private static readonly Guid Me = Guid.Parse("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Someone = Guid.Parse("00000000-0000-0000-0000-000000000002");
    private static readonly Guid ATeam = Guid.Parse("00000000-0000-0000-0000-0000000000f1");

    private static StaffMember Administrator() => new(Me, [StaffRole.Administrator], []);

    [Fact]
    public void AnAdministrator_ChangesSomeoneElsesRolesAndTeams()
    {
        Assert.True(RoleModel.MayChangeRolesAndTeams(Administrator(), Someone).Succeeded);
        Assert.True(RoleModel.MayDeactivate(Administrator(), Someone).Succeeded);
    }

    [Fact]
    public void AnAdministrator_CannotChangeTheirOwnRolesOrTeams()
    {
        var refused = RoleModel.MayChangeRolesAndTeams(Administrator(), Me);

        Assert.False(refused.Succeeded);
        Assert.Equal("You cannot change your own roles or teams. Ask another administrator", refused.Error);
    }

    [Fact]
    public void AnAdministrator_CannotDeactivateTheirOwnAccount()
    {
        Assert.Equal("You cannot deactivate your own account", RoleModel.MayDeactivate(Administrator(), Me).Error);
    }

    [Fact]
    public void AManager_ChangesNobodysRoles()
    {
        var manager = new StaffMember(Me, [StaffRole.Manager], [ATeam]);

        Assert.False(RoleModel.MayChangeRolesAndTeams(manager, Someone).Succeeded);
        Assert.False(RoleModel.MayDeactivate(manager, Someone).Succeeded);
    }

    [Theory]
    [InlineData(StaffRole.Practitioner, "Select at least one team for a practitioner")]
    [InlineData(StaffRole.Coordinator, "Select at least one team for a coordinator")]
    [InlineData(StaffRole.Manager, "Select at least one team for a manager")]
    public void RolesThatWorkOnFamilies_NeedATeam(StaffRole role, string error)
    {
        Assert.Equal(error, RoleModel.CheckRolesAndTeams([role], []).Error);
        Assert.True(RoleModel.CheckRolesAndTeams([role], [ATeam]).Succeeded);
    }

    [Fact]
    public void SeveralRolesThatNeedATeam_AreAllNamed()
    {
        Assert.Equal(
            "Select at least one team for a practitioner, coordinator or manager",
            RoleModel.CheckRolesAndTeams([StaffRole.Manager, StaffRole.Administrator, StaffRole.Coordinator, StaffRole.Practitioner], []).Error);
    }

    [Theory]
    [InlineData(StaffRole.Administrator)]
    [InlineData(StaffRole.Analyst)]
    [InlineData(StaffRole.Trainer)]
    public void RolesThatDoNotWorkOnFamilies_NeedNoTeam(StaffRole role)
    {
        Assert.True(RoleModel.CheckRolesAndTeams([role], []).Succeeded);
    }

    [Fact]
    public void NoRole_IsRefused()
    {
        Assert.Equal("Select at least one role", RoleModel.CheckRolesAndTeams([], [ATeam]).Error);
    }
}
