using FamilyFirst.Domain.Audit;

namespace FamilyFirst.Domain.Tests.Audit;

public class SecurityLogTests
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    [Fact]
    public void EveryKind_IsOneAuditAction_AndBack()
    {
        Assert.Equal(4, SecurityLog.Actions.Distinct().Count());
        Assert.All(SecurityLog.Kinds, k => Assert.Equal(k, SecurityLog.KindOf(SecurityLog.ActionOf(k))));
        Assert.Null(SecurityLog.KindOf(AuditAction.View));
        Assert.Null(SecurityLog.KindOf(AuditAction.Change));
    }

    [Fact]
    public void Dates_MayBeLeftOut_OrBeOneDay()
    {
        Assert.True(SecurityLog.CheckDates(null, null, Today).Succeeded);
        Assert.True(SecurityLog.CheckDates(Today, Today, Today).Succeeded);
        Assert.True(SecurityLog.CheckDates(null, Today.AddDays(3), Today).Succeeded);
    }

    [Fact]
    public void TheEnd_BeforeTheStart_IsRefused()
    {
        var result = SecurityLog.CheckDates(Today, Today.AddDays(-1), Today);
        Assert.Equal("The date to must be the same as or after the date from", result.Error);
    }

    [Fact]
    public void AStartTomorrow_IsRefused()
    {
        var result = SecurityLog.CheckDates(Today.AddDays(1), null, Today);
        Assert.Equal("The date from must be today or in the past", result.Error);
    }
}
